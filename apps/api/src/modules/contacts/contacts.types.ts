import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { LocationInput, SalaryInput, WorkType } from "../jobs/jobs.types.js";

export enum PortalAccountStatus {
  NOT_REGISTERED = "NOT_REGISTERED",
  PENDING_ACTIVATION = "PENDING_ACTIVATION",
  CONNECTED = "CONNECTED",
}
registerEnumType(PortalAccountStatus, { name: "PortalAccountStatus" });

@ObjectType("Contact")
export class ContactType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  companyId: string | null;
  @Field(() => PortalAccountStatus) portalStatus: PortalAccountStatus;
  @Field(() => Date, { nullable: true }) invitedAt: Date | null;
  @Field(() => Date, { nullable: true }) lastLoginAt: Date | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType("ContactPage")
export class ContactPageType {
  @Field(() => [ContactType]) nodes: ContactType[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => Int) totalCount: number;
}

@InputType("ContactInput")
export class ContactInput {
  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => ID, { nullable: true }) companyId?: string | null;
}

@InputType("VacancyInput")
export class VacancyInput {
  @Field(() => String) @MaxLength(200, { message: "Use up to 200 characters." }) title: string;
  @Field(() => String) @MaxLength(20000, { message: "Use up to 20,000 characters." }) description: string;
  @Field(() => LocationInput) @ValidateNested() location: LocationInput;
  @Field(() => WorkType) workType: WorkType;
  @Field(() => SalaryInput, { nullable: true }) @IsOptional() @ValidateNested() salary?: SalaryInput | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10000) requirements?: string | null;
}

@InputType("CompanyDetailsInput")
export class CompanyDetailsInput {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) address?: string | null;
}

@ObjectType("PortalInvitation", { description: "What an activation link is for, shown before the contact chooses a password." })
export class PortalInvitationType {
  @Field(() => String) contactName: string;
  @Field(() => String) email: string;
  @Field(() => String) companyName: string;
  @Field(() => String) serviceProviderName: string;
  @Field(() => String, { nullable: true, description: "The service provider's job board, where the contact signs in." })
  portalSlug: string | null;
  @Field(() => Boolean, { description: "The email already has an account: activating asks for its password." })
  accountExists: boolean;
}
