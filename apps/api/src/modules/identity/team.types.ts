import { Field, ID, InputType, ObjectType } from "type-graphql";
import { MembershipRole } from "./identity.types.js";

@ObjectType("TeamMember")
export class TeamMemberType {
  @Field(() => ID) userId: string;
  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => MembershipRole) role: MembershipRole;
  @Field(() => Date) joinedAt: Date;
}

@ObjectType("TeamInvitation", { description: "An open invitation to join the team (the token is only in the mailed link)." })
export class TeamInvitationType {
  @Field(() => ID) id: string;
  @Field(() => String) email: string;
  @Field(() => MembershipRole) role: MembershipRole;
  @Field(() => Date) invitedAt: Date;
  @Field(() => Date) expiresAt: Date;
  @Field(() => Boolean) expired: boolean;
}

@ObjectType("RolePermission", { description: "One row of the authorization table, for this kind of organization." })
export class RolePermissionType {
  @Field(() => String) action: string;
  @Field(() => String) label: string;
  @Field(() => [MembershipRole]) roles: MembershipRole[];
  @Field(() => Boolean, { description: "The account's email address must be verified first." }) needsVerifiedEmail: boolean;
}

@ObjectType("Team")
export class TeamType {
  @Field(() => [TeamMemberType]) members: TeamMemberType[];
  @Field(() => [TeamInvitationType]) invitations: TeamInvitationType[];
  @Field(() => [RolePermissionType], { description: "What each role may do, read from the one authorization table." })
  permissions: RolePermissionType[];
}

@ObjectType("TeamInvitationPreview")
export class TeamInvitationPreviewType {
  @Field(() => String) organizationName: string;
  @Field(() => String) email: string;
  @Field(() => MembershipRole) role: MembershipRole;
  @Field(() => Boolean) accountExists: boolean;
}

@InputType("SignUpFromTeamInvitationInput")
export class SignUpFromTeamInvitationInput {
  @Field(() => String) token: string;
  @Field(() => String) name: string;
  @Field(() => String) password: string;
}
