import { hash, verify } from "@node-rs/argon2";
import { DomainError, accountTokenExpiry, badInput, normalizeEmail, signUpProblems } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { MembershipRole, OrganizationKind, Viewer } from "../../auth/viewer.js";
import type { Executor, Tx } from "../../db/client.js";
import { newSecret, sha256 } from "../../lib/secrets.js";
import type { ServiceDeps } from "../deps.js";
import type { MailService } from "../mail/mail.service.js";
import type { RateLimit, RateLimitService } from "../rate-limits/rate-limit.service.js";
import { accountTokensRepository } from "./account-tokens.repository.js";
import { verificationEmail } from "./account-email.js";
import { EmailTakenError, identityRepository as repo } from "./identity.repository.js";

const SESSION_DAYS = 30;
/**
 * Sign-in attempts, counted before the password is checked, in one 15-minute window. An address
 * gets 5 tries at one account; the account takes 10 from all addresses together, after which only
 * an address that has not failed on it gets its one try (so its owner still signs in while an
 * attacker's address is locked); an address gets 30 tries across all accounts.
 */
/** Sessions and tokens record their use at most this often, so reads do not write on every request. */
const ACTIVITY_WRITE_INTERVAL_MS = 60_000;
const activityIsStale = (lastUsedAt: Date | null, now: Date) =>
  lastUsedAt === null || now.getTime() - lastUsedAt.getTime() > ACTIVITY_WRITE_INTERVAL_MS;

const LOGIN_WINDOW_SECONDS = 15 * 60;
const LOGIN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS = 5;
const LOGIN_ATTEMPTS_PER_ACCOUNT = 10;
const LOGIN_ATTEMPTS_PER_ADDRESS = 30;
// Verifying against this keeps a login for an unknown email as slow as one for a known email.
const DUMMY_HASH_PROMISE = hash("not-a-real-password-used-for-timing");

const loginLimit = (limit: number): RateLimit => ({
  limit,
  windowSeconds: LOGIN_WINDOW_SECONDS,
  refusal: (minutes) => `Too many failed sign-in attempts. Try again in ${minutes} minutes.`,
});

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  invitationToken?: string | null;
  agencyInvitationToken?: string | null;
}

/** Runs inside the sign-up transaction once the account exists (accepting an invitation, R6). */
export type SignUpHook = (
  tx: Tx,
  account: { userId: string; organizationId: string; email: string; invitationToken: string },
) => Promise<void>;

export interface StartedSession {
  secret: string;
  maxAgeSeconds: number;
}

export interface RenewedSession extends StartedSession {
  /** The new session's id (sha256 of its secret), for the viewer of the rest of the request. */
  sessionId: string;
}

/** Where a request came from, for the Account page's session list. */
export interface RequestClient {
  userAgent: string | null;
  address: string | null;
}

/** Runs when a user signs in with a password (a contact's portal status counts sign-ins, R9). */
export type SignInHook = (db: Executor, userId: string, at: Date) => Promise<void>;

export class IdentityService {
  private signUpHook: SignUpHook | null = null;
  private agencySignUpHook: SignUpHook | null = null;
  private signInHooks: SignInHook[] = [];

  constructor(
    private readonly deps: ServiceDeps,
    private readonly rateLimits: RateLimitService,
    private readonly mail: MailService,
  ) {}

  onSignUpWithInvitation(hook: SignUpHook): void {
    this.signUpHook = hook;
  }

  /** The other direction of R6: a service provider signs up from an employer's invitation link. */
  onSignUpWithAgencyInvitation(hook: SignUpHook): void {
    this.agencySignUpHook = hook;
  }

  onSignIn(hook: SignInHook): void {
    this.signInHooks.push(hook);
  }

  /** Cookie secret or bearer token -> Viewer, re-checking an accessed client on every request (R7). */
  async principal(
    credentials: { sessionSecret: string | null; bearerToken: string | null },
    client?: RequestClient,
  ): Promise<Viewer | null> {
    const { db, clock } = this.deps;
    const lookups = this.deps.sessionDb ?? db;
    if (credentials.bearerToken !== null) {
      const row = await repo.tokenPrincipal(lookups, sha256(credentials.bearerToken));
      if (!row) throw new DomainError("UNAUTHENTICATED", "This access token is not valid or was revoked.");
      const now = clock.now();
      if (activityIsStale(row.lastUsedAt, now)) await repo.touchToken(db, row.tokenId, now);
      return {
        userId: row.userId,
        sessionId: null,
        tokenId: row.tokenId,
        organizationId: row.organizationId,
        organizationKind: row.organizationKind,
        role: row.role,
        emailVerified: row.emailVerifiedAt !== null,
        accessing: null,
      };
    }
    if (credentials.sessionSecret === null) return null;
    const sessionId = sha256(credentials.sessionSecret);
    const now = clock.now();
    const row = await repo.sessionPrincipal(lookups, sessionId, now);
    if (!row) return null;
    if (activityIsStale(row.lastUsedAt, now)) await repo.touchSession(db, sessionId, now, client);
    const stillActive = row.activeConnectionId !== null && row.activeClientId !== null;
    if (row.accessingConnectionId !== null && !stillActive) {
      // The client revoked (or the connection ended): the session leaves the client's account now.
      await repo.setSessionAccessing(db, sessionId, null);
    }
    return {
      userId: row.userId,
      sessionId,
      tokenId: null,
      organizationId: row.organizationId,
      organizationKind: row.organizationKind,
      role: row.role,
      emailVerified: row.emailVerifiedAt !== null,
      accessing: stillActive ? { connectionId: row.activeConnectionId!, clientId: row.activeClientId! } : null,
    };
  }

  async signUp(input: SignUpInput): Promise<StartedSession> {
    const email = normalizeEmail(input.email);
    const problems = signUpProblems(input);
    if (Object.keys(problems).length > 0) throw badInput(problems);
    const invitationToken = input.invitationToken?.trim() || null;
    if (invitationToken !== null && input.organizationKind !== "EMPLOYER") {
      throw badInput({ organizationKind: "Only an employer account can accept a client invitation." });
    }
    const agencyInvitationToken = input.agencyInvitationToken?.trim() || null;
    if (agencyInvitationToken !== null && input.organizationKind !== "SERVICE_PROVIDER") {
      throw badInput({ organizationKind: "Only a service provider account can accept an invitation from a client." });
    }
    if (await repo.findUserByEmail(this.deps.db, email))
      throw badInput({ email: "An account with this email already exists. Sign in instead." });
    const passwordHash = await hash(input.password);
    try {
      const { session, mailId } = await this.deps.db.transaction(async (tx) => {
        // R13: a new account may look around at once; buying, publishing and inviting wait for the mailed link.
        const user = await repo.insertUser(tx, { email, name: input.name.trim(), passwordHash, emailVerifiedAt: null });
        const org = await repo.insertOrganization(tx, { kind: input.organizationKind, name: input.organizationName.trim() });
        await repo.insertMembership(tx, { userId: user.id, organizationId: org.id, role: "OWNER" });
        if (invitationToken !== null) {
          if (this.signUpHook === null) throw new Error("no invitation handler is registered");
          await this.signUpHook(tx, { userId: user.id, organizationId: org.id, email, invitationToken });
        }
        if (agencyInvitationToken !== null) {
          if (this.agencySignUpHook === null) throw new Error("no agency invitation handler is registered");
          await this.agencySignUpHook(tx, {
            userId: user.id,
            organizationId: org.id,
            email,
            invitationToken: agencyInvitationToken,
          });
        }
        const mailId = await this.mailVerificationLink(tx, { userId: user.id, email, change: false });
        return { session: await this.startSession(tx, user.id, org.id), mailId };
      });
      this.mail.deliverSoon([mailId]);
      return session;
    } catch (e) {
      if (e instanceof EmailTakenError) throw badInput({ email: "An account with this email already exists. Sign in instead." });
      throw e;
    }
  }

  async logIn(emailInput: string, password: string, clientAddress: string): Promise<StartedSession> {
    const { db, clock } = this.deps;
    const email = normalizeEmail(emailInput);
    const pairKey = `login:pair:${email}:${clientAddress}`;
    const accountKey = `login:email:${email}`;
    const addressKey = `login:address:${clientAddress}`;
    const counts = await this.rateLimits.countAll([pairKey, accountKey, addressKey], LOGIN_WINDOW_SECONDS);
    const pair = counts.get(pairKey)!;
    const account = counts.get(accountKey)!;
    const address = counts.get(addressKey)!;
    if (address.count > LOGIN_ATTEMPTS_PER_ADDRESS)
      throw this.rateLimits.refusal(address, loginLimit(LOGIN_ATTEMPTS_PER_ADDRESS));
    if (pair.count > LOGIN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS)
      throw this.rateLimits.refusal(pair, loginLimit(LOGIN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS));
    if (account.count > LOGIN_ATTEMPTS_PER_ACCOUNT && pair.count > 1)
      throw this.rateLimits.refusal(account, loginLimit(LOGIN_ATTEMPTS_PER_ACCOUNT));

    const user = await repo.findUserByEmail(db, email);
    const ok = user?.passwordHash
      ? await verify(user.passwordHash, password)
      : (await verify(await DUMMY_HASH_PROMISE, password), false);
    const memberships = ok && user ? await repo.membershipsOf(db, user.id) : [];
    const home = memberships[0];
    if (!ok || !user || !home) throw new DomainError("UNAUTHENTICATED", "The email or password is not right.");
    // The owner's own sign-in: this address is clean again for the account, and its try is given back.
    await this.rateLimits.clear(pairKey);
    await this.rateLimits.refund([accountKey, addressKey]);
    for (const hook of this.signInHooks) await hook(db, user.id, clock.now());
    return this.startSession(db, user.id, home.organization.id);
  }

  /**
   * R9: the account a contact's activation signs in as. A new email gets a new user with this
   * password; an email that already has an account must give that account's password.
   * Answers the user id to create inside the caller's transaction (null: create it there).
   */
  async portalAccountOwner(emailInput: string, password: string): Promise<{ userId: string } | null> {
    const user = await repo.findUserByEmail(this.deps.db, normalizeEmail(emailInput));
    if (user === undefined) return null;
    if (!user.passwordHash || !(await verify(user.passwordHash, password))) {
      throw badInput({ password: "This email already has an account: enter its password." });
    }
    return { userId: user.id };
  }

  async accountExists(email: string): Promise<boolean> {
    return (await repo.findUserByEmail(this.deps.db, normalizeEmail(email))) !== undefined;
  }

  /**
   * Inside the caller's transaction: a new user with this password. `emailVerified`: the person
   * came from a link mailed to this very address (an activation), which proves it as a
   * verification link would; otherwise the account starts unverified (R13).
   */
  async createUser(tx: Tx, input: { email: string; name: string; password: string; emailVerified: boolean }): Promise<string> {
    try {
      const user = await repo.insertUser(tx, {
        email: normalizeEmail(input.email),
        name: input.name.trim(),
        passwordHash: await hash(input.password),
        emailVerifiedAt: input.emailVerified ? this.deps.clock.now() : null,
      });
      return user.id;
    } catch (e) {
      if (e instanceof EmailTakenError) throw badInput({ password: "This email already has an account: enter its password." });
      throw e;
    }
  }

  /**
   * Inside the caller's transaction: a single-use link that verifies `email` for the user (their
   * own address, or the new one of an email change), replacing any link sent before. Returns the
   * mail's id for deliverSoon() after commit.
   */
  async mailVerificationLink(tx: Tx, target: { userId: string; email: string; change: boolean }): Promise<string> {
    const now = this.deps.clock.now();
    const token = newSecret();
    const expiresAt = accountTokenExpiry("VERIFY_EMAIL", now);
    await accountTokensRepository.deleteOpen(tx, target.userId, "VERIFY_EMAIL");
    await accountTokensRepository.insert(tx, {
      userId: target.userId,
      purpose: "VERIFY_EMAIL",
      email: target.email,
      tokenHash: sha256(token),
      createdAt: now,
      expiresAt,
    });
    return this.mail.enqueue(
      tx,
      verificationEmail({ publicUrl: this.deps.config.publicUrl, token, email: target.email, change: target.change }),
    );
  }

  /** Adds the role unless the user already belongs to the organization (a stronger role is kept). */
  async join(tx: Tx, userId: string, organizationId: string, role: MembershipRole): Promise<void> {
    await repo.insertMembershipIfAbsent(tx, { userId, organizationId, role });
  }

  /** The session acts for this organization of the user's from its next request. */
  async actFor(db: Executor, sessionId: string, organizationId: string): Promise<void> {
    await repo.setSessionOrganization(db, sessionId, organizationId);
  }

  /** Signs the user in as the organization, inside the caller's transaction. */
  startSessionWithin(tx: Tx, userId: string, organizationId: string): Promise<StartedSession> {
    return this.startSession(tx, userId, organizationId);
  }

  async logOut(viewer: Viewer | null): Promise<void> {
    if (viewer?.sessionId) await repo.deleteSession(this.deps.db, viewer.sessionId);
  }

  /** Expired sessions already sign nobody in; the sweep only keeps them from piling up. */
  deleteExpiredSessions(): Promise<number> {
    return repo.deleteExpiredSessions(this.deps.db, this.deps.clock.now());
  }

  async viewerAccount(viewer: Viewer) {
    const memberships = await repo.membershipsOf(this.deps.db, viewer.userId);
    const [user] = await repo.usersByIds(this.deps.db, [viewer.userId]);
    if (!user) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
    return { user, memberships };
  }

  /**
   * Enter or leave a client's account; the connection itself is checked by the connections service.
   * The session gets a new id each time (the old one stops working), so an id seen before the
   * switch, for one account, never acts in the other.
   */
  async setAccessing(viewer: Viewer, connectionId: string | null, tx: Tx): Promise<RenewedSession> {
    if (viewer.sessionId === null) {
      throw new DomainError(
        "FORBIDDEN",
        "Access company needs a signed-in session; access tokens act only as their own organization.",
      );
    }
    const session = await this.startSession(tx, viewer.userId, viewer.organizationId, connectionId);
    await repo.deleteSession(tx, viewer.sessionId);
    return { ...session, sessionId: sha256(session.secret) };
  }

  /**
   * The session acts for another of the user's organizations (outside any client) under a new id:
   * the old one stops working, as on Access company. The caller has checked the membership.
   */
  async switchSession(viewer: Viewer, organizationId: string, tx: Tx): Promise<RenewedSession> {
    if (viewer.sessionId === null) {
      throw new DomainError(
        "FORBIDDEN",
        "Switching organizations needs a signed-in session; an access token acts only as its own.",
      );
    }
    const session = await this.startSession(tx, viewer.userId, organizationId);
    await repo.deleteSession(tx, viewer.sessionId);
    return { ...session, sessionId: sha256(session.secret) };
  }

  async accessTokens(viewer: Viewer | null) {
    assertCan(viewer, "accessTokens.manage");
    return repo.accessTokensOf(this.deps.db, viewer.userId);
  }

  async createAccessToken(viewer: Viewer | null, name: string) {
    assertCan(viewer, "accessTokens.manage");
    const trimmed = name.trim();
    if (trimmed === "" || trimmed.length > 100) throw badInput({ name: "Give the token a name of 1 to 100 characters." });
    const secret = newSecret("pat_");
    const accessToken = await repo.insertAccessToken(this.deps.db, {
      userId: viewer.userId,
      organizationId: viewer.organizationId,
      name: trimmed,
      tokenHash: sha256(secret),
    });
    return { accessToken, secret };
  }

  async revokeAccessToken(viewer: Viewer | null, id: string): Promise<boolean> {
    assertCan(viewer, "accessTokens.manage");
    const revoked = await repo.revokeAccessToken(this.deps.db, viewer.userId, id, this.deps.clock.now());
    if (!revoked) throw new DomainError("NOT_FOUND", "No such access token.");
    return true;
  }

  usersByIds(ids: readonly string[]) {
    return repo.usersByIds(this.deps.db, ids);
  }

  organizationsByIds(ids: readonly string[]) {
    return repo.organizationsByIds(this.deps.db, ids, this.deps.clock.now());
  }

  private async startSession(
    db: Tx | ServiceDeps["db"],
    userId: string,
    organizationId: string,
    accessingConnectionId: string | null = null,
  ): Promise<StartedSession> {
    const secret = newSecret();
    const maxAgeSeconds = SESSION_DAYS * 86_400;
    await repo.insertSession(db, {
      id: sha256(secret),
      userId,
      organizationId,
      accessingConnectionId,
      expiresAt: new Date(this.deps.clock.now().getTime() + maxAgeSeconds * 1000),
    });
    return { secret, maxAgeSeconds };
  }
}

export type { MembershipRole };
