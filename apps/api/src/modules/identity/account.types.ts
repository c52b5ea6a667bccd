import { Field, ID, ObjectType } from "type-graphql";
import { MembershipRole, OrganizationType } from "./identity.types.js";

@ObjectType("Session", { description: "A signed-in browser or device of the viewer's (issue 18)." })
export class SessionType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'The browser in words, e.g. "Chrome on macOS".' }) browser: string;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field(() => String, { nullable: true, description: "The address the session was last used from." }) address: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true, description: "Recorded at most once a minute." }) lastUsedAt: Date | null;
  @Field(() => Date) expiresAt: Date;
  @Field(() => Boolean, { description: "The session this request came with." }) current: boolean;
}

@ObjectType("AccountOrganization", { description: "One of the viewer's organizations, for switchOrganization." })
export class AccountOrganizationType {
  @Field(() => OrganizationType) organization: OrganizationType;
  @Field(() => MembershipRole) role: MembershipRole;
  @Field(() => Boolean, { description: "The organization the session acts for now." }) current: boolean;
}

@ObjectType("EmailChange", { description: "An email change waiting for the link mailed to the new address." })
export class EmailChangeType {
  @Field(() => String) pendingEmail: string;
}
