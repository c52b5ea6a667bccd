import { hash } from "@node-rs/argon2";
import {
  DomainError,
  INVITABLE_ROLES,
  POLICY,
  ACTIONS,
  badInput,
  isEmail,
  memberChangeProblem,
  normalizeEmail,
  passwordProblem,
  teamInvitationExpiry,
} from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { MembershipRole, Viewer } from "../../auth/viewer.js";
import type { Tx } from "../../db/client.js";
import { newSecret, sha256 } from "../../lib/secrets.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import type { MailService } from "../mail/mail.service.js";
import { EmailTakenError, identityRepository } from "./identity.repository.js";
import type { IdentityService, StartedSession } from "./identity.service.js";
import { teamInvitationEmail } from "./team-email.js";
import { teamRepository as repo, type TeamInvitationRow } from "./team.repository.js";

interface Peers {
  identity: IdentityService;
  audit: AuditService;
  mail: MailService;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_VALID = "This invitation link is not valid or was cancelled.";
const USED = "This invitation link has already been used.";

export interface TeamInvitationPreview {
  organizationName: string;
  email: string;
  role: MembershipRole;
  accountExists: boolean;
}

/** Colleagues: invitations by email, roles, removal and ownership (issue 18). */
export class TeamService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: Peers,
  ) {}

  async team(viewer: Viewer | null) {
    assertCan(viewer, "members.read");
    const { db } = this.deps;
    const [members, invitations] = await Promise.all([
      repo.members(db, viewer.organizationId),
      repo.openInvitations(db, viewer.organizationId),
    ]);
    return { members, invitations: invitations.map((i) => present(i, this.deps.clock.now())) };
  }

  /** What each role may do in the viewer's kind of organization, read from the one table (auth/policy). */
  permissions(viewer: Viewer) {
    return ACTIONS.flatMap((action) => {
      const rule = POLICY[action];
      if (!(rule.kinds as readonly string[]).includes(viewer.organizationKind)) return [];
      const roles = rule.roles.filter((r) => r !== "CONTACT");
      return [{ action, label: rule.label, roles, needsVerifiedEmail: "verified" in rule && rule.verified === true }];
    });
  }

  async invite(viewer: Viewer | null, emailInput: string, role: MembershipRole) {
    assertCan(viewer, "members.manage");
    const email = normalizeEmail(emailInput);
    if (!isEmail(email)) throw badInput({ email: "Enter a valid email address." });
    if (!(INVITABLE_ROLES as readonly string[]).includes(role)) throw badInput({ role: "Choose Admin or Member." });
    const { db, clock } = this.deps;
    const now = clock.now();
    const token = newSecret();
    const expiresAt = teamInvitationExpiry(now);
    const organizationName = await this.organizationName(viewer.organizationId);
    const { row, mailId } = await db.transaction(async (tx) => {
      if (await repo.isMemberByEmail(tx, viewer.organizationId, email)) {
        throw new DomainError("CONFLICT", `${email} is already a member of ${organizationName}.`);
      }
      const row = await repo.insertInvitation(tx, {
        organizationId: viewer.organizationId,
        email,
        role,
        tokenHash: sha256(token),
        invitedByUserId: viewer.userId,
        expiresAt,
      });
      if (!row) throw new DomainError("CONFLICT", `${email} already has an open invitation: resend it instead.`);
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "members.invite",
        summary: `Invited ${email} to the team as ${roleWord(role)}`,
      });
      const mailId = await this.peers.mail.enqueue(
        tx,
        teamInvitationEmail({ publicUrl: this.deps.config.publicUrl, token, organizationName, email, role, expiresAt }),
      );
      return { row, mailId };
    });
    this.peers.mail.deliverSoon([mailId]);
    return present(row, now);
  }

  /** A new link and a new period; the old link stops working. */
  async resend(viewer: Viewer | null, id: string) {
    assertCan(viewer, "members.manage");
    const { db, clock } = this.deps;
    const found = UUID.test(id) ? await repo.openInvitation(db, viewer.organizationId, id) : undefined;
    if (!found) throw new DomainError("NOT_FOUND", "No such open invitation.");
    const now = clock.now();
    const token = newSecret();
    const expiresAt = teamInvitationExpiry(now);
    const organizationName = await this.organizationName(viewer.organizationId);
    const { row, mailId } = await db.transaction(async (tx) => {
      const row = await repo.replaceToken(tx, id, sha256(token), expiresAt);
      if (!row) throw new DomainError("CONFLICT", "This invitation was accepted or cancelled meanwhile.");
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "members.resendInvitation",
        summary: `Resent the team invitation to ${row.email}`,
      });
      const mailId = await this.peers.mail.enqueue(
        tx,
        teamInvitationEmail({
          publicUrl: this.deps.config.publicUrl,
          token,
          organizationName,
          email: row.email,
          role: row.role,
          expiresAt,
        }),
      );
      return { row, mailId };
    });
    this.peers.mail.deliverSoon([mailId]);
    return present(row, now);
  }

  async cancel(viewer: Viewer | null, id: string): Promise<boolean> {
    assertCan(viewer, "members.manage");
    const { db, clock } = this.deps;
    const found = UUID.test(id) ? await repo.openInvitation(db, viewer.organizationId, id) : undefined;
    if (!found) throw new DomainError("NOT_FOUND", "No such open invitation.");
    await db.transaction(async (tx) => {
      if (!(await repo.cancel(tx, id, clock.now()))) throw new DomainError("CONFLICT", "This invitation was accepted meanwhile.");
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "members.cancelInvitation",
        summary: `Cancelled the team invitation to ${found.email}`,
      });
    });
    return true;
  }

  async changeRole(viewer: Viewer | null, userId: string, role: MembershipRole) {
    assertCan(viewer, "members.manage");
    await this.changeMember(viewer, userId, role);
    return this.member(viewer.organizationId, userId);
  }

  async remove(viewer: Viewer | null, userId: string): Promise<boolean> {
    assertCan(viewer, "members.manage");
    if (userId === viewer.userId) throw new DomainError("CONFLICT", "To leave the team yourself, use Leave.");
    await this.changeMember(viewer, userId, null);
    return true;
  }

  /** Anyone may leave, except the organization's last owner. */
  async leave(viewer: Viewer | null): Promise<boolean> {
    assertCan(viewer, "members.read");
    await this.deps.db.transaction(async (tx) => {
      const owners = await repo.ownerCount(tx, viewer.organizationId);
      if (viewer.role === "OWNER" && owners <= 1) {
        throw new DomainError("CONFLICT", "The organization's last owner cannot leave: transfer ownership first.");
      }
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "members.leave",
        summary: "Left the team",
      });
      await repo.removeMember(tx, viewer.organizationId, viewer.userId);
    });
    return true;
  }

  /** The member becomes an owner and the viewer steps down to admin, in one transaction. */
  async transferOwnership(viewer: Viewer | null, userId: string) {
    assertCan(viewer, "members.transferOwnership");
    if (userId === viewer.userId) throw badInput({ userId: "Choose another member." });
    await this.deps.db.transaction(async (tx) => {
      await repo.ownerCount(tx, viewer.organizationId);
      const target = UUID.test(userId) ? await repo.membership(tx, viewer.organizationId, userId) : undefined;
      if (!target || target.role === "CONTACT") throw new DomainError("NOT_FOUND", "No such team member.");
      await repo.setRole(tx, viewer.organizationId, userId, "OWNER");
      await repo.setRole(tx, viewer.organizationId, viewer.userId, "ADMIN");
      const [user] = await identityRepository.usersByIds(tx, [userId]);
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: "members.transferOwnership",
        summary: `Handed ownership to ${user?.email ?? userId}`,
      });
    });
    return repo.members(this.deps.db, viewer.organizationId);
  }

  async preview(token: string): Promise<TeamInvitationPreview> {
    const { db } = this.deps;
    const found = await this.usable(db, token);
    return {
      organizationName: found.organizationName,
      email: found.invitation.email,
      role: found.invitation.role,
      accountExists: await this.peers.identity.accountExists(found.invitation.email),
    };
  }

  /** A signed-in person accepts: they join (keeping their other organizations) and the session acts for the new one. */
  async accept(viewer: Viewer | null, token: string): Promise<Viewer> {
    if (viewer === null) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
    const { organizationKind } = await this.usable(this.deps.db, token);
    return this.deps.db.transaction(async (tx) => {
      const invitation = await this.claim(tx, token, viewer.userId);
      await this.peers.identity.join(tx, viewer.userId, invitation.organizationId, invitation.role);
      // An access token stays with its own organization; a session moves to the one just joined.
      if (viewer.sessionId === null) return viewer;
      await this.peers.identity.actFor(tx, viewer.sessionId, invitation.organizationId);
      const { role } = (await repo.membership(tx, invitation.organizationId, viewer.userId))!;
      return { ...viewer, organizationId: invitation.organizationId, organizationKind, role, accessing: null };
    });
  }

  /** A new person signs up from the mailed link: the address is the invitation's, so it counts as verified. */
  async signUp(input: { token: string; name: string; password: string }): Promise<StartedSession> {
    const name = input.name.trim();
    const problems: Record<string, string> = {};
    if (name === "" || name.length > 120) problems.name = "Enter your name.";
    const password = passwordProblem(input.password);
    if (password !== null) problems.password = password;
    if (Object.keys(problems).length > 0) throw badInput(problems);
    const found = await this.usable(this.deps.db, input.token);
    if (await this.peers.identity.accountExists(found.invitation.email)) {
      throw new DomainError("CONFLICT", "This email already has an account: sign in, then accept the invitation.");
    }
    const passwordHash = await hash(input.password);
    try {
      return await this.deps.db.transaction(async (tx) => {
        const user = await identityRepository.insertUser(tx, {
          email: found.invitation.email,
          name,
          passwordHash,
          emailVerifiedAt: this.deps.clock.now(),
        });
        const invitation = await this.claim(tx, input.token, user.id);
        await this.peers.identity.join(tx, user.id, invitation.organizationId, invitation.role);
        return this.peers.identity.startSessionWithin(tx, user.id, invitation.organizationId);
      });
    } catch (e) {
      if (e instanceof EmailTakenError)
        throw new DomainError("CONFLICT", "This email already has an account: sign in, then accept the invitation.");
      throw e;
    }
  }

  private async claim(tx: Tx, token: string, userId: string): Promise<TeamInvitationRow> {
    const now = this.deps.clock.now();
    const claimed = token.trim() === "" ? undefined : await repo.claim(tx, sha256(token.trim()), userId, now);
    if (claimed) return claimed;
    await this.usable(tx, token); // throws the reason
    throw linkUsed();
  }

  /** The invitation behind a link, or the clear reason it cannot be used. */
  private async usable(db: Tx | ServiceDeps["db"], token: string) {
    const found = token.trim() === "" ? undefined : await repo.byTokenHash(db, sha256(token.trim()));
    if (!found || found.invitation.canceledAt !== null) throw new DomainError("NOT_FOUND", NOT_VALID);
    if (found.invitation.acceptedAt !== null) throw linkUsed();
    if (found.invitation.expiresAt <= this.deps.clock.now()) {
      // `reason` tells an expired link from a used one, as account and agency links do.
      throw new DomainError(
        "CONFLICT",
        `This invitation link has expired. Ask ${found.organizationName} to send it again.`,
        undefined,
        { reason: "LINK_EXPIRED" },
      );
    }
    return found;
  }

  private async changeMember(viewer: Viewer, userId: string, newRole: MembershipRole | null): Promise<void> {
    await this.deps.db.transaction(async (tx) => {
      const owners = await repo.ownerCount(tx, viewer.organizationId);
      const target = UUID.test(userId) ? await repo.membership(tx, viewer.organizationId, userId) : undefined;
      if (!target) throw new DomainError("NOT_FOUND", "No such team member.");
      const problem = memberChangeProblem({ actorRole: viewer.role, targetRole: target.role, newRole, owners });
      if (problem !== null)
        throw new DomainError(newRole === "OWNER" || newRole === "CONTACT" ? "BAD_USER_INPUT" : "CONFLICT", problem);
      const [user] = await identityRepository.usersByIds(tx, [userId]);
      const who = user?.email ?? userId;
      if (newRole === null) await repo.removeMember(tx, viewer.organizationId, userId);
      else await repo.setRole(tx, viewer.organizationId, userId, newRole);
      await this.peers.audit.record(tx, viewer, {
        organizationId: viewer.organizationId,
        action: newRole === null ? "members.remove" : "members.changeRole",
        summary: newRole === null ? `Removed ${who} from the team` : `Made ${who} ${roleWord(newRole)}`,
      });
    });
  }

  private async member(organizationId: string, userId: string) {
    const members = await repo.members(this.deps.db, organizationId);
    const found = members.find((m) => m.userId === userId);
    if (!found) throw new DomainError("NOT_FOUND", "No such team member.");
    return found;
  }

  private async organizationName(id: string): Promise<string> {
    const [org] = await this.peers.identity.organizationsByIds([id]);
    return org?.name ?? "the organization";
  }
}

function roleWord(role: MembershipRole): string {
  return role === "ADMIN" ? "an admin" : role === "OWNER" ? "an owner" : "a member";
}

function present(row: TeamInvitationRow, now: Date) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invitedAt: row.createdAt,
    expiresAt: row.expiresAt,
    expired: row.expiresAt <= now,
  };
}

function linkUsed(): DomainError {
  return new DomainError("CONFLICT", USED, undefined, { reason: "LINK_USED" });
}
