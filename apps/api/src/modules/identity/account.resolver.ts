import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { SESSION_COOKIE, type Context } from "../../context.js";
import { AccountOrganizationType, EmailChangeType, SessionType } from "./account.types.js";
import { renewed } from "./identity.resolver.js";
import { ViewerType } from "./identity.types.js";

/** The person's own account: password, email, sessions and organizations (issue 18). */
@Resolver()
export class AccountSecurityResolver {
  @Mutation(() => Boolean, {
    description: "Mails a single-use reset link (20 minutes) when the address has an account; always answers true.",
  })
  requestPasswordReset(@Arg("email", () => String) email: string, @Ctx() ctx: Context) {
    return ctx.services.account.requestPasswordReset(email, ctx.clientAddress);
  }

  @Mutation(() => Boolean, { description: "Sets the password from a reset link and ends every session of the account." })
  resetPassword(
    @Arg("token", () => String) token: string,
    @Arg("newPassword", () => String) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.account.resetPassword(token, newPassword);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends the user's other sessions; this one stays signed in." })
  changePassword(
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.account.changePassword(ctx.viewer, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, {
    description: "Follows a verification link: the address is verified (and becomes the account's, after changeEmail).",
  })
  async verifyEmail(@Arg("token", () => String) token: string, @Ctx() ctx: Context) {
    await ctx.services.account.verifyEmail(token);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Mails a new verification link; the one sent before stops working." })
  resendVerificationEmail(@Ctx() ctx: Context) {
    return ctx.services.account.resendVerificationEmail(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => EmailChangeType, {
    description: "Mails a link to the new address; the account's address changes only when it is followed.",
  })
  changeEmail(
    @Arg("newEmail", () => String) newEmail: string,
    @Arg("currentPassword", () => String) currentPassword: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.account.changeEmail(ctx.viewer, newEmail, currentPassword);
  }

  @Authorized()
  @Query(() => [SessionType], { description: "The viewer's signed-in sessions, most recently used first." })
  mySessions(@Ctx() ctx: Context) {
    return ctx.services.account.sessions(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Ends one of the viewer's own sessions (the current one signs out)." })
  async endSession(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const { endedCurrent } = await ctx.services.account.endSession(ctx.viewer, id);
    if (endedCurrent) {
      ctx.cookies.clear(SESSION_COOKIE);
      ctx.viewer = null;
    }
    return true;
  }

  @Authorized()
  @Mutation(() => Int, { description: "Ends every session of the viewer but this one; answers how many ended." })
  endOtherSessions(@Ctx() ctx: Context) {
    return ctx.services.account.endOtherSessions(ctx.viewer);
  }

  @Authorized()
  @Query(() => [AccountOrganizationType], { description: "The organizations the viewer belongs to." })
  myOrganizations(@Ctx() ctx: Context) {
    return ctx.services.account.organizations(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => ViewerType, {
    description: "The session acts for another of the viewer's organizations, under a renewed session id.",
  })
  async switchOrganization(@Arg("organizationId", () => ID) organizationId: string, @Ctx() ctx: Context) {
    const { viewer, session } = await ctx.services.account.switchOrganization(ctx.viewer, organizationId);
    return renewed(ctx, viewer, session);
  }
}

@Resolver(() => ViewerType)
export class ViewerAccountResolver {
  @FieldResolver(() => Boolean, { description: "False until the account's address is verified by the mailed link." })
  emailVerified(@Root() root: ViewerType): boolean {
    return root.principal.emailVerified;
  }

  @FieldResolver(() => String, { nullable: true, description: "A new address waiting for its mailed link (changeEmail)." })
  pendingEmail(@Root() root: ViewerType, @Ctx() ctx: Context) {
    return ctx.services.account.pendingEmail(root.principal);
  }
}
