import { and, asc, count, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { memberships, organizations, sessions, teamInvitations, users } from "../../db/schema/index.js";
import type { MembershipRole } from "../../auth/viewer.js";

export type TeamInvitationRow = typeof teamInvitations.$inferSelect;

/** Open: neither accepted nor cancelled (it may still have expired). */
const open = and(isNull(teamInvitations.acceptedAt), isNull(teamInvitations.canceledAt));

export const teamRepository = {
  /** The team: every membership except client contacts' portal accounts (R9). */
  async members(db: Executor, organizationId: string) {
    return db
      .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organizationId), ne(memberships.role, "CONTACT")))
      .orderBy(asc(memberships.createdAt));
  },

  async membership(db: Executor, organizationId: string, userId: string) {
    const [row] = await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)))
      .limit(1);
    return row;
  },

  /** Locks the organization's owner rows so two owners stepping down at once cannot leave none. */
  async ownerCount(db: Executor, organizationId: string): Promise<number> {
    const rows = await db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "OWNER")))
      .for("update");
    return rows.length;
  },

  async setRole(db: Executor, organizationId: string, userId: string, role: MembershipRole): Promise<void> {
    await db
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  },

  /** Removes the membership and ends the sessions acting for that organization. */
  async removeMember(db: Executor, organizationId: string, userId: string): Promise<void> {
    await db.delete(sessions).where(and(eq(sessions.organizationId, organizationId), eq(sessions.userId, userId)));
    await db.delete(memberships).where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  },

  async isMemberByEmail(db: Executor, organizationId: string, email: string): Promise<boolean> {
    const [row] = await db
      .select({ n: count() })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organizationId), eq(users.email, email)));
    return (row?.n ?? 0) > 0;
  },

  async openInvitations(db: Executor, organizationId: string): Promise<TeamInvitationRow[]> {
    return db
      .select()
      .from(teamInvitations)
      .where(and(eq(teamInvitations.organizationId, organizationId), open))
      .orderBy(asc(teamInvitations.createdAt));
  },

  async insertInvitation(
    db: Executor,
    values: {
      organizationId: string;
      email: string;
      role: MembershipRole;
      tokenHash: string;
      invitedByUserId: string;
      expiresAt: Date;
    },
  ): Promise<TeamInvitationRow | undefined> {
    const [row] = await db.insert(teamInvitations).values(values).onConflictDoNothing().returning();
    return row;
  },

  async openInvitation(db: Executor, organizationId: string, id: string): Promise<TeamInvitationRow | undefined> {
    const [row] = await db
      .select()
      .from(teamInvitations)
      .where(and(eq(teamInvitations.id, id), eq(teamInvitations.organizationId, organizationId), open))
      .limit(1);
    return row;
  },

  async replaceToken(db: Executor, id: string, tokenHash: string, expiresAt: Date): Promise<TeamInvitationRow | undefined> {
    const [row] = await db
      .update(teamInvitations)
      .set({ tokenHash, expiresAt })
      .where(and(eq(teamInvitations.id, id), open))
      .returning();
    return row;
  },

  async cancel(db: Executor, id: string, at: Date): Promise<boolean> {
    const rows = await db
      .update(teamInvitations)
      .set({ canceledAt: at })
      .where(and(eq(teamInvitations.id, id), open))
      .returning({ id: teamInvitations.id });
    return rows.length > 0;
  },

  async byTokenHash(db: Executor, tokenHash: string) {
    const [row] = await db
      .select({ invitation: teamInvitations, organizationName: organizations.name, organizationKind: organizations.kind })
      .from(teamInvitations)
      .innerJoin(organizations, eq(organizations.id, teamInvitations.organizationId))
      .where(eq(teamInvitations.tokenHash, tokenHash))
      .limit(1);
    return row;
  },

  /**
   * Takes the invitation in one conditional UPDATE: of two accepts at the same moment the second
   * finds accepted_at already set (PostgreSQL re-checks the WHERE after the first commits) and gets nothing.
   */
  async claim(db: Executor, tokenHash: string, userId: string, now: Date): Promise<TeamInvitationRow | undefined> {
    const [row] = await db
      .update(teamInvitations)
      .set({ acceptedAt: now, acceptedByUserId: userId })
      .where(
        and(
          eq(teamInvitations.tokenHash, tokenHash),
          open,
          gt(teamInvitations.expiresAt, sql`${now.toISOString()}::timestamptz`),
        ),
      )
      .returning();
    return row;
  },
};
