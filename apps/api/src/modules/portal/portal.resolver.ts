import { Kind, type GraphQLResolveInfo } from "graphql";
import { Arg, Info, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { jobPath, jobPostingJsonLd, jobSlug } from "@app/domain";
import type { Context } from "../../context.js";
import type { PageVisit } from "./portal.service.js";
import { OrganizationType } from "../identity/identity.types.js";
import { JobType, LocationType, SalaryPeriod, SalaryType, WorkType } from "../jobs/jobs.types.js";
import {
  ApplicationReceiptType,
  ApplicationStatus,
  ApplicationType,
  ApplyInput,
  PortalInput,
  PortalType,
  PublicJobPageType,
  PublicJobType,
} from "./portal.types.js";

@Resolver(() => PortalType)
export class PortalResolver {
  @Query(() => PortalType, { nullable: true, description: "Public: a service provider's portal, by slug." })
  portal(@Arg("slug", () => String) slug: string, @Ctx() ctx: Context) {
    return ctx.services.portal.portal(slug);
  }

  @Query(() => PublicJobPageType, { description: "Public: open jobs on a portal, newest first." })
  portalJobs(
    @Arg("slug", () => String) slug: string,
    @Arg("query", () => String, { nullable: true }) query: string | null,
    @Arg("location", () => String, { nullable: true }) location: string | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Counting runs beside the page query, but only when the client asked for totalCount.
    const countWanted = wantsCount(info);
    return ctx.services.portal.portalJobs(slug, {
      query: query ?? null,
      location: location ?? null,
      first,
      after: after ?? null,
      countWanted,
    });
  }

  @Query(() => PublicJobType, { nullable: true })
  portalJob(
    @Arg("slug", () => String) slug: string,
    @Arg("id", () => ID) id: string,
    @Arg("source", () => String, { nullable: true, description: "The tracking code of the link the visitor came by." })
    source: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portal.portalJob(slug, id, visitOf(ctx, source));
  }

  @Authorized()
  @Query(() => PortalType, { nullable: true, description: "The current service provider's own portal settings." })
  myPortal(@Ctx() ctx: Context) {
    return ctx.services.portal.myPortal(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => PortalType)
  savePortal(@Arg("input", () => PortalInput) input: PortalInput, @Ctx() ctx: Context) {
    return ctx.services.portal.savePortal(ctx.viewer, input);
  }

  @FieldResolver(() => OrganizationType)
  serviceProvider(@Root() portal: PortalType, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(portal.serviceProviderId);
  }
}

/** Whether the client's selection asks for totalCount (counting runs only then). */
function wantsCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) =>
    node.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "totalCount"),
  );
}

/** The national job board (/jobs): every published ad of every employer until it closes. */
@Resolver(() => PublicJobType)
export class BoardResolver {
  @Query(() => PublicJobPageType, {
    description: "Public: the national job board, every open ad of every employer, newest first.",
  })
  boardJobs(
    @Arg("query", () => String, { nullable: true, description: "Words in the ad; the last also as a prefix." })
    query: string | null,
    @Arg("location", () => String, { nullable: true, description: "City, state or postcode." }) location: string | null,
    @Arg("workType", () => WorkType, { nullable: true }) workType: WorkType | null,
    @Arg("minSalary", () => Int, {
      nullable: true,
      description: "Whole dollars a year: ads whose shown salary reaches it (hourly, daily... pay counted over a year).",
    })
    minSalary: number | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.board.jobs({
      query: query ?? null,
      location: location ?? null,
      workType: workType ?? null,
      minSalary: minSalary ?? null,
      first,
      after: after ?? null,
      countWanted: wantsCount(info),
    });
  }

  @Query(() => PublicJobType, {
    nullable: true,
    description: "Public: an ad by id, open or since closed (see `open`); null for an unknown id or a draft.",
  })
  boardJob(
    @Arg("id", () => ID) id: string,
    @Arg("source", () => String, { nullable: true, description: "The tracking code of the link the visitor came by." })
    source: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.board.job(id, visitOf(ctx, source), ctx.boardJobRow);
  }
}

@Resolver(() => PublicJobType)
export class PublicJobResolver {
  @FieldResolver(() => String, { description: "The title in words, for the ad's address (e.g. head-chef)." })
  slug(@Root() job: PublicJobType): string {
    return jobSlug(job.title);
  }

  @FieldResolver(() => String, { description: "The ad's canonical address on the national board: /jobs/<id>/<slug>." })
  path(@Root() job: PublicJobType): string {
    return jobPath(job.id, job.title);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The agency that posted the ad for the employer, when one did: it reads the applications too (privacy notice).",
  })
  async agencyName(@Root() job: PublicJobType, @Ctx() ctx: Context): Promise<string | null> {
    if (job.createdByServiceProviderId === null) return null;
    if (job.agencyName !== undefined) return job.agencyName;
    return (await ctx.services.identity.organizationsByIds([job.createdByServiceProviderId]))[0]?.name ?? null;
  }

  @FieldResolver(() => Boolean, { description: "Still advertised (published and not yet closed)." })
  open(@Root() job: PublicJobType): boolean {
    return job.open ?? true;
  }

  @FieldResolver(() => LocationType)
  location(@Root() job: PublicJobType): LocationType {
    return { city: job.city, state: job.state, postcode: job.postcode, country: job.country };
  }

  @FieldResolver(() => SalaryType, { nullable: true })
  salary(@Root() job: PublicJobType): SalaryType | null {
    if (job.salaryPeriod === null) return null;
    return {
      min: job.salaryMin,
      max: job.salaryMax,
      period: job.salaryPeriod as SalaryPeriod,
      currency: job.salaryCurrency ?? "AUD",
    };
  }

  @FieldResolver(() => String, {
    description: 'schema.org JobPosting as JSON, safe to place in a <script type="application/ld+json"> tag.',
  })
  jsonLd(@Root() job: PublicJobType, @Ctx() ctx: Context): string {
    return jobPostingJsonLd({
      title: job.title,
      description: job.description,
      publishedAt: job.publishedAt,
      closesAt: job.closesAt,
      employerName: job.employerName,
      workType: job.workType,
      location: { city: job.city, state: job.state, postcode: job.postcode, country: job.country },
      salary:
        job.salaryPeriod === null
          ? null
          : { min: job.salaryMin, max: job.salaryMax, period: job.salaryPeriod, currency: job.salaryCurrency ?? "AUD" },
      // One canonical address per ad (the national board's), whichever board shows it.
      url: `${ctx.services.portal.publicUrl()}${jobPath(job.id, job.title)}`,
      id: job.id,
      directApply: true,
    });
  }
}

@Resolver(() => PublicJobPageType)
export class PublicJobPageResolver {
  @FieldResolver(() => Int, { description: 'Matching jobs, counted up to 1000 (1000 means "1000 or more").' })
  totalCount(@Root() page: PublicJobPageType): Promise<number> {
    return page.countTotal();
  }
}

@Resolver(() => ApplicationType)
export class ApplicationsResolver {
  @Authorized()
  @Query(() => [ApplicationType])
  applications(
    @Arg("jobId", () => ID) jobId: string,
    @Arg("status", () => ApplicationStatus, { nullable: true }) status: ApplicationStatus | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.applications.applications(ctx.viewer, jobId, status ?? null);
  }

  @Mutation(() => ApplicationReceiptType)
  applyToJob(@Arg("input", () => ApplyInput) input: ApplyInput, @Ctx() ctx: Context) {
    return ctx.services.applications.apply(input, ctx.clientAddress);
  }

  @Authorized()
  @Mutation(() => ApplicationType)
  setApplicationStatus(
    @Arg("id", () => ID) id: string,
    @Arg("status", () => ApplicationStatus) status: ApplicationStatus,
    @Arg("outcomeReason", () => String, { nullable: true }) outcomeReason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.applications.setStatus(ctx.viewer, id, status, outcomeReason ?? null);
  }

  @FieldResolver(() => JobType)
  job(@Root() application: ApplicationType, @Ctx() ctx: Context) {
    return ctx.loaders.job.load(application.jobId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Same-origin link to the uploaded CV, for signed-in users allowed to see it.",
  })
  resumeUrl(@Root() application: ApplicationType): string | null {
    return application.resumeUploadId === null ? null : `/applications/${application.id}/resume`;
  }
}

/** Who read a job page and by which link, for counting the view per channel. */
function visitOf(ctx: Context, source: string | null | undefined): PageVisit {
  return { source: source ?? null, clientAddress: ctx.clientAddress, userAgent: ctx.userAgent ?? "" };
}
