import { and, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { agencyInvitations as a, memberships, organizations, users } from "../../db/schema/index.js";

export type AgencyInvitationRow = typeof a.$inferSelect;

/** An invitation with the inviting employer's name and the inviter's name, for pages, mails and audit. */
export interface NamedAgencyInvitation {
  invitation: AgencyInvitationRow;
  clientName: string;
  inviterName: string | null;
}

/** Emails of the people of a service provider (not portal contacts): the requests it may answer were sent to one of them. */
function memberEmailsOf(serviceProviderId: string) {
  return sql`(SELECT ${users.email} FROM ${users} JOIN ${memberships} ON ${memberships.userId} = ${users.id} WHERE ${memberships.organizationId} = ${serviceProviderId} AND ${memberships.role} <> 'CONTACT')`;
}

async function named(db: Executor, where: SQL): Promise<NamedAgencyInvitation[]> {
  return db
    .select({ invitation: a, clientName: organizations.name, inviterName: users.name })
    .from(a)
    .innerJoin(organizations, eq(organizations.id, a.clientId))
    .leftJoin(users, eq(users.id, a.invitedByUserId))
    .where(where)
    .orderBy(desc(a.invitedAt), desc(a.id));
}

export const agencyInvitationsRepository = {
  async insert(db: Executor, values: typeof a.$inferInsert): Promise<AgencyInvitationRow> {
    const [row] = await db.insert(a).values(values).returning();
    return row!;
  },

  async byTokenHash(db: Executor, tokenHash: string): Promise<NamedAgencyInvitation | undefined> {
    return (await named(db, eq(a.tokenHash, tokenHash)))[0];
  },

  /** A request addressed to one of the service provider's people, or one it answered. */
  async forServiceProvider(db: Executor, id: string, serviceProviderId: string): Promise<NamedAgencyInvitation | undefined> {
    const visible = sql`(${a.serviceProviderId} = ${serviceProviderId} OR (${a.status} = 'PENDING' AND ${a.email} IN ${memberEmailsOf(serviceProviderId)}))`;
    return (await named(db, and(eq(a.id, id), visible)!))[0];
  },

  /** Pending requests from clients addressed to the service provider's people, newest first. */
  pendingForServiceProvider(db: Executor, serviceProviderId: string): Promise<NamedAgencyInvitation[]> {
    return named(db, and(eq(a.status, "PENDING"), sql`${a.email} IN ${memberEmailsOf(serviceProviderId)}`)!);
  },

  sentByClient(db: Executor, clientId: string): Promise<NamedAgencyInvitation[]> {
    return named(db, eq(a.clientId, clientId));
  },

  async forClient(db: Executor, id: string, clientId: string): Promise<NamedAgencyInvitation | undefined> {
    return (await named(db, and(eq(a.id, id), eq(a.clientId, clientId))!))[0];
  },

  /** The employer's PENDING invitation to this address (an expired one still counts: resend it instead). */
  async openFor(db: Executor, clientId: string, email: string): Promise<AgencyInvitationRow | undefined> {
    const [row] = await db
      .select()
      .from(a)
      .where(and(eq(a.clientId, clientId), eq(a.email, email), eq(a.status, "PENDING")))
      .limit(1);
    return row;
  },

  /** The service providers this address belongs to (as an owner, admin or member). */
  async serviceProvidersOfEmail(db: Executor, email: string): Promise<string[]> {
    const rows = await db
      .select({ id: memberships.organizationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(users.email, email), eq(organizations.kind, "SERVICE_PROVIDER"), ne(memberships.role, "CONTACT")));
    return rows.map((r) => r.id);
  },

  async user(db: Executor, userId: string | null): Promise<{ name: string; email: string } | undefined> {
    if (userId === null) return undefined;
    const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
    return row;
  },

  /**
   * Answers a PENDING invitation whose token still works: one conditional UPDATE, so of two
   * concurrent answers exactly one finds the row. The token's hash stays, so the link can say what happened.
   */
  async answer(
    db: Executor,
    id: string,
    answer: { status: "ACTIVE" | "DECLINED"; serviceProviderId: string; at: Date },
  ): Promise<AgencyInvitationRow | undefined> {
    const stillValid =
      answer.status === "ACTIVE" ? sql`${a.tokenExpiresAt} > ${answer.at.toISOString()}::timestamptz` : undefined;
    const [row] = await db
      .update(a)
      .set({ status: answer.status, serviceProviderId: answer.serviceProviderId, respondedAt: answer.at, tokenExpiresAt: null })
      .where(and(eq(a.id, id), eq(a.status, "PENDING"), stillValid))
      .returning();
    return row;
  },

  /** The employer withdraws a PENDING invitation; its link then says so, and the address may be invited again. */
  async revoke(db: Executor, id: string, at: Date): Promise<AgencyInvitationRow | undefined> {
    const [row] = await db
      .update(a)
      .set({ status: "REVOKED", respondedAt: at, tokenExpiresAt: null })
      .where(and(eq(a.id, id), eq(a.status, "PENDING")))
      .returning();
    return row;
  },

  async setConnection(db: Executor, id: string, connectionId: string): Promise<void> {
    await db.update(a).set({ connectionId }).where(eq(a.id, id));
  },

  async replaceToken(db: Executor, id: string, tokenHash: string, expiresAt: Date): Promise<AgencyInvitationRow | undefined> {
    const [row] = await db
      .update(a)
      .set({ tokenHash, tokenExpiresAt: expiresAt })
      .where(and(eq(a.id, id), eq(a.status, "PENDING")))
      .returning();
    return row;
  },
};
