import { aliasedTable, and, desc, eq, ilike, inArray, isNotNull, lt, or, sql, type SQL } from "drizzle-orm";
import { containsPattern } from "../../lib/like.js";
import type { Executor } from "../../db/client.js";
import { clientConnections as c, memberships, organizations, users } from "../../db/schema/index.js";

export type ConnectionRow = typeof c.$inferSelect;

const OPEN = ["PENDING", "ACTIVE"] as const;
const agency = aliasedTable(organizations, "agency");
const company = aliasedTable(organizations, "company");

/** Emails of the members of an employer: the invitations it may answer were sent to one of them. */
function memberEmailsOf(employerId: string) {
  return sql`(SELECT ${users.email} FROM ${users} JOIN ${memberships} ON ${memberships.userId} = ${users.id} WHERE ${memberships.organizationId} = ${employerId})`;
}

/** documenso-style scope: the connections an employer may see, so another company's row is never loaded. */
function visibleToEmployer(employerId: string): SQL {
  return or(eq(c.clientId, employerId), sql`${c.invitedEmail} IN ${memberEmailsOf(employerId)}`)!;
}

/** A connection with the two organizations' names, for messages and audit summaries. */
export interface NamedConnection {
  connection: ConnectionRow;
  serviceProviderName: string;
  clientName: string | null;
}

async function withNames(db: Executor, where: SQL): Promise<NamedConnection | undefined> {
  const [row] = await db
    .select({ connection: c, serviceProviderName: agency.name, clientName: company.name })
    .from(c)
    .innerJoin(agency, eq(agency.id, c.serviceProviderId))
    .leftJoin(company, eq(company.id, c.clientId))
    .where(where)
    .limit(1);
  return row;
}

export interface ClientsQuery {
  serviceProviderId: string;
  status: SQL | undefined;
  search: string | null;
  after: { invitedAt: Date; id: string } | null;
  limit: number;
}

export const connectionsRepository = {
  async insert(db: Executor, values: typeof c.$inferInsert): Promise<ConnectionRow> {
    const [row] = await db.insert(c).values(values).returning();
    return row!;
  },

  async byIds(db: Executor, ids: readonly string[]): Promise<ConnectionRow[]> {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(c)
      .where(inArray(c.id, [...ids]));
  },

  forServiceProvider(db: Executor, id: string, serviceProviderId: string) {
    return withNames(db, and(eq(c.id, id), eq(c.serviceProviderId, serviceProviderId))!);
  },

  forEmployer(db: Executor, id: string, employerId: string) {
    return withNames(db, and(eq(c.id, id), visibleToEmployer(employerId))!);
  },

  forClient(db: Executor, id: string, clientId: string) {
    return withNames(db, and(eq(c.id, id), eq(c.clientId, clientId))!);
  },

  byTokenHash(db: Executor, tokenHash: string) {
    return withNames(db, eq(c.tokenHash, tokenHash));
  },

  /**
   * An open (PENDING or ACTIVE) connection of this service provider for the email, or for the
   * company: one with that name, one with the employer the email's account belongs to, or an
   * invitation to another member of that employer.
   */
  async openClash(db: Executor, serviceProviderId: string, email: string, companyName: string) {
    const employersOfEmail = sql`(SELECT ${memberships.organizationId} FROM ${memberships} JOIN ${users} ON ${users.id} = ${memberships.userId} JOIN ${organizations} ON ${organizations.id} = ${memberships.organizationId} WHERE ${users.email} = ${email} AND ${organizations.kind} = 'EMPLOYER')`;
    const colleagues = sql`(SELECT ${users.email} FROM ${users} JOIN ${memberships} ON ${memberships.userId} = ${users.id} WHERE ${memberships.organizationId} IN ${employersOfEmail})`;
    const [row] = await db
      .select({ invitedEmail: c.invitedEmail, invitedCompanyName: c.invitedCompanyName, status: c.status })
      .from(c)
      .where(
        and(
          eq(c.serviceProviderId, serviceProviderId),
          inArray(c.status, [...OPEN]),
          or(
            eq(c.invitedEmail, email),
            sql`lower(${c.invitedCompanyName}) = lower(${companyName})`,
            sql`${c.clientId} IN ${employersOfEmail}`,
            sql`${c.invitedEmail} IN ${colleagues}`,
          ),
        ),
      )
      // The email's own invitation first: it gives the clearest message.
      .orderBy(sql`${c.invitedEmail} = ${email} DESC`)
      .limit(1);
    return row;
  },

  async openForClient(db: Executor, serviceProviderId: string, clientId: string): Promise<boolean> {
    const [row] = await db
      .select({ id: c.id })
      .from(c)
      .where(and(eq(c.serviceProviderId, serviceProviderId), eq(c.clientId, clientId), inArray(c.status, [...OPEN])))
      .limit(1);
    return row !== undefined;
  },

  async names(
    db: Executor,
    serviceProviderId: string,
    clientId: string | null,
  ): Promise<{ serviceProvider: string; client: string | null }> {
    const ids = clientId === null ? [serviceProviderId] : [serviceProviderId, clientId];
    const rows = await db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(inArray(organizations.id, ids));
    const nameOf = (id: string | null) => rows.find((r) => r.id === id)?.name ?? null;
    return { serviceProvider: nameOf(serviceProviderId) ?? "", client: nameOf(clientId) };
  },

  /** The name of the person who sent an invitation; null when unknown or the account is gone. */
  async userName(db: Executor, userId: string | null): Promise<string | null> {
    if (userId === null) return null;
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
    return row?.name ?? null;
  },

  async accountExists(db: Executor, email: string): Promise<boolean> {
    const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
    return row !== undefined;
  },

  /**
   * Only a PENDING invitation whose token is still valid: a second accept of the same token finds
   * nothing. The token's hash stays, so the used link can say it was already accepted.
   */
  async accept(db: Executor, id: string, clientId: string, at: Date): Promise<ConnectionRow | undefined> {
    const [row] = await db
      .update(c)
      .set({ status: "ACTIVE", clientId, respondedAt: at, tokenExpiresAt: null })
      .where(
        and(
          eq(c.id, id),
          eq(c.status, "PENDING"),
          isNotNull(c.tokenHash),
          sql`${c.tokenExpiresAt} > ${at.toISOString()}::timestamptz`,
        ),
      )
      .returning();
    return row;
  },

  async decline(db: Executor, id: string, at: Date): Promise<ConnectionRow | undefined> {
    const [row] = await db
      .update(c)
      .set({ status: "DECLINED", respondedAt: at, tokenExpiresAt: null })
      .where(and(eq(c.id, id), eq(c.status, "PENDING")))
      .returning();
    return row;
  },

  async revoke(db: Executor, id: string): Promise<ConnectionRow | undefined> {
    const [row] = await db
      .update(c)
      .set({ status: "REVOKED", tokenHash: null, tokenExpiresAt: null })
      .where(and(eq(c.id, id), inArray(c.status, [...OPEN])))
      .returning();
    return row;
  },

  async replaceToken(db: Executor, id: string, tokenHash: string, expiresAt: Date): Promise<ConnectionRow | undefined> {
    const [row] = await db
      .update(c)
      .set({ tokenHash, tokenExpiresAt: expiresAt })
      .where(and(eq(c.id, id), eq(c.status, "PENDING")))
      .returning();
    return row;
  },

  /** Newest first, keyset on (invitedAt, id). */
  async clientsPage(db: Executor, q: ClientsQuery): Promise<ConnectionRow[]> {
    const pattern = q.search === null ? null : containsPattern(q.search);
    return db
      .select()
      .from(c)
      .where(
        and(
          eq(c.serviceProviderId, q.serviceProviderId),
          q.status,
          pattern === null
            ? undefined
            : or(
                ilike(c.invitedCompanyName, pattern),
                ilike(c.invitedEmail, pattern),
                sql`${c.clientId} IN (SELECT ${organizations.id} FROM ${organizations} WHERE ${organizations.name} ILIKE ${pattern})`,
              ),
          q.after === null
            ? undefined
            : or(lt(c.invitedAt, q.after.invitedAt), and(eq(c.invitedAt, q.after.invitedAt), lt(c.id, q.after.id))),
        ),
      )
      .orderBy(desc(c.invitedAt), desc(c.id))
      .limit(q.limit);
  },

  async forEmployerList(db: Executor, employerId: string, status: SQL | undefined): Promise<ConnectionRow[]> {
    return db
      .select()
      .from(c)
      .where(and(visibleToEmployer(employerId), status))
      .orderBy(desc(c.invitedAt), desc(c.id));
  },
};
