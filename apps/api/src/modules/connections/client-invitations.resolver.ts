import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { AgencyInvitationPreviewType, AgencyInvitationType, InviteAgencyInput } from "./client-invitations.types.js";
import { ClientConnectionType } from "./connections.types.js";

/** Employers invite service providers; the agency answers (the other direction of R6). */
@Resolver(() => AgencyInvitationType)
export class ClientInvitationsResolver {
  @Authorized()
  @Query(() => [AgencyInvitationType], { description: "Employer: the invitations it sent to agencies." })
  agencyInvitations(@Ctx() ctx: Context) {
    return ctx.services.clientInvitations.sent(ctx.viewer);
  }

  @Authorized()
  @Query(() => [AgencyInvitationType], { description: "Service provider: pending invitations from clients to its people." })
  clientRequests(@Ctx() ctx: Context) {
    return ctx.services.clientInvitations.requests(ctx.viewer);
  }

  @Query(() => AgencyInvitationPreviewType, { nullable: true })
  agencyInvitation(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return ctx.services.clientInvitations.preview(token);
  }

  @Authorized()
  @Mutation(() => AgencyInvitationType, { description: "Employer owner or admin: invite a service provider by email." })
  inviteAgency(@Arg("input", () => InviteAgencyInput) input: InviteAgencyInput, @Ctx() ctx: Context) {
    return ctx.services.clientInvitations.invite(ctx.viewer, input);
  }

  @Authorized()
  @Mutation(() => AgencyInvitationType)
  resendAgencyInvitation(@Arg("invitationId", () => ID) invitationId: string, @Ctx() ctx: Context) {
    return ctx.services.clientInvitations.resend(ctx.viewer, invitationId);
  }

  @Authorized()
  @Mutation(() => AgencyInvitationType, {
    description: "Employer owner or admin: withdraw an invitation no agency has answered.",
  })
  cancelAgencyInvitation(@Arg("invitationId", () => ID) invitationId: string, @Ctx() ctx: Context) {
    return ctx.services.clientInvitations.cancel(ctx.viewer, invitationId);
  }

  @Authorized()
  @Mutation(() => ClientConnectionType, { description: "Service provider owner or admin: accept with the link's token." })
  acceptAgencyInvitation(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return ctx.services.clientInvitations.acceptByToken(ctx.viewer, token);
  }

  @Authorized()
  @Mutation(() => AgencyInvitationType)
  declineAgencyInvitation(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return ctx.services.clientInvitations.declineByToken(ctx.viewer, token);
  }

  @Authorized()
  @Mutation(() => AgencyInvitationType, { description: "Service provider: accept or decline a request from Manage Clients." })
  respondToClientRequest(
    @Arg("invitationId", () => ID) invitationId: string,
    @Arg("accept", () => Boolean) accept: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.clientInvitations.respond(ctx.viewer, invitationId, accept);
  }
}
