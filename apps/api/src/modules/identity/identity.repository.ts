import { and, desc, eq, getTableColumns, gt, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import { preparedPerDatabase, type Executor } from "../../db/client.js";
import { accessTokens, clientConnections, memberships, organizations, sessions, users } from "../../db/schema/index.js";
import type { MembershipRole, OrganizationKind } from "../../auth/viewer.js";
import { creditBalanceAsOf } from "../billing/balance-as-of.js";
import { uniqueViolation } from "../../db/unique-violation.js";

export type UserRow = typeof users.$inferSelect;
export type OrganizationRow = typeof organizations.$inferSelect;

export const identityRepository = {
  async findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
    return row;
  },

  async usersByIds(db: Executor, ids: readonly string[]): Promise<UserRow[]> {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(users)
      .where(inArray(users.id, [...ids]));
  },

  /** With creditBalance as of `now` (R4: expired lots count for nothing before the schedule writes their EXPIRY). */
  async organizationsByIds(db: Executor, ids: readonly string[], now: Date): Promise<OrganizationRow[]> {
    if (ids.length === 0) return [];
    return db
      .select({ ...getTableColumns(organizations), creditBalance: creditBalanceAsOf(now) })
      .from(organizations)
      .where(inArray(organizations.id, [...ids]));
  },

  async insertUser(
    db: Executor,
    values: { email: string; name: string; passwordHash: string; emailVerifiedAt?: Date | null },
  ): Promise<UserRow> {
    const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
    if (!row) throw new EmailTakenError();
    return row;
  },

  async insertOrganization(db: Executor, values: { kind: OrganizationKind; name: string }): Promise<OrganizationRow> {
    const [row] = await db.insert(organizations).values(values).returning();
    return row!;
  },

  async insertMembership(db: Executor, values: { userId: string; organizationId: string; role: MembershipRole }): Promise<void> {
    await db.insert(memberships).values(values);
  },

  async insertMembershipIfAbsent(
    db: Executor,
    values: { userId: string; organizationId: string; role: MembershipRole },
  ): Promise<void> {
    await db.insert(memberships).values(values).onConflictDoNothing();
  },

  async membershipsOf(db: Executor, userId: string) {
    return db
      .select({ role: memberships.role, organization: organizations })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.userId, userId))
      .orderBy(memberships.createdAt);
  },

  async insertSession(
    db: Executor,
    values: { id: string; userId: string; organizationId: string; accessingConnectionId?: string | null; expiresAt: Date },
  ): Promise<void> {
    await db.insert(sessions).values(values);
  },

  async deleteSession(db: Executor, id: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.id, id));
  },

  async deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
    const rows = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ id: sessions.id });
    return rows.length;
  },

  /** The session acts for another of the user's organizations, outside any client. */
  async setSessionOrganization(db: Executor, id: string, organizationId: string): Promise<void> {
    await db.update(sessions).set({ organizationId, accessingConnectionId: null }).where(eq(sessions.id, id));
  },

  /** Records the session's use, and the browser and address it came from when they are known. */
  async touchSession(
    db: Executor,
    id: string,
    at: Date,
    client?: { userAgent: string | null; address: string | null },
  ): Promise<void> {
    const seen = client === undefined ? {} : { userAgent: client.userAgent, clientAddress: client.address };
    await db
      .update(sessions)
      .set({ lastUsedAt: at, ...seen })
      .where(eq(sessions.id, id));
  },

  async sessionById(db: Executor, id: string) {
    const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
    return row;
  },

  /** The user's sessions that still sign in, most recently used first. */
  async activeSessionsOf(db: Executor, userId: string, now: Date) {
    return db
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
      .orderBy(sql`coalesce(${sessions.lastUsedAt}, ${sessions.createdAt}) desc`, desc(sessions.createdAt));
  },

  /** Ends one of the user's own sessions; false when the user has no such session. */
  async deleteSessionOf(db: Executor, userId: string, id: string): Promise<boolean> {
    const rows = await db
      .delete(sessions)
      .where(and(eq(sessions.id, id), eq(sessions.userId, userId)))
      .returning({ id: sessions.id });
    return rows.length > 0;
  },

  /** Ends every session of the user but `keep` (null: all of them); returns how many ended. */
  async deleteSessionsOfUser(db: Executor, userId: string, keep: string | null): Promise<number> {
    const rows = await db
      .delete(sessions)
      .where(keep === null ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.id, keep)))
      .returning({ id: sessions.id });
    return rows.length;
  },

  async membershipOf(db: Executor, userId: string, organizationId: string) {
    const [row] = await db
      .select({ role: memberships.role, organization: organizations })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(and(eq(memberships.userId, userId), eq(memberships.organizationId, organizationId)))
      .limit(1);
    return row;
  },

  async setPassword(db: Executor, userId: string, passwordHash: string): Promise<void> {
    await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
  },

  /** The address is verified; `email` becomes the user's address (an email change) when given. */
  async verifyEmail(db: Executor, userId: string, email: string, at: Date): Promise<UserRow | undefined> {
    const [row] = await db
      .update(users)
      .set({ email, emailVerifiedAt: at })
      .where(eq(users.id, userId))
      .returning()
      .catch((e: unknown) => {
        if (uniqueViolation(e) !== null) throw new EmailTakenError();
        throw e;
      });
    return row;
  },

  async setSessionAccessing(db: Executor, id: string, connectionId: string | null): Promise<void> {
    await db.update(sessions).set({ accessingConnectionId: connectionId }).where(eq(sessions.id, id));
  },

  /**
   * One round trip for every request: the session, its membership, and the accessed connection
   * only while it is still ACTIVE for the session's service provider (R7).
   */
  async sessionPrincipal(db: Executor, sessionId: string, now: Date) {
    const [row] = await sessionPrincipalQuery(db).execute({ sessionId, now: now.toISOString() });
    return row;
  },

  async tokenPrincipal(db: Executor, tokenHash: string) {
    const [row] = await db
      .select({
        tokenId: accessTokens.id,
        userId: accessTokens.userId,
        organizationId: accessTokens.organizationId,
        organizationKind: organizations.kind,
        role: memberships.role,
        emailVerifiedAt: users.emailVerifiedAt,
        lastUsedAt: accessTokens.lastUsedAt,
      })
      .from(accessTokens)
      .innerJoin(users, eq(users.id, accessTokens.userId))
      .innerJoin(
        memberships,
        and(eq(memberships.userId, accessTokens.userId), eq(memberships.organizationId, accessTokens.organizationId)),
      )
      .innerJoin(organizations, eq(organizations.id, accessTokens.organizationId))
      .where(and(eq(accessTokens.tokenHash, tokenHash), isNull(accessTokens.revokedAt)))
      .limit(1);
    return row;
  },

  async touchToken(db: Executor, id: string, at: Date): Promise<void> {
    await db.update(accessTokens).set({ lastUsedAt: at }).where(eq(accessTokens.id, id));
  },

  async insertAccessToken(db: Executor, values: { userId: string; organizationId: string; name: string; tokenHash: string }) {
    const [row] = await db.insert(accessTokens).values(values).returning();
    return row!;
  },

  async accessTokensOf(db: Executor, userId: string) {
    return db
      .select()
      .from(accessTokens)
      .where(and(eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)))
      .orderBy(desc(accessTokens.createdAt));
  },

  async revokeAccessToken(db: Executor, userId: string, id: string, at: Date): Promise<boolean> {
    const rows = await db
      .update(accessTokens)
      .set({ revokedAt: at })
      .where(and(eq(accessTokens.id, id), eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)))
      .returning({ id: accessTokens.id });
    return rows.length > 0;
  },

  /** Every personal access token of the user still working stops working (a password reset). */
  async revokeAccessTokensOfUser(db: Executor, userId: string, at: Date): Promise<number> {
    const rows = await db
      .update(accessTokens)
      .set({ revokedAt: at })
      .where(and(eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)))
      .returning({ id: accessTokens.id });
    return rows.length;
  },

  async updateOrganizationDetails(
    db: Executor,
    id: string,
    values: { name: string; phone: string | null; website: string | null; address: string | null },
  ) {
    const [row] = await db.update(organizations).set(values).where(eq(organizations.id, id)).returning();
    return row;
  },
};

export class EmailTakenError extends Error {}

/**
 * Every request reads its session, so that query is built once per database and reused: building
 * a query with four joins costs more CPU than running it. One round trip: the session, its
 * membership, and the accessed connection only while it is still ACTIVE for the session's
 * service provider (R7).
 */
const sessionPrincipalQuery = preparedPerDatabase(buildSessionPrincipalQuery);

function buildSessionPrincipalQuery(db: Executor) {
  return db
    .select({
      userId: sessions.userId,
      organizationId: sessions.organizationId,
      organizationKind: organizations.kind,
      role: memberships.role,
      emailVerifiedAt: users.emailVerifiedAt,
      accessingConnectionId: sessions.accessingConnectionId,
      lastUsedAt: sessions.lastUsedAt,
      activeConnectionId: clientConnections.id,
      activeClientId: clientConnections.clientId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(memberships, and(eq(memberships.userId, sessions.userId), eq(memberships.organizationId, sessions.organizationId)))
    .innerJoin(organizations, eq(organizations.id, sessions.organizationId))
    .leftJoin(
      clientConnections,
      and(
        eq(clientConnections.id, sessions.accessingConnectionId),
        eq(clientConnections.status, "ACTIVE"),
        eq(clientConnections.serviceProviderId, sessions.organizationId),
      ),
    )
    .where(
      and(eq(sessions.id, sql.placeholder("sessionId")), sql`${sessions.expiresAt} > ${sql.placeholder("now")}::timestamptz`),
    )
    .limit(1)
    .prepare("session_principal");
}
