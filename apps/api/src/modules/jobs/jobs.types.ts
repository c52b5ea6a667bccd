// Inputs hold only shape limits here; the service checks meaning, so a form gets every field message at once.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, Length, MaxLength, ValidateNested } from "class-validator";

export enum JobStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  CLOSED = "CLOSED",
}
export enum WorkType {
  FULL_TIME = "FULL_TIME",
  PART_TIME = "PART_TIME",
  CONTRACT = "CONTRACT",
  CASUAL = "CASUAL",
  TEMPORARY = "TEMPORARY",
}
export enum SalaryPeriod {
  HOUR = "HOUR",
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
  YEAR = "YEAR",
}
export enum PaymentSource {
  SERVICE_PROVIDER_CREDITS = "SERVICE_PROVIDER_CREDITS",
  OWN_CREDITS = "OWN_CREDITS",
  CARD = "CARD",
}
registerEnumType(JobStatus, { name: "JobStatus" });
registerEnumType(WorkType, { name: "WorkType" });
registerEnumType(SalaryPeriod, { name: "SalaryPeriod" });
registerEnumType(PaymentSource, {
  name: "PaymentSource",
  valuesConfig: {
    SERVICE_PROVIDER_CREDITS: { description: "The service provider's shared credits (used first whenever available)." },
    OWN_CREDITS: { description: "The employer's own credits." },
    CARD: { description: "A card payment at the pay-as-you-go price." },
  },
});

@ObjectType("Location")
export class LocationType {
  @Field(() => String) city: string;
  @Field(() => String, { nullable: true }) state: string | null;
  @Field(() => String, { nullable: true }) postcode: string | null;
  @Field(() => String) country: string;
}

@ObjectType("Salary")
export class SalaryType {
  @Field(() => Int, { nullable: true }) min: number | null;
  @Field(() => Int, { nullable: true }) max: number | null;
  @Field(() => SalaryPeriod) period: SalaryPeriod;
  @Field(() => String) currency: string;
}

@InputType("LocationInput")
export class LocationInput {
  @Field(() => String) @MaxLength(120) city: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) state?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(12) postcode?: string | null;
  @Field(() => String, { defaultValue: "AU" }) @Length(2, 60) country: string;
}

@InputType("SalaryInput")
export class SalaryInput {
  @Field(() => Int, { nullable: true }) min?: number | null;
  @Field(() => Int, { nullable: true }) max?: number | null;
  @Field(() => SalaryPeriod) period: SalaryPeriod;
  @Field(() => String, { defaultValue: "AUD" }) @Length(3, 3) currency: string;
}

@InputType("JobInput")
export class JobInput {
  @Field(() => String) @MaxLength(200, { message: "Use up to 200 characters." }) title: string;
  @Field(() => String) @MaxLength(20000, { message: "Use up to 20,000 characters." }) description: string;
  @Field(() => LocationInput) @ValidateNested() location: LocationInput;
  @Field(() => WorkType) workType: WorkType;
  @Field(() => SalaryInput, { nullable: true }) @IsOptional() @ValidateNested() salary?: SalaryInput | null;
  @Field(() => String, { nullable: true, description: "Skills, experience and qualifications sought." })
  @IsOptional()
  @MaxLength(10000)
  requirements?: string | null;
  @Field(() => String, { nullable: true, description: "ANZSCO occupation code, e.g. 261313." })
  @IsOptional()
  @MaxLength(10)
  occupationCode?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: "Labour Market Testing: the ad must meet the LMT rules to publish." })
  lmt: boolean;
  @Field(() => Boolean, {
    defaultValue: true,
    description: "Whether the public ad shows the salary; it is recorded either way (LMT: shown when under the threshold).",
  })
  showSalary: boolean;
  @Field(() => Int, { defaultValue: 30, description: "Days the ad runs once published (LMT ads: at least 28)." })
  durationDays: number;
}

@ObjectType("JobPayment")
export class JobPaymentType {
  @Field(() => PaymentSource) source: PaymentSource;
  payerOrganizationId: string;
  @Field(() => Date) paidAt: Date;
  @Field(() => Int, { nullable: true }) amountCents: number | null;
}

@ObjectType("JobRevision")
export class JobRevisionType {
  @Field(() => Int) number: number;
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => String, { nullable: true }) requirements: string | null;
  @Field(() => SalaryType, { nullable: true }) salary: SalaryType | null;
  @Field(() => LocationType, { nullable: true, description: "Null on revisions saved before locations were kept." })
  location: LocationType | null;
  @Field(() => WorkType, { nullable: true, description: "Null on revisions saved before work types were kept." })
  workType: WorkType | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the public ad showed the salary; null on revisions saved before this was kept.",
  })
  showSalary: boolean | null;
  @Field(() => Date) createdAt: Date;
  authorUserId: string | null;
  @Field(() => Boolean, { description: "True for edits made after the job was first published." }) afterPublish: boolean;
}

/** Backed by a jobs row; nested objects and relations are field resolvers (jobs.resolver.ts). */
@ObjectType("Job")
export class JobType {
  @Field(() => ID) id: string;
  employerId: string;
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => WorkType) workType: WorkType;
  @Field(() => String, { nullable: true }) requirements: string | null;
  @Field(() => String, { nullable: true }) occupationCode: string | null;
  @Field(() => Boolean) lmt: boolean;
  @Field(() => Boolean, { description: "Whether the public ad shows the salary." }) showSalary: boolean;
  @Field(() => Int) durationDays: number;
  @Field(() => JobStatus) status: JobStatus;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Date, { nullable: true }) closesAt: Date | null;
  city: string;
  state: string | null;
  postcode: string | null;
  country: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryPeriod: SalaryPeriod | null;
  salaryCurrency: string | null;
  createdByUserId: string | null;
  createdByServiceProviderId: string | null;
  paidBy: PaymentSource | null;
  payerOrganizationId: string | null;
  paidAmountCents: number | null;
}

@ObjectType("JobPage")
export class JobPageType {
  @Field(() => [JobType]) nodes: JobType[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => Int) totalCount: number;
}

@ObjectType("PublishQuote", { description: "How a publish would be paid, asked before publishing (the payment screen)." })
export class PublishQuoteType {
  @Field(() => PaymentSource, {
    nullable: true,
    description: "Null when no credits can pay: a card payment of priceCents is required.",
  })
  source: PaymentSource | null;
  @Field(() => Int) serviceProviderCredits: number;
  @Field(() => Boolean, {
    nullable: true,
    description: "While an agency works in the client's account: whether the agency's Share Credits is on. Null otherwise.",
  })
  serviceProviderSharingEnabled: boolean | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "While an agency works in the client's account: the credits the agency holds, which it would share with Share Credits on. Null otherwise.",
  })
  serviceProviderBalance: number | null;
  @Field(() => Int) ownCredits: number;
  @Field(() => Int) priceCents: number;
  @Field(() => String) currency: string;
  @Field(() => Boolean) canPublishWithCredits: boolean;
}
