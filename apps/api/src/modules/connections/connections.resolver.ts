import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { renewed } from "../identity/identity.resolver.js";
import { OrganizationType, ViewerType } from "../identity/identity.types.js";
import {
  ClientConnectionPageType,
  ClientConnectionType,
  ConnectionStatus,
  InvitationPreviewType,
  InviteClientInput,
} from "./connections.types.js";

@Resolver(() => ClientConnectionType)
export class ConnectionsResolver {
  @Authorized()
  @Query(() => ClientConnectionPageType, { description: "Service provider: its clients." })
  clients(
    @Arg("status", () => ConnectionStatus, { nullable: true }) status: ConnectionStatus | null,
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.connections.clients(ctx.viewer, {
      status: status ?? null,
      search: search ?? null,
      first,
      after: after ?? null,
    });
  }

  @Authorized()
  @Query(() => [ClientConnectionType], { description: "Employer: requests from service providers to access this account." })
  accessRequests(
    @Arg("status", () => ConnectionStatus, { nullable: true }) status: ConnectionStatus | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.connections.accessRequests(ctx.viewer, status ?? null);
  }

  @Query(() => InvitationPreviewType, { nullable: true })
  invitation(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return ctx.services.connections.invitation(token);
  }

  @Authorized()
  @Mutation(() => ClientConnectionType)
  inviteClient(@Arg("input", () => InviteClientInput) input: InviteClientInput, @Ctx() ctx: Context) {
    return ctx.services.connections.invite(ctx.viewer, input);
  }

  @Authorized()
  @Mutation(() => ClientConnectionType)
  resendClientInvitation(@Arg("connectionId", () => ID) connectionId: string, @Ctx() ctx: Context) {
    return ctx.services.connections.resendInvitation(ctx.viewer, connectionId);
  }

  @Authorized()
  @Mutation(() => ClientConnectionType)
  acceptClientInvitation(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return ctx.services.connections.acceptInvitation(ctx.viewer, token);
  }

  @Authorized()
  @Mutation(() => ClientConnectionType)
  respondToAccessRequest(
    @Arg("connectionId", () => ID) connectionId: string,
    @Arg("accept", () => Boolean) accept: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.connections.respondToAccessRequest(ctx.viewer, connectionId, accept);
  }

  @Authorized()
  @Mutation(() => ClientConnectionType)
  revokeClientConnection(@Arg("connectionId", () => ID) connectionId: string, @Ctx() ctx: Context) {
    return ctx.services.connections.revoke(ctx.viewer, connectionId);
  }

  @FieldResolver(() => OrganizationType)
  async serviceProvider(@Root() connection: ClientConnectionType, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(connection.serviceProviderId);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: "Null until the invitation is accepted by an employer account.",
  })
  async client(@Root() connection: ClientConnectionType, @Ctx() ctx: Context) {
    return connection.clientId === null ? null : ctx.loaders.organization.load(connection.clientId);
  }

  @FieldResolver(() => Int, {
    description: "Credits of the service provider this client's jobs may use now (0 unless ACTIVE and sharing is on).",
  })
  async sharedCredits(@Root() connection: ClientConnectionType, @Ctx() ctx: Context) {
    return ctx.services.connections.sharedCredits(connection, await ctx.loaders.organization.load(connection.serviceProviderId));
  }
}

/** R7: entering and leaving a client's account, and the Viewer field that shows it. */
@Resolver(() => ViewerType)
export class CompanyAccessResolver {
  @Authorized()
  @Mutation(() => ViewerType, { description: "Service provider: act inside an ACTIVE client's employer account." })
  async accessCompany(@Arg("connectionId", () => ID) connectionId: string, @Ctx() ctx: Context): Promise<ViewerType> {
    const { viewer, session } = await ctx.services.companyAccess.accessCompany(ctx.viewer, connectionId);
    return renewed(ctx, viewer, session);
  }

  @Authorized()
  @Mutation(() => ViewerType, { description: "Leave the client's account and return to the service provider account." })
  async switchToServiceProvider(@Ctx() ctx: Context): Promise<ViewerType> {
    const { viewer, session } = await ctx.services.companyAccess.switchToServiceProvider(ctx.viewer);
    return renewed(ctx, viewer, session);
  }

  @FieldResolver(() => ClientConnectionType, {
    nullable: true,
    description: "Set while a service provider user is inside a client's employer account.",
  })
  accessingClient(@Root() root: ViewerType, @Ctx() ctx: Context) {
    return ctx.services.connections.accessingClient(root.principal);
  }
}
