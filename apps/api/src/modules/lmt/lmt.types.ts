// LMT (R8) GraphQL types; the report's values come from LmtService.report (plain data).
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { JobType } from "../jobs/jobs.types.js";
import { ApplicationStatus } from "../portal/portal.types.js";

@ObjectType("LmtCheck")
export class LmtCheckType {
  @Field(() => String) code: string;
  @Field(() => String) label: string;
  @Field(() => Boolean) passed: boolean;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field(() => Boolean, { description: "Known before the ad runs: an LMT ad cannot be published while one of these fails." })
  atPublish: boolean;
}

@ObjectType("LmtPlacement", {
  description: "Where the LMT ad ran: the job's own portal ad, or an ad the agent recorded on another board.",
})
export class LmtPlacementType {
  @Field(() => ID, { description: "The recorded placement's id; \"portal:<jobId>\" for the job's own portal ad." }) id: string;
  @Field(() => Boolean, { description: "True for the job's own portal ad (implicit, cannot be removed)." }) isPortalAd: boolean;
  @Field(() => String) board: string;
  @Field(() => Boolean) nationalReach: boolean;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { description: "Applications whose source is this code (or the board's name) count for this placement." })
  sourceCode: string;
  @Field(() => String, {
    nullable: true,
    description: "The portal link to use in this ad, with ?source=<sourceCode>; null when the agency has no portal.",
  })
  trackingUrl: string | null;
  @Field(() => String, { description: "First day (YYYY-MM-DD)." }) startsOn: string;
  @Field(() => String, { nullable: true, description: "Last day (YYYY-MM-DD); null while it still runs." }) endsOn: string | null;
  @Field(() => Int, { description: "Days it ran, first and last included (up to today while it runs)." }) days: number;
  @Field(() => Int) applicationCount: number;
  @Field(() => Int, { nullable: true, description: "Views of the public job page; only for the portal ad." }) views:
    number | null;
  @Field(() => LmtPlacementProofType, { nullable: true, description: "A recorded placement's proof, once uploaded." })
  proof?: LmtPlacementProofType | null;
}

@ObjectType("LmtPlacementProof", { description: "A screenshot (PNG or JPEG) or PDF of a recorded ad as it ran." })
export class LmtPlacementProofType {
  @Field(() => String) filename: string;
  @Field(() => String) contentType: string;
  @Field(() => Int, { description: "Bytes." }) size: number;
  @Field(() => Date) uploadedAt: Date;
  @Field(() => String, { description: "Same-origin link: GET downloads it, POST (the file as the body) replaces it." })
  url: string;
}

@ObjectType("LmtGap")
export class LmtGapType {
  @Field(() => String, { description: "The last day before the gap." }) after: string;
  @Field(() => String) resumedOn: string;
  @Field(() => Int) days: number;
}

@ObjectType("LmtRun", {
  description: "A board's placements merged: overlapping or back-to-back days continue a run; a missed day breaks it.",
})
export class LmtRunType {
  @Field(() => String) board: string;
  @Field(() => Boolean) nationalReach: boolean;
  @Field(() => String) startsOn: string;
  @Field(() => String) endsOn: string;
  @Field(() => Int) days: number;
  @Field(() => [LmtGapType], { description: "The gap before this run, when it resumed a board's earlier run." })
  gaps: LmtGapType[];
  @Field(() => Boolean, {
    description: "Counts towards the nomination (national, long enough, unbroken, in the window, after any redundancy).",
  })
  counted: boolean;
}

@ObjectType("LmtApplication", { description: "An application as the LMT record keeps it: where it came from and its outcome." })
export class LmtApplicationType {
  @Field(() => ID) id: string;
  @Field(() => String) candidateName: string;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field(() => ID, { nullable: true }) placementId: string | null;
  @Field(() => String, { nullable: true }) placementBoard: string | null;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => String, { nullable: true }) outcomeReason: string | null;
  @Field(() => Date) appliedAt: Date;
}

@ObjectType("LmtOutcomeCount")
export class LmtOutcomeCountType {
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => Int) count: number;
}

/** revisions and firstPublishedRevision resolve in lmt.resolver.ts from the report's rows. */
@ObjectType("LmtReport")
export class LmtReportType {
  @Field(() => JobType) job: JobType;
  @Field(() => Boolean, {
    description: "Read by an agency from its own account (the LMT tracker): changing it needs Access company.",
  })
  readOnly: boolean;
  @Field(() => String, { description: "The employer the ad is for." }) employerName: string;
  @Field(() => Boolean) compliant: boolean;
  @Field(() => [LmtCheckType]) checks: LmtCheckType[];
  @Field(() => Date, { nullable: true }) advertisedFrom: Date | null;
  @Field(() => Date, { nullable: true, description: "The last day any ad ran; null while an ad still runs." })
  advertisedUntil: Date | null;
  @Field(() => Int, { description: "Days on which at least one ad ran." }) daysAdvertised: number;
  @Field(() => Int) applicationCount: number;
  @Field(() => String, { description: "Links (same origin) to download the report." }) csvUrl: string;
  @Field(() => String) pdfUrl: string;
  @Field(() => String, {
    description: "The evidence pack: one ZIP of the report, the ad's revisions, invoice, proofs, applicants.",
  })
  evidenceUrl: string;
  @Field(() => String, {
    nullable: true,
    description: "The name the ad gives as its advertiser (employer, and agency when an agency posted it).",
  })
  advertiserName: string | null;
  @Field(() => [LmtPlacementType]) placements: LmtPlacementType[];
  @Field(() => [LmtRunType]) runs: LmtRunType[];
  @Field(() => String, { nullable: true, description: "Earliest day (YYYY-MM-DD) the nomination can be lodged on these ads." })
  earliestLodgement: string | null;
  @Field(() => String, { nullable: true, description: "Latest day (YYYY-MM-DD) the nomination can be lodged on these ads." })
  latestLodgement: string | null;
  @Field(() => String, { nullable: true }) intendedLodgement: string | null;
  @Field(() => String, {
    nullable: true,
    description: "A redundancy in the occupation: ads that started on or before it no longer count.",
  })
  redundancyOn: string | null;
  @Field(() => Boolean) portalNationalReach: boolean;
  @Field(() => String, { nullable: true, description: 'The salary as recorded, e.g. "$70,000 - $78,000 a year (AUD)".' })
  salaryText: string | null;
  @Field(() => Int, { nullable: true }) annualEarnings: number | null;
  @Field(() => Int, { description: "Annual earnings under this must be shown in the ad (rules in force)." })
  salaryThreshold: number;
  @Field(() => [LmtApplicationType]) applications: LmtApplicationType[];
  @Field(() => [LmtOutcomeCountType]) outcomes: LmtOutcomeCountType[];
  @Field(() => Date) generatedAt: Date;
}

@InputType("LmtPlacementInput")
export class LmtPlacementInput {
  @Field(() => String, { description: "The job board, newspaper or station." })
  @MaxLength(120, { message: "Use up to 120 characters." })
  board: string;
  @Field(() => Boolean, {
    description: "National reach: a national recruitment website, national print or radio, or the accredited sponsor's own site.",
  })
  nationalReach: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000, { message: "Use up to 1,000 characters." }) url?:
    string | null;
  @Field(() => String, { description: "First day the ad ran (YYYY-MM-DD, or a DateTime read as its UTC day)." })
  @MaxLength(40)
  startsOn: string;
  @Field(() => String, { nullable: true, description: "Last day (YYYY-MM-DD); null while it still runs." })
  @IsOptional()
  @MaxLength(40)
  endsOn?: string | null;
}
