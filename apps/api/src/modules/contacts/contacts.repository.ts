import { and, count, desc, eq, gt, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { clientConnections, contacts, memberships, organizations, users } from "../../db/schema/index.js";
import { containsPattern } from "../../lib/like.js";

export type ContactRow = typeof contacts.$inferSelect;
export type PortalAccountStatusValue = ContactRow["portalStatus"];

export interface ContactsQuery {
  serviceProviderId: string;
  status: PortalAccountStatusValue | null;
  search: string | null;
}

function matching(q: ContactsQuery): SQL | undefined {
  const pattern = q.search === null ? null : containsPattern(q.search);
  return and(
    eq(contacts.serviceProviderId, q.serviceProviderId),
    q.status === null ? undefined : eq(contacts.portalStatus, q.status),
    pattern === null
      ? undefined
      : or(
          ilike(contacts.name, pattern),
          ilike(contacts.email, pattern),
          sql`${contacts.companyId} IN (SELECT ${organizations.id} FROM ${organizations} WHERE ${organizations.name} ILIKE ${pattern})`,
        ),
  );
}

/** R9: a service provider's contacts at its client companies, and their portal accounts. */
export const contactsRepository = {
  async insert(db: Executor, values: typeof contacts.$inferInsert): Promise<ContactRow> {
    const [row] = await db.insert(contacts).values(values).returning();
    return row!;
  },

  async update(db: Executor, id: string, values: Partial<typeof contacts.$inferInsert>): Promise<ContactRow> {
    const [row] = await db.update(contacts).set(values).where(eq(contacts.id, id)).returning();
    return row!;
  },

  async byIdForProvider(db: Executor, id: string, serviceProviderId: string, forUpdate = false): Promise<ContactRow | undefined> {
    const query = db
      .select()
      .from(contacts)
      .where(and(eq(contacts.id, id), eq(contacts.serviceProviderId, serviceProviderId)));
    const [row] = forUpdate ? await query.for("update") : await query;
    return row;
  },

  async page(
    db: Executor,
    q: ContactsQuery & { after: { createdAt: Date; id: string } | null; limit: number },
  ): Promise<ContactRow[]> {
    return db
      .select()
      .from(contacts)
      .where(
        and(
          matching(q),
          q.after === null
            ? undefined
            : or(
                lt(contacts.createdAt, q.after.createdAt),
                and(eq(contacts.createdAt, q.after.createdAt), lt(contacts.id, q.after.id)),
              ),
        ),
      )
      .orderBy(desc(contacts.createdAt), desc(contacts.id))
      .limit(q.limit);
  },

  async count(db: Executor, q: ContactsQuery): Promise<number> {
    const [row] = await db.select({ n: count() }).from(contacts).where(matching(q));
    return row?.n ?? 0;
  },

  /** Whether the company is this service provider's client through an ACTIVE connection (R6). */
  async isActiveClient(db: Executor, serviceProviderId: string, companyId: string): Promise<boolean> {
    const [row] = await db
      .select({ id: clientConnections.id })
      .from(clientConnections)
      .where(
        and(
          eq(clientConnections.serviceProviderId, serviceProviderId),
          eq(clientConnections.clientId, companyId),
          eq(clientConnections.status, "ACTIVE"),
        ),
      )
      .limit(1);
    return row !== undefined;
  },

  /** The contact an unexpired activation link belongs to, locked. */
  async byInvitation(db: Executor, tokenHash: string, now: Date, forUpdate = false): Promise<ContactRow | undefined> {
    const query = db
      .select()
      .from(contacts)
      .where(and(eq(contacts.invitationTokenHash, tokenHash), gt(contacts.invitationExpiresAt, now)));
    const [row] = forUpdate ? await query.for("update") : await query;
    return row;
  },

  /** The contact row behind a portal account in a company (a user is one company's contact for one agency). */
  async forPortalUser(db: Executor, userId: string, companyId: string): Promise<ContactRow | undefined> {
    const [row] = await db
      .select()
      .from(contacts)
      .where(and(eq(contacts.userId, userId), eq(contacts.companyId, companyId)))
      .orderBy(desc(contacts.activatedAt))
      .limit(1);
    return row;
  },

  async linkedTo(db: Executor, userId: string): Promise<ContactRow[]> {
    return db.select().from(contacts).where(eq(contacts.userId, userId));
  },

  async organizationName(db: Executor, id: string): Promise<string | null> {
    const [row] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, id));
    return row?.name ?? null;
  },

  async updateOrganization(
    db: Executor,
    id: string,
    values: { name: string; phone: string | null; website: string | null; address: string | null },
  ) {
    const [row] = await db.update(organizations).set(values).where(eq(organizations.id, id)).returning();
    return row!;
  },

  /** The service provider's people, told when a contact submits a vacancy. */
  async memberEmails(db: Executor, organizationId: string): Promise<string[]> {
    const rows = await db
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.role, ["OWNER", "ADMIN", "MEMBER"])));
    return rows.map((r) => r.email);
  },
};
