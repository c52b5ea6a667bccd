import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { MembershipRole, ViewerType } from "./identity.types.js";
import { signIn } from "./identity.resolver.js";
import {
  SignUpFromTeamInvitationInput,
  TeamInvitationPreviewType,
  TeamInvitationType,
  TeamMemberType,
  TeamType,
} from "./team.types.js";

@Resolver()
export class TeamResolver {
  @Authorized()
  @Query(() => TeamType, { description: "The members and open invitations of the organization the session acts for." })
  async team(@Ctx() ctx: Context) {
    const team = await ctx.services.team.team(ctx.viewer);
    return { ...team, permissions: ctx.services.team.permissions(ctx.viewer!) };
  }

  @Authorized()
  @Mutation(() => TeamInvitationType)
  inviteTeamMember(
    @Arg("email", () => String) email: string,
    @Arg("role", () => MembershipRole) role: MembershipRole,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.team.invite(ctx.viewer, email, role);
  }

  @Authorized()
  @Mutation(() => TeamInvitationType, { description: "Mails a new link; the old one stops working." })
  resendTeamInvitation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.team.resend(ctx.viewer, id);
  }

  @Authorized()
  @Mutation(() => Boolean)
  cancelTeamInvitation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.team.cancel(ctx.viewer, id);
  }

  @Authorized()
  @Mutation(() => TeamMemberType)
  changeTeamMemberRole(
    @Arg("userId", () => ID) userId: string,
    @Arg("role", () => MembershipRole) role: MembershipRole,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.team.changeRole(ctx.viewer, userId, role);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "The member's open sessions lose access on their next request." })
  removeTeamMember(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context) {
    return ctx.services.team.remove(ctx.viewer, userId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Leaves the organization the session acts for; the last owner cannot." })
  leaveTeam(@Ctx() ctx: Context) {
    return ctx.services.team.leave(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => [TeamMemberType], { description: "The member becomes an owner; the viewer becomes an admin." })
  transferOwnership(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context) {
    return ctx.services.team.transferOwnership(ctx.viewer, userId);
  }

  @Query(() => TeamInvitationPreviewType, { description: "What a team invitation link is for, before signing up or in." })
  teamInvitation(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    return ctx.services.team.preview(token);
  }

  @Authorized()
  @Mutation(() => ViewerType, { description: "Joins the invitation's organization; the session then acts for it." })
  async acceptTeamInvitation(@Arg("token", () => String) token: string, @Ctx() ctx: Context): Promise<ViewerType> {
    ctx.viewer = await ctx.services.team.accept(ctx.viewer, token);
    return { principal: ctx.viewer };
  }

  @Mutation(() => ViewerType, { description: "A new account from a team invitation link: its address counts as verified." })
  async signUpFromTeamInvitation(
    @Arg("input", () => SignUpFromTeamInvitationInput) input: SignUpFromTeamInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<ViewerType> {
    return signIn(ctx, await ctx.services.team.signUp(input));
  }
}
