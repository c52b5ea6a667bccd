import { and, asc, eq, gte, lt } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "../../db/client.js";
import { creditEntries, creditLots, jobs, organizations, portals, purchases, users } from "../../db/schema/index.js";

const clients = alias(organizations, "client");

export const usageRepository = {
  /** An organization's PUBLISH entries in [from, to), each with its job, client, publisher and the purchase behind its lot. */
  async spends(db: Executor, organizationId: string, from: Date, to: Date) {
    return db
      .select({
        entryId: creditEntries.id,
        at: creditEntries.createdAt,
        amount: creditEntries.amount,
        jobId: jobs.id,
        jobTitle: jobs.title,
        clientId: clients.id,
        clientName: clients.name,
        publishedByName: users.name,
        purchaseAmountCents: purchases.amountCents,
        purchaseCredits: purchases.credits,
      })
      .from(creditEntries)
      .innerJoin(jobs, eq(jobs.id, creditEntries.jobId))
      .innerJoin(clients, eq(clients.id, jobs.employerId))
      .leftJoin(users, eq(users.id, creditEntries.actorUserId))
      .leftJoin(creditLots, eq(creditLots.id, creditEntries.lotId))
      .leftJoin(purchases, eq(purchases.id, creditLots.purchaseId))
      .where(
        and(
          eq(creditEntries.organizationId, organizationId),
          eq(creditEntries.kind, "PUBLISH"),
          gte(creditEntries.createdAt, from),
          lt(creditEntries.createdAt, to),
        ),
      )
      .orderBy(asc(creditEntries.id));
  },

  async letterhead(db: Executor, organizationId: string): Promise<{ name: string; logoUrl: string | null } | undefined> {
    const [row] = await db
      .select({ name: organizations.name, logoUrl: portals.logoUrl })
      .from(organizations)
      .leftJoin(portals, eq(portals.serviceProviderId, organizations.id))
      .where(eq(organizations.id, organizationId))
      .limit(1);
    return row;
  },
};
