import { jobPath } from "@app/domain";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { CreditEntryType } from "../billing/billing.types.js";
import { OrganizationType, UserType } from "../identity/identity.types.js";
import { PaymentInput } from "../billing/billing.types.js";
import {
  JobInput,
  JobPageType,
  JobPaymentType,
  JobRevisionType,
  JobStatus,
  JobType,
  LocationType,
  PublishQuoteType,
  SalaryType,
} from "./jobs.types.js";

@Resolver(() => JobType)
export class JobsResolver {
  @Authorized()
  @Query(() => JobPageType, { description: "Jobs of the current organization." })
  jobs(
    @Arg("status", () => JobStatus, { nullable: true }) status: JobStatus | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.jobs.jobs(ctx.viewer, status ?? null, first, after);
  }

  @Authorized()
  @Query(() => JobType, { nullable: true })
  job(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.jobs.job(ctx.viewer, id);
  }

  @Authorized()
  @Query(() => PublishQuoteType)
  publishQuote(@Arg("jobId", () => ID) jobId: string, @Ctx() ctx: Context) {
    return ctx.services.publish.quote(ctx.viewer, jobId);
  }

  @Authorized()
  @Mutation(() => JobType)
  createJob(@Arg("input", () => JobInput) input: JobInput, @Ctx() ctx: Context) {
    return ctx.services.jobs.createJob(ctx.viewer, input);
  }

  @Authorized()
  @Mutation(() => JobType)
  updateJob(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => JobInput) input: JobInput,
    @Arg("confirmLmtRecordChange", () => Boolean, {
      defaultValue: false,
      description:
        "Required (true) to edit a published LMT ad: the edit changes the advertising record and is kept as a new revision.",
    })
    confirmLmtRecordChange: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.jobs.updateJob(ctx.viewer, id, input, { confirmLmtRecordChange });
  }

  @Authorized()
  @Mutation(() => JobType, {
    description: "Pays with credits by the rule of publishQuote, or by card when payment is given and no credits can pay.",
  })
  publishJob(
    @Arg("id", () => ID) id: string,
    @Arg("payment", () => PaymentInput, { nullable: true }) payment: PaymentInput | null,
    @Arg("idempotencyKey", () => String, { nullable: true }) idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.publish.publish(ctx.viewer, id, payment ?? null, idempotencyKey ?? null);
  }

  @Authorized()
  @Mutation(() => JobType)
  closeJob(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.jobs.closeJob(ctx.viewer, id);
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteDraftJob(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.jobs.deleteDraftJob(ctx.viewer, id);
  }

  @FieldResolver(() => OrganizationType)
  employer(@Root() job: JobType, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(job.employerId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Once published: the ad's address on the national job board (/jobs/<id>/<slug>), where candidates read it.",
  })
  publicPath(@Root() job: JobType): string | null {
    return job.publishedAt === null ? null : jobPath(job.id, job.title);
  }

  @FieldResolver(() => LocationType)
  location(@Root() job: JobType): LocationType {
    return { city: job.city, state: job.state, postcode: job.postcode, country: job.country };
  }

  @FieldResolver(() => SalaryType, { nullable: true })
  salary(@Root() job: JobType): SalaryType | null {
    if (job.salaryPeriod === null) return null;
    return { min: job.salaryMin, max: job.salaryMax, period: job.salaryPeriod, currency: job.salaryCurrency ?? "AUD" };
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The user who created it." })
  createdBy(@Root() job: JobType, @Ctx() ctx: Context) {
    return job.createdByUserId === null ? null : ctx.loaders.user.load(job.createdByUserId);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: "Set when a service provider created it inside the client's account.",
  })
  createdByServiceProvider(@Root() job: JobType, @Ctx() ctx: Context) {
    return job.createdByServiceProviderId === null ? null : ctx.loaders.organization.load(job.createdByServiceProviderId);
  }

  @FieldResolver(() => JobPaymentType, { nullable: true })
  payment(@Root() job: JobType): JobPaymentType | null {
    if (job.paidBy === null || job.payerOrganizationId === null || job.publishedAt === null) return null;
    return {
      source: job.paidBy,
      payerOrganizationId: job.payerOrganizationId,
      paidAt: job.publishedAt,
      amountCents: job.paidAmountCents,
    };
  }

  @FieldResolver(() => [JobRevisionType])
  revisions(@Root() job: JobType, @Ctx() ctx: Context) {
    return ctx.loaders.jobRevisions.load(job.id);
  }

  @FieldResolver(() => Int)
  applicationCount(@Root() job: JobType, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.applicationCount.load(job.id);
  }
}

@Resolver(() => JobPaymentType)
export class JobPaymentResolver {
  @FieldResolver(() => OrganizationType, { description: "The organization whose credits or card paid." })
  payer(@Root() payment: JobPaymentType, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(payment.payerOrganizationId);
  }
}

@Resolver(() => JobRevisionType)
export class JobRevisionResolver {
  @FieldResolver(() => UserType, { nullable: true })
  author(@Root() revision: JobRevisionType, @Ctx() ctx: Context) {
    return revision.authorUserId === null ? null : ctx.loaders.user.load(revision.authorUserId);
  }
}

@Resolver(() => CreditEntryType)
export class CreditEntryJobResolver {
  @FieldResolver(() => JobType, { nullable: true, description: "For PUBLISH: the job that was paid for (possibly a client's)." })
  job(@Root() entry: CreditEntryType, @Ctx() ctx: Context) {
    return entry.jobId === null ? null : ctx.loaders.job.load(entry.jobId);
  }
}
