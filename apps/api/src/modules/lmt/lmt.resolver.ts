import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { JobInput, JobRevisionType, SalaryPeriod, SalaryType } from "../jobs/jobs.types.js";
import type { LmtReportData } from "./lmt.service.js";
import { LmtCheckType, LmtPlacementInput, LmtReportType } from "./lmt.types.js";

type ReportRoot = Omit<LmtReportType, "job"> & Pick<LmtReportData, "revisions" | "firstPublishedRevision" | "job">;

@Resolver(() => LmtReportType)
export class LmtResolver {
  @Authorized()
  @Query(() => LmtReportType)
  lmtReport(@Arg("jobId", () => ID) jobId: string, @Ctx() ctx: Context) {
    return ctx.services.lmt.report(ctx.viewer, jobId);
  }

  @Authorized()
  @Query(() => [LmtCheckType], {
    description: "The LMT checks knowable at publish time for the form's unsaved values, as the agent types.",
  })
  lmtChecks(
    @Arg("input", () => JobInput) input: JobInput,
    @Arg("jobId", () => ID, {
      nullable: true,
      description: "The job being edited, if saved (its intended lodgement day applies).",
    })
    jobId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.lmt.formChecks(ctx.viewer, input, jobId ?? null);
  }

  @Authorized()
  @Mutation(() => LmtReportType, { description: "Records an ad of an LMT job on another board; returns the updated report." })
  addLmtPlacement(
    @Arg("jobId", () => ID) jobId: string,
    @Arg("input", () => LmtPlacementInput) input: LmtPlacementInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.lmt.addPlacement(ctx.viewer, jobId, input);
  }

  @Authorized()
  @Mutation(() => LmtReportType, { description: "Removes a recorded placement; returns the updated report of its job." })
  removeLmtPlacement(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.lmt.removePlacement(ctx.viewer, id);
  }

  @Authorized()
  @Mutation(() => LmtReportType, {
    description: "Sets the LMT dates of a job (YYYY-MM-DD; null clears one); returns the updated report.",
  })
  setLmtDates(
    @Arg("jobId", () => ID) jobId: string,
    @Arg("intendedLodgement", () => String, { nullable: true }) intendedLodgement: string | null,
    @Arg("redundancyOn", () => String, { nullable: true }) redundancyOn: string | null,
    @Arg("portalNationalReach", () => Boolean, {
      nullable: true,
      description: "Whether the portal ad has national reach; null leaves it as it is.",
    })
    portalNationalReach: boolean | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.lmt.setDates(ctx.viewer, jobId, {
      intendedLodgement: intendedLodgement ?? null,
      redundancyOn: redundancyOn ?? null,
      portalNationalReach: portalNationalReach ?? null,
    });
  }

  @FieldResolver(() => SalaryType, { nullable: true, description: "The salary as recorded (shown in the ad or not)." })
  salary(@Root() report: ReportRoot): SalaryType | null {
    const job = report.job;
    if (job.salaryPeriod === null) return null;
    return {
      min: job.salaryMin,
      max: job.salaryMax,
      period: job.salaryPeriod as SalaryPeriod,
      currency: job.salaryCurrency ?? "AUD",
    };
  }

  @FieldResolver(() => [JobRevisionType], { description: "Every revision with its author and time: what ran when." })
  revisions(@Root() report: ReportRoot) {
    return report.revisions;
  }

  @FieldResolver(() => JobRevisionType, {
    nullable: true,
    description: "The ad as first published (a snapshot that never changes).",
  })
  firstPublishedRevision(@Root() report: ReportRoot) {
    return report.firstPublishedRevision;
  }
}
