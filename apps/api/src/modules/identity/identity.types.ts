import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { IsEmail, IsIn, IsOptional, Length, MaxLength } from "class-validator";
import type { Viewer } from "../../auth/viewer.js";

export enum OrganizationKind {
  SERVICE_PROVIDER = "SERVICE_PROVIDER",
  EMPLOYER = "EMPLOYER",
}
export enum MembershipRole {
  OWNER = "OWNER",
  ADMIN = "ADMIN",
  MEMBER = "MEMBER",
  /** A client contact's portal account (R9). */
  CONTACT = "CONTACT",
}
registerEnumType(OrganizationKind, { name: "OrganizationKind" });
registerEnumType(MembershipRole, { name: "MembershipRole" });

@ObjectType("User")
export class UserType {
  @Field(() => ID) id: string;
  @Field(() => String) email: string;
  @Field(() => String) name: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType("Organization")
export class OrganizationType {
  @Field(() => ID) id: string;
  @Field(() => OrganizationKind) kind: OrganizationKind;
  @Field(() => String) name: string;
  @Field(() => Int, { description: "This organization's own job ad credits." }) creditBalance: number;
  @Field(() => Boolean, { description: "Service providers only: whether clients may publish with this account's credits." })
  creditSharingEnabled: boolean;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType("Membership")
export class MembershipType {
  @Field(() => OrganizationType) organization: OrganizationType;
  @Field(() => MembershipRole) role: MembershipRole;
}

/** Resolved field by field from the request's principal (viewer.resolver.ts). */
@ObjectType("Viewer", { description: "Who is signed in, and on whose behalf the session acts right now." })
export class ViewerType {
  principal: Viewer;
}

@ObjectType("AccessToken")
export class AccessTokenType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
}

@ObjectType("CreatedAccessToken", {
  description: "Returned once, when a personal access token is created: the secret is never shown again.",
})
export class CreatedAccessTokenType {
  @Field(() => AccessTokenType) accessToken: AccessTokenType;
  @Field(() => String) secret: string;
}

@InputType("SignUpInput")
export class SignUpInput {
  @Field(() => String) @IsEmail({}, { message: "Enter a valid email address." }) email: string;
  @Field(() => String) @Length(10, 200, { message: "Use at least 10 characters." }) password: string;
  @Field(() => String) @Length(1, 120, { message: "Enter your name." }) name: string;
  @Field(() => String) @Length(1, 160, { message: "Enter your organization's name." }) organizationName: string;
  @Field(() => OrganizationKind) @IsIn(Object.values(OrganizationKind)) organizationKind: OrganizationKind;
  @Field(() => String, {
    nullable: true,
    description: "Accepts this client invitation once the account exists (employers only).",
  })
  @IsOptional()
  @MaxLength(200)
  invitationToken?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Accepts this invitation from a client once the account exists (service providers only).",
  })
  @IsOptional()
  @MaxLength(200)
  agencyInvitationToken?: string | null;
}
