import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("AuditEvent", {
  description:
    "A write recorded for the organization it touched; actingServiceProvider is set when an agency made it from inside the account.",
})
export class AuditEventType {
  @Field(() => ID) id: number;
  @Field(() => Date) at: Date;
  @Field(() => String) action: string;
  @Field(() => String) summary: string;
  actorUserId: string | null;
  actingServiceProviderId: string | null;
}

@ObjectType("AuditEventPage")
export class AuditEventPageType {
  @Field(() => [AuditEventType]) nodes: AuditEventType[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field(() => Boolean) hasNextPage: boolean;
}
