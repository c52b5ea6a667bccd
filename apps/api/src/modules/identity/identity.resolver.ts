import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { DomainError } from "@app/domain";
import { SESSION_COOKIE, type Context } from "../../context.js";
import { currentOrganizationId, type Viewer } from "../../auth/viewer.js";
import {
  AccessTokenType,
  CreatedAccessTokenType,
  MembershipType,
  OrganizationType,
  SignUpInput,
  UserType,
  ViewerType,
} from "./identity.types.js";
import type { StartedSession } from "./identity.service.js";

@Resolver(() => ViewerType)
export class ViewerResolver {
  @Query(() => ViewerType, { nullable: true, description: "Null when nobody is signed in." })
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer === null ? null : { principal: ctx.viewer };
  }

  @FieldResolver(() => UserType)
  async user(@Root() root: ViewerType, @Ctx() ctx: Context) {
    const user = await ctx.loaders.user.load(root.principal.userId);
    if (!user) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
    return user;
  }

  @FieldResolver(() => [MembershipType])
  async memberships(@Root() root: ViewerType, @Ctx() ctx: Context) {
    const { memberships } = await ctx.services.identity.viewerAccount(root.principal);
    return memberships;
  }

  @FieldResolver(() => OrganizationType, {
    description: "The organization that requests act as: one of the user's own, or a client reached with accessCompany.",
  })
  async currentOrganization(@Root() root: ViewerType, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(currentOrganizationId(root.principal));
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: "The user's service provider organization while accessingClient is set; otherwise null.",
  })
  async serviceProvider(@Root() root: ViewerType, @Ctx() ctx: Context) {
    return root.principal.accessing === null ? null : ctx.loaders.organization.load(root.principal.organizationId);
  }
}

@Resolver()
export class AccountResolver {
  @Mutation(() => ViewerType)
  async signUp(@Arg("input", () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<ViewerType> {
    return signIn(ctx, await ctx.services.identity.signUp(input));
  }

  @Mutation(() => ViewerType)
  async logIn(@Arg("email", () => String) email: string, @Arg("password", () => String) password: string, @Ctx() ctx: Context) {
    return signIn(ctx, await ctx.services.identity.logIn(email, password, ctx.clientAddress));
  }

  @Mutation(() => Boolean)
  async logOut(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.identity.logOut(ctx.viewer);
    ctx.cookies.clear(SESSION_COOKIE);
    ctx.viewer = null;
    return true;
  }

  @Authorized()
  @Query(() => [AccessTokenType])
  accessTokens(@Ctx() ctx: Context) {
    return ctx.services.identity.accessTokens(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => CreatedAccessTokenType)
  createAccessToken(@Arg("name", () => String) name: string, @Ctx() ctx: Context) {
    return ctx.services.identity.createAccessToken(ctx.viewer, name);
  }

  @Authorized()
  @Mutation(() => Boolean)
  revokeAccessToken(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.identity.revokeAccessToken(ctx.viewer, id);
  }
}

/** Sets the session cookie and makes the rest of this request see the new viewer. */
export async function signIn(ctx: Context, session: StartedSession): Promise<ViewerType> {
  ctx.cookies.set(SESSION_COOKIE, session.secret, session.maxAgeSeconds);
  ctx.viewer = await ctx.services.identity.principal(
    { sessionSecret: session.secret, bearerToken: null },
    { userAgent: ctx.userAgent?.slice(0, 500) ?? null, address: ctx.clientAddress },
  );
  if (ctx.viewer === null) throw new Error("a session just started could not be read back");
  return { principal: ctx.viewer };
}

/** The session id changed (Access company, switching back, switching organization): the browser gets the new cookie. */
export function renewed(ctx: Context, viewer: Viewer, session: StartedSession): ViewerType {
  ctx.cookies.set(SESSION_COOKIE, session.secret, session.maxAgeSeconds);
  ctx.viewer = viewer;
  return { principal: viewer };
}
