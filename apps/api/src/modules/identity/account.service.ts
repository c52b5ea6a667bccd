import { setTimeout as sleep } from "node:timers/promises";
import { hash, verify } from "@node-rs/argon2";
import {
  DomainError,
  accountTokenExpiry,
  accountTokenMessage,
  accountTokenProblem,
  badInput,
  describeUserAgent,
  isEmail,
  normalizeEmail,
  passwordProblem,
  type AccountTokenProblem,
  type AccountTokenPurpose,
} from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Executor } from "../../db/client.js";
import { newSecret, sha256 } from "../../lib/secrets.js";
import type { ServiceDeps } from "../deps.js";
import type { MailService } from "../mail/mail.service.js";
import type { RateLimit, RateLimitService } from "../rate-limits/rate-limit.service.js";
import { emailChangeNoticeEmail, passwordChangedEmail, passwordResetEmail } from "./account-email.js";
import { accountTokensRepository as tokens, type AccountTokenRow } from "./account-tokens.repository.js";
import { EmailTakenError, identityRepository as repo } from "./identity.repository.js";
import type { IdentityService, RenewedSession } from "./identity.service.js";

interface Peers {
  identity: IdentityService;
  mail: MailService;
  rateLimits: RateLimitService;
}

/**
 * requestPasswordReset answers no sooner than this, whether or not the address has an account, so
 * neither its answer nor its time tells them apart (the known address's writes take a few ms).
 */
const RESET_REQUEST_ANSWER_MS = 300;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Verifying against this keeps a wrong-account path as slow as a real check.
const DUMMY_HASH_PROMISE = hash("not-a-real-password-used-for-timing");

const limit = (limit: number, windowMinutes: number, what: string): RateLimit => ({
  limit,
  windowSeconds: windowMinutes * 60,
  refusal: (minutes) => `${what} Try again in ${minutes} minutes.`,
});
const RESETS_PER_EMAIL = limit(3, 60, "We have already sent several reset links to this address.");
const RESETS_PER_ADDRESS = limit(20, 60, "Too many password reset requests from your network.");
const PASSWORD_CHECKS_PER_USER = limit(10, 15, "Too many wrong passwords.");
const VERIFICATION_MAILS_PER_USER = limit(5, 60, "We have already sent several verification links.");

export interface SessionView {
  id: string;
  browser: string;
  userAgent: string | null;
  address: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date;
  current: boolean;
}

/**
 * The person's own account (issue 18): password reset by mail and change, email verification and
 * change, their sessions, and which of their organizations a session acts for.
 */
export class AccountService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: Peers,
  ) {}

  /** Always true, in about the same time, whether or not the address has an account. */
  async requestPasswordReset(emailInput: string, clientAddress: string): Promise<true> {
    const started = performance.now();
    try {
      const email = normalizeEmail(emailInput);
      if (!isEmail(email)) throw badInput({ email: "Enter a valid email address." });
      await this.peers.rateLimits.count(`password-reset:address:${clientAddress}`, RESETS_PER_ADDRESS);
      await this.peers.rateLimits.count(`password-reset:email:${email}`, RESETS_PER_EMAIL);
      const user = await repo.findUserByEmail(this.deps.db, email);
      if (user !== undefined) {
        const now = this.deps.clock.now();
        const token = newSecret();
        const mailId = await this.deps.db.transaction(async (tx) => {
          // A new link replaces any sent before.
          await tokens.deleteOpen(tx, user.id, "PASSWORD_RESET");
          await tokens.insert(tx, {
            userId: user.id,
            purpose: "PASSWORD_RESET",
            email,
            tokenHash: sha256(token),
            createdAt: now,
            expiresAt: accountTokenExpiry("PASSWORD_RESET", now),
          });
          return this.peers.mail.enqueue(tx, passwordResetEmail({ publicUrl: this.deps.config.publicUrl, token, email }));
        });
        this.peers.mail.deliverSoon([mailId]);
      }
      return true;
    } finally {
      const left = RESET_REQUEST_ANSWER_MS - (performance.now() - started);
      if (left > 0) await sleep(left);
    }
  }

  /**
   * Sets the password from a mailed link: the link is claimed (one conditional UPDATE, so of two
   * concurrent uses exactly one wins), the password set and every session of the user ended, in
   * one transaction, with every personal access token revoked. Nobody is signed in: the person signs in with the new password.
   */
  async resetPassword(token: string, newPassword: string): Promise<true> {
    const problem = passwordProblem(newPassword);
    if (problem !== null) throw badInput({ newPassword: problem });
    const { db, clock } = this.deps;
    // A link that cannot work is refused before the (deliberately slow) hashing, so junk links cost little.
    await this.assertUsable(db, token, "PASSWORD_RESET");
    const passwordHash = await hash(newPassword);
    const mailId = await db.transaction(async (tx) => {
      const claimed = await this.claim(tx, token, "PASSWORD_RESET");
      await repo.setPassword(tx, claimed.userId, passwordHash);
      await repo.deleteSessionsOfUser(tx, claimed.userId, null);
      // Whoever reset the password may not be whoever made the tokens: they end with the sessions.
      await repo.revokeAccessTokensOfUser(tx, claimed.userId, clock.now());
      // The link reached the address: an unverified account whose address it still is is verified by it.
      const [user] = await repo.usersByIds(tx, [claimed.userId]);
      if (user && user.emailVerifiedAt === null && user.email === claimed.email) {
        await repo.verifyEmail(tx, user.id, user.email, clock.now());
      }
      // Other links of this account (an older reset, a pending email change) stop working.
      await tokens.deleteAllOpen(tx, claimed.userId);
      return this.peers.mail.enqueue(tx, passwordChangedEmail({ email: claimed.email }));
    });
    this.peers.mail.deliverSoon([mailId]);
    return true;
  }

  /** The signed-in person changes their password; their other sessions end, this one stays. */
  async changePassword(viewer: Viewer | null, currentPassword: string, newPassword: string): Promise<true> {
    assertCan(viewer, "account.manage");
    const user = await this.checkPassword(viewer, currentPassword, "currentPassword");
    const problem = passwordProblem(newPassword);
    if (problem !== null) throw badInput({ newPassword: problem });
    if (newPassword === currentPassword) throw badInput({ newPassword: "Choose a password other than your current one." });
    const passwordHash = await hash(newPassword);
    const mailId = await this.deps.db.transaction(async (tx) => {
      await repo.setPassword(tx, user.id, passwordHash);
      await repo.deleteSessionsOfUser(tx, user.id, viewer.sessionId);
      await tokens.deleteOpen(tx, user.id, "PASSWORD_RESET");
      return this.peers.mail.enqueue(tx, passwordChangedEmail({ email: user.email }));
    });
    this.peers.mail.deliverSoon([mailId]);
    return true;
  }

  /**
   * Follows a verification link: the address it was sent to is verified, and becomes the account's
   * address when it was an email change. Works signed in or not (the link may open anywhere).
   */
  async verifyEmail(token: string): Promise<{ email: string }> {
    const { db, clock } = this.deps;
    return db
      .transaction(async (tx) => {
        const claimed = await this.claim(tx, token, "VERIFY_EMAIL");
        const taken = await repo.findUserByEmail(tx, claimed.email);
        if (taken !== undefined && taken.id !== claimed.userId) throw new EmailTakenError();
        await repo.verifyEmail(tx, claimed.userId, claimed.email, clock.now());
        return { email: claimed.email };
      })
      .catch((e: unknown) => {
        if (e instanceof EmailTakenError) {
          throw new DomainError("CONFLICT", "Another account uses this address now, so it cannot become yours.");
        }
        throw e;
      });
  }

  /** A new verification link for the account's address (the one sent before stops working). */
  async resendVerificationEmail(viewer: Viewer | null): Promise<true> {
    assertCan(viewer, "account.manage");
    const [user] = await repo.usersByIds(this.deps.db, [viewer.userId]);
    if (!user) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
    if (user.emailVerifiedAt !== null) throw new DomainError("CONFLICT", "Your email address is already verified.");
    await this.peers.rateLimits.count(`verify-email:user:${user.id}`, VERIFICATION_MAILS_PER_USER);
    const mailId = await this.deps.db.transaction((tx) =>
      this.peers.identity.mailVerificationLink(tx, { userId: user.id, email: user.email, change: false }),
    );
    this.peers.mail.deliverSoon([mailId]);
    return true;
  }

  /**
   * Mails a link to the new address; the account's address changes only when it is followed
   * (verifyEmail). The old address is told, without a link.
   */
  async changeEmail(viewer: Viewer | null, newEmailInput: string, currentPassword: string): Promise<{ pendingEmail: string }> {
    assertCan(viewer, "account.manage");
    const newEmail = normalizeEmail(newEmailInput);
    if (!isEmail(newEmail)) throw badInput({ newEmail: "Enter a valid email address." });
    const user = await this.checkPassword(viewer, currentPassword, "currentPassword");
    if (newEmail === user.email) throw badInput({ newEmail: "This is already your email address." });
    if (await repo.findUserByEmail(this.deps.db, newEmail)) {
      throw badInput({ newEmail: "Another account uses this address." });
    }
    await this.peers.rateLimits.count(`verify-email:user:${user.id}`, VERIFICATION_MAILS_PER_USER);
    const mailIds = await this.deps.db.transaction(async (tx) => [
      await this.peers.identity.mailVerificationLink(tx, { userId: user.id, email: newEmail, change: true }),
      await this.peers.mail.enqueue(tx, emailChangeNoticeEmail({ oldEmail: user.email, newEmail })),
    ]);
    this.peers.mail.deliverSoon(mailIds);
    return { pendingEmail: newEmail };
  }

  /**
   * Links a day past their expiry are deleted (until then a late click is told "expired" or
   * "used" rather than "not valid").
   */
  deleteExpiredTokens(): Promise<number> {
    return tokens.deleteExpiredBefore(this.deps.db, new Date(this.deps.clock.now().getTime() - 86_400_000));
  }

  /** The new address a mailed link waits to confirm, or null. */
  async pendingEmail(viewer: Viewer): Promise<string | null> {
    const [user] = await repo.usersByIds(this.deps.db, [viewer.userId]);
    if (!user) return null;
    return tokens.pendingEmail(this.deps.db, user.id, user.email, this.deps.clock.now());
  }

  /** The user's sessions that still sign in, most recently used first; only their own. */
  async sessions(viewer: Viewer | null): Promise<SessionView[]> {
    assertCan(viewer, "account.manage");
    const rows = await repo.activeSessionsOf(this.deps.db, viewer.userId, this.deps.clock.now());
    return rows.map((row) => ({
      id: row.id,
      browser: describeUserAgent(row.userAgent),
      userAgent: row.userAgent,
      address: row.clientAddress,
      createdAt: row.createdAt,
      lastUsedAt: row.lastUsedAt ?? row.createdAt,
      expiresAt: row.expiresAt,
      current: row.id === viewer.sessionId,
    }));
  }

  /** Ends one of the viewer's own sessions (another user's id finds nothing: NOT_FOUND). */
  async endSession(viewer: Viewer | null, id: string): Promise<{ endedCurrent: boolean }> {
    assertCan(viewer, "account.manage");
    if (!(await repo.deleteSessionOf(this.deps.db, viewer.userId, id))) throw new DomainError("NOT_FOUND", "No such session.");
    return { endedCurrent: id === viewer.sessionId };
  }

  /** Ends every session of the viewer but the current one; returns how many ended. */
  async endOtherSessions(viewer: Viewer | null): Promise<number> {
    assertCan(viewer, "account.manage");
    return repo.deleteSessionsOfUser(this.deps.db, viewer.userId, viewer.sessionId);
  }

  /** The organizations the user belongs to, with the one the session acts for marked. */
  async organizations(viewer: Viewer | null) {
    assertCan(viewer, "organizations.switch");
    const memberships = await repo.membershipsOf(this.deps.db, viewer.userId);
    return memberships.map((m) => ({ ...m, current: m.organization.id === viewer.organizationId }));
  }

  /**
   * The session acts for another of the user's organizations, under a new session id (the old one
   * stops working, as on Access company); it leaves any client it was inside.
   */
  async switchOrganization(viewer: Viewer | null, organizationId: string): Promise<{ viewer: Viewer; session: RenewedSession }> {
    assertCan(viewer, "organizations.switch");
    const { db } = this.deps;
    const membership = UUID.test(organizationId) ? await repo.membershipOf(db, viewer.userId, organizationId) : undefined;
    if (!membership) throw new DomainError("FORBIDDEN", "You are not a member of this organization.");
    const session = await db.transaction((tx) => this.peers.identity.switchSession(viewer, organizationId, tx));
    return {
      viewer: {
        ...viewer,
        sessionId: session.sessionId,
        organizationId,
        organizationKind: membership.organization.kind,
        role: membership.role,
        accessing: null,
      },
      session,
    };
  }

  /** The user behind the viewer, when `password` is theirs; a field message otherwise (counted, like sign-ins). */
  private async checkPassword(viewer: Viewer, password: string, field: string) {
    await this.peers.rateLimits.count(`password-check:user:${viewer.userId}`, PASSWORD_CHECKS_PER_USER);
    const [user] = await repo.usersByIds(this.deps.db, [viewer.userId]);
    if (!user) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
    const ok = user.passwordHash
      ? await verify(user.passwordHash, password)
      : (await verify(await DUMMY_HASH_PROMISE, password), false);
    if (!ok) throw badInput({ [field]: "This is not your current password." }, "Your current password is not right.");
    return user;
  }

  /** Throws the clear reason a link cannot be used, without using it. */
  private async assertUsable(db: Executor, tokenInput: string, purpose: AccountTokenPurpose): Promise<void> {
    const token = tokenInput.trim();
    const found = token === "" ? undefined : await tokens.byHash(db, sha256(token));
    const problem = accountTokenProblem(found, purpose, this.deps.clock.now());
    if (problem !== null) throw linkProblem(purpose, problem);
  }

  /** Marks the link used inside the caller's transaction, or throws the clear reason it cannot be used. */
  private async claim(tx: Executor, tokenInput: string, purpose: AccountTokenPurpose): Promise<AccountTokenRow> {
    const token = tokenInput.trim();
    const now = this.deps.clock.now();
    const claimed = token === "" ? undefined : await tokens.claim(tx, sha256(token), purpose, now);
    if (claimed) return claimed;
    const found = token === "" ? undefined : await tokens.byHash(tx, sha256(token));
    // A row claimed by a concurrent use between the two statements reads as used.
    throw linkProblem(purpose, accountTokenProblem(found, purpose, now) ?? "USED");
  }
}

/** NOT_FOUND for a link that names nothing, CONFLICT for a used or expired one; `reason` tells them apart. */
function linkProblem(purpose: AccountTokenPurpose, problem: AccountTokenProblem): DomainError {
  const reason = problem === "NOT_FOUND" ? "LINK_NOT_VALID" : problem === "USED" ? "LINK_USED" : "LINK_EXPIRED";
  return new DomainError(problem === "NOT_FOUND" ? "NOT_FOUND" : "CONFLICT", accountTokenMessage(purpose, problem), undefined, {
    reason,
  });
}
