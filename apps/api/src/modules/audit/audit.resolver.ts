import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { OrganizationType, UserType } from "../identity/identity.types.js";
import { AuditEventPageType, AuditEventType } from "./audit.types.js";

@Resolver(() => AuditEventType)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEventPageType, {
    description: "Writes to the current organization, newest first (agency writes made inside it included).",
  })
  async auditEvents(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const page = await ctx.services.audit.events(ctx.viewer, first, after);
    return { ...page, nodes: page.nodes.map((r) => ({ ...r, at: r.createdAt })) };
  }

  @FieldResolver(() => UserType, { nullable: true })
  actor(@Root() event: AuditEventType, @Ctx() ctx: Context) {
    return event.actorUserId === null ? null : ctx.loaders.user.load(event.actorUserId);
  }

  @FieldResolver(() => OrganizationType, { nullable: true })
  actingServiceProvider(@Root() event: AuditEventType, @Ctx() ctx: Context) {
    return event.actingServiceProviderId === null ? null : ctx.loaders.organization.load(event.actingServiceProviderId);
  }
}
