// Inputs hold only shape limits here; the services check meaning, so a form gets every field message at once.
import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { WorkType } from "../jobs/jobs.types.js";

export enum ApplicationStatus {
  NEW = "NEW",
  SHORTLISTED = "SHORTLISTED",
  INTERVIEWED = "INTERVIEWED",
  REJECTED = "REJECTED",
  HIRED = "HIRED",
}
registerEnumType(ApplicationStatus, { name: "ApplicationStatus" });

/** serviceProvider is resolved in portal.resolver.ts. */
@ObjectType("Portal")
export class PortalType {
  @Field(() => ID) id: string;
  serviceProviderId: string;
  @Field(() => String) slug: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) intro: string | null;
  @Field(() => String) primaryColor: string;
  @Field(() => String, { nullable: true }) logoUrl: string | null;
  @Field(() => Boolean) enabled: boolean;
}

@InputType("PortalInput")
export class PortalInput {
  @Field(() => String) @MaxLength(60) slug: string;
  @Field(() => String) @MaxLength(200) title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000) intro?: string | null;
  @Field(() => String, { defaultValue: "#5b21b6" }) @MaxLength(20) primaryColor: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000) logoUrl?: string | null;
  @Field(() => Boolean, { defaultValue: true }) enabled: boolean;
}

/** A published job as the public sees it; location, salary and jsonLd are resolved in portal.resolver.ts. */
@ObjectType("PublicJob")
export class PublicJobType {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => String) employerName: string;
  @Field(() => WorkType) workType: WorkType;
  @Field(() => String, { nullable: true }) requirements: string | null;
  @Field(() => Date) publishedAt: Date;
  @Field(() => Date, { nullable: true }) closesAt: Date | null;
  portalSlug: string;
  createdByServiceProviderId: string | null;
  /** Read with a single ad (boardJob, portalJob); lists leave it out. */
  agencyName?: string | null;
  /** Set by the national board's boardJob; board pages only ever hold open ads. */
  open?: boolean;
  city: string;
  state: string | null;
  postcode: string | null;
  country: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryPeriod: string | null;
  salaryCurrency: string | null;
}

/** totalCount is resolved only when asked for (portal.resolver.ts). */
@ObjectType("PublicJobPage")
export class PublicJobPageType {
  @Field(() => [PublicJobType]) nodes: PublicJobType[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field(() => Boolean) hasNextPage: boolean;
  countTotal: () => Promise<number>;
}

/** job and resumeUrl are resolved in portal.resolver.ts. */
@ObjectType("Application")
export class ApplicationType {
  @Field(() => ID) id: string;
  jobId: string;
  resumeUploadId: string | null;
  @Field(() => String) candidateName: string;
  @Field(() => String) candidateEmail: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) coverNote: string | null;
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => String, { nullable: true, description: "Why the candidate was not suitable (kept for the LMT record)." })
  outcomeReason: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Where the candidate came from: the `source` parameter of the link they applied through.",
  })
  source: string | null;
  @Field(() => Date) consentAt: Date;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, {
    nullable: true,
    description: "Set when the candidate had their personal data erased (R10): name, email, phone, note and CV are gone.",
  })
  erasedAt: Date | null;
}

@InputType("ApplyInput")
export class ApplyInput {
  @Field(() => String) @MaxLength(60) portalSlug: string;
  @Field(() => ID) jobId: string;
  @Field(() => String) @MaxLength(200, { message: "Use up to 200 characters." }) name: string;
  @Field(() => String) @MaxLength(254, { message: "Use up to 254 characters." }) email: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40, { message: "Use up to 40 characters." }) phone?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000, { message: "Use up to 10,000 characters." })
  coverNote?: string | null;
  @Field(() => ID, { nullable: true, description: "Id returned by POST /uploads for the CV file." })
  @IsOptional()
  resumeUploadId?: string | null;
  @Field(() => Boolean, { description: "The candidate agreed to the portal's privacy notice." }) consent: boolean;
  @Field(() => String, {
    nullable: true,
    description: "Where the candidate came from: the `source` query parameter of the job link (e.g. a job board).",
  })
  @IsOptional()
  @MaxLength(100, { message: "Use up to 100 characters." })
  source?: string | null;
}

@ObjectType("ApplicationReceipt")
export class ApplicationReceiptType {
  @Field(() => ID) id: string;
  @Field(() => String) jobTitle: string;
  @Field(() => Date) submittedAt: Date;
}
