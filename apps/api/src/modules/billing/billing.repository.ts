import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import { rowFromRecord, rowsOf, type Executor } from "../../db/client.js";
import {
  creditEntries,
  creditLots,
  memberships,
  organizations,
  pricingPlans,
  purchases,
  subscriptions,
  users,
} from "../../db/schema/index.js";
import { creditBalanceAsOf } from "./balance-as-of.js";

export type PlanRow = typeof pricingPlans.$inferSelect;
export type PurchaseRow = typeof purchases.$inferSelect;
export type CreditEntryRow = typeof creditEntries.$inferSelect;
export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type CreditLotRow = typeof creditLots.$inferSelect;
type EntryKind = CreditEntryRow["kind"];

/** Lots of an organization whose credits must leave by an EXPIRY entry at `now` (domain isLotDueForExpiry). */
const dueLots = (now: Date) => and(gt(creditLots.remaining, 0), lte(creditLots.expiresAt, now));
const live = ne(subscriptions.status, "EXPIRED");

export const billingRepository = {
  async activePlans(db: Executor): Promise<PlanRow[]> {
    return db.select().from(pricingPlans).where(eq(pricingPlans.active, true)).orderBy(asc(pricingPlans.sortOrder));
  },

  async planByCode(db: Executor, code: string): Promise<PlanRow | undefined> {
    const [row] = await db.select().from(pricingPlans).where(eq(pricingPlans.code, code)).limit(1);
    return row;
  },

  async plansByIds(db: Executor, ids: readonly string[]): Promise<PlanRow[]> {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(pricingPlans)
      .where(inArray(pricingPlans.id, [...ids]));
  },

  /** Claims the idempotency key; returns null when the key was already used. */
  async claimPurchase(db: Executor, values: typeof purchases.$inferInsert): Promise<PurchaseRow | null> {
    const [row] = await db.insert(purchases).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  async purchaseByKey(db: Executor, organizationId: string, idempotencyKey: string): Promise<PurchaseRow | undefined> {
    const [row] = await db
      .select()
      .from(purchases)
      .where(and(eq(purchases.organizationId, organizationId), eq(purchases.idempotencyKey, idempotencyKey)))
      .limit(1);
    return row;
  },

  /** Moves a PENDING purchase to its outcome; null when another request already did. */
  async completePurchase(
    db: Executor,
    id: string,
    outcome: {
      status: "SUCCEEDED" | "DECLINED";
      receiptNumber: string | null;
      paymentReference: string | null;
      completedAt: Date;
    },
  ): Promise<PurchaseRow | null> {
    const [row] = await db
      .update(purchases)
      .set(outcome)
      .where(and(eq(purchases.id, id), eq(purchases.status, "PENDING")))
      .returning();
    return row ?? null;
  },

  async purchaseForOrganization(db: Executor, organizationId: string, id: string): Promise<PurchaseRow | undefined> {
    const [row] = await db
      .select()
      .from(purchases)
      .where(and(eq(purchases.id, id), eq(purchases.organizationId, organizationId)))
      .limit(1);
    return row;
  },

  /** Who is told about the organization's billing: its owners. */
  async ownerEmails(db: Executor, organizationId: string): Promise<{ email: string; name: string }[]> {
    return db
      .select({ email: users.email, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "OWNER")));
  },

  /** A pending purchase whose card needs its holder: the browser completes it with this secret. */
  async setPendingAction(db: Executor, purchaseId: string, clientSecret: string, paymentReference: string): Promise<void> {
    await db
      .update(purchases)
      .set({ clientSecret, paymentReference })
      .where(and(eq(purchases.id, purchaseId), eq(purchases.status, "PENDING")));
  },

  async lockPurchase(db: Executor, id: string): Promise<PurchaseRow | undefined> {
    const [row] = await db.select().from(purchases).where(eq(purchases.id, id)).for("update");
    return row;
  },

  async purchaseIdByReference(db: Executor, paymentReference: string): Promise<string | undefined> {
    const [row] = await db
      .select({ id: purchases.id })
      .from(purchases)
      .where(eq(purchases.paymentReference, paymentReference))
      .limit(1);
    return row?.id;
  },

  async updatePurchase(db: Executor, id: string, values: Partial<typeof purchases.$inferInsert>): Promise<void> {
    await db.update(purchases).set(values).where(eq(purchases.id, id));
  },

  /** The lots a purchase granted, locked (the organization row must be locked first). */
  async lockLotsOfPurchase(db: Executor, purchaseId: string): Promise<CreditLotRow[]> {
    return db.select().from(creditLots).where(eq(creditLots.purchaseId, purchaseId)).orderBy(asc(creditLots.id)).for("update");
  },

  /**
   * Moves credits of one lot between usable and held (or out, for a refund) with one ledger entry:
   * `usable` changes the lot's remaining and the balance, `held` its held credits. The caller
   * locked the organization row first, as every spend and grant does.
   */
  async moveLotCredits(
    db: Executor,
    move: { lot: CreditLotRow; usable: number; held: number; kind: EntryKind; purchaseId: string; at: Date },
  ): Promise<void> {
    await db
      .update(creditLots)
      .set({ remaining: sql`${creditLots.remaining} + ${move.usable}`, held: sql`${creditLots.held} + ${move.held}` })
      .where(eq(creditLots.id, move.lot.id));
    if (move.usable === 0) return;
    const [org] = await db
      .update(organizations)
      .set({ creditBalance: sql`${organizations.creditBalance} + ${move.usable}` })
      .where(eq(organizations.id, move.lot.organizationId))
      .returning({ balance: organizations.creditBalance });
    await db.insert(creditEntries).values({
      organizationId: move.lot.organizationId,
      kind: move.kind,
      amount: move.usable,
      balanceAfter: org!.balance,
      lotId: move.lot.id,
      purchaseId: move.purchaseId,
      createdAt: move.at,
    });
  },

  async setReceiptNumber(db: Executor, purchaseId: string, receiptNumber: string): Promise<void> {
    await db.update(purchases).set({ receiptNumber }).where(eq(purchases.id, purchaseId));
  },

  async setPurchaseSubscription(db: Executor, purchaseId: string, subscriptionId: string): Promise<void> {
    await db.update(purchases).set({ subscriptionId }).where(eq(purchases.id, purchaseId));
  },

  /** Gives an idempotency key back when the purchase it claimed was refunded before completing. */
  async deletePendingPurchase(db: Executor, id: string): Promise<void> {
    await db.delete(purchases).where(and(eq(purchases.id, id), eq(purchases.status, "PENDING")));
  },

  async purchasesOf(db: Executor, organizationId: string): Promise<PurchaseRow[]> {
    return db
      .select()
      .from(purchases)
      .where(and(eq(purchases.organizationId, organizationId), ne(purchases.status, "PENDING")))
      .orderBy(desc(purchases.createdAt), desc(purchases.id))
      .limit(200);
  },

  /** Adds a lot and its ledger entry; the balance moves in the same statement that returns it. */
  async grantCredits(
    db: Executor,
    grant: {
      organizationId: string;
      amount: number;
      kind: EntryKind;
      planKind: PlanRow["kind"];
      purchaseId: string | null;
      expiresAt: Date | null;
      actorUserId: string | null;
      at: Date;
    },
  ): Promise<CreditEntryRow> {
    const [lot] = await db
      .insert(creditLots)
      .values({
        organizationId: grant.organizationId,
        planKind: grant.planKind,
        purchaseId: grant.purchaseId,
        granted: grant.amount,
        remaining: grant.amount,
        expiresAt: grant.expiresAt,
        createdAt: grant.at,
      })
      .returning({ id: creditLots.id });
    const [org] = await db
      .update(organizations)
      .set({ creditBalance: sql`${organizations.creditBalance} + ${grant.amount}` })
      .where(eq(organizations.id, grant.organizationId))
      .returning({ balance: organizations.creditBalance });
    const [entry] = await db
      .insert(creditEntries)
      .values({
        organizationId: grant.organizationId,
        kind: grant.kind,
        amount: grant.amount,
        balanceAfter: org!.balance,
        lotId: lot!.id,
        purchaseId: grant.purchaseId,
        actorUserId: grant.actorUserId,
        createdAt: grant.at,
      })
      .returning();
    return entry!;
  },

  /** Organizations among `ids` (all when null) holding credits that are due to expire at `now`. */
  async organizationsWithDueLots(db: Executor, ids: readonly string[] | null, now: Date, limit = 500): Promise<string[]> {
    if (ids !== null && ids.length === 0) return [];
    const rows = await db
      .selectDistinct({ organizationId: creditLots.organizationId })
      .from(creditLots)
      .where(and(dueLots(now), ids === null ? undefined : inArray(creditLots.organizationId, [...ids])))
      .limit(limit);
    return rows.map((r) => r.organizationId);
  },

  /**
   * Empties the organization's lots whose expiry has come, each with an EXPIRY entry carrying
   * balanceAfter. The organization row is locked first, as every spend and grant does, and the due
   * lots are re-read under that lock, so two callers never expire the same credits twice.
   */
  async expireDueLots(db: Executor, organizationId: string, now: Date): Promise<CreditEntryRow[]> {
    // One implementation, in SQL, shared with publish_job (db/functions.ts).
    const rows = rowsOf<Record<string, unknown>>(
      await db.execute(sql`SELECT * FROM expire_due_lots(${organizationId}::uuid, ${now.toISOString()}::timestamptz)`),
    );
    return rows.map((r) => rowFromRecord(creditEntries, r));
  },

  /** Balances as of `now` (creditBalanceAsOf): nothing is written. */
  async balances(db: Executor, ids: readonly string[], now: Date): Promise<{ id: string; balance: number }[]> {
    if (ids.length === 0) return [];
    return db
      .select({ id: organizations.id, balance: creditBalanceAsOf(now) })
      .from(organizations)
      .where(inArray(organizations.id, [...ids]));
  },

  /** Lots with credits left, in the order spends take them. */
  async usableLots(db: Executor, organizationId: string, now: Date): Promise<CreditLotRow[]> {
    return db
      .select()
      .from(creditLots)
      .where(
        and(
          eq(creditLots.organizationId, organizationId),
          gt(creditLots.remaining, 0),
          or(isNull(creditLots.expiresAt), gt(creditLots.expiresAt, now)),
        ),
      )
      .orderBy(sql`${creditLots.expiresAt} ASC NULLS LAST`, asc(creditLots.createdAt), asc(creditLots.id));
  },

  // ------------------------------------------------------------------ subscriptions

  async liveSubscription(db: Executor, organizationId: string): Promise<SubscriptionRow | undefined> {
    const [row] = await db
      .select()
      .from(subscriptions)
      .where(and(eq(subscriptions.organizationId, organizationId), live))
      .limit(1);
    return row;
  },

  /** The live subscription, else the one that ended last. */
  async latestSubscription(db: Executor, organizationId: string): Promise<SubscriptionRow | undefined> {
    const [row] = await db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.organizationId, organizationId))
      .orderBy(
        sql`CASE WHEN ${subscriptions.status} = 'EXPIRED' THEN 1 ELSE 0 END`,
        desc(subscriptions.createdAt),
        desc(subscriptions.id),
      )
      .limit(1);
    return row;
  },

  async lockSubscription(db: Executor, id: string): Promise<SubscriptionRow | undefined> {
    const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, id)).for("update");
    return row;
  },

  /** Null when the organization already has a live subscription (one live per organization). */
  async insertSubscription(db: Executor, values: typeof subscriptions.$inferInsert): Promise<SubscriptionRow | null> {
    const [row] = await db.insert(subscriptions).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },

  async updateSubscription(
    db: Executor,
    id: string,
    values: Partial<typeof subscriptions.$inferInsert>,
  ): Promise<SubscriptionRow> {
    const [row] = await db.update(subscriptions).set(values).where(eq(subscriptions.id, id)).returning();
    return row!;
  },

  /** Stops renewal; null unless it was ACTIVE. */
  async cancelSubscription(db: Executor, id: string, at: Date): Promise<SubscriptionRow | null> {
    const [row] = await db
      .update(subscriptions)
      .set({ status: "CANCELED", canceledAt: at, pendingPlanId: null })
      .where(and(eq(subscriptions.id, id), eq(subscriptions.status, "ACTIVE")))
      .returning();
    return row ?? null;
  },

  /**
   * Claims one live subscription whose period has ended (of one organization, or any), marking it
   * for `until`. FOR UPDATE SKIP LOCKED lets concurrent schedulers pass each other by, and the mark
   * keeps a claimed row from being taken again until it is done or the claimer died.
   */
  async claimDueSubscription(
    db: Executor,
    now: Date,
    until: Date,
    organizationId: string | null = null,
  ): Promise<SubscriptionRow | null> {
    const next = db
      .select({ id: subscriptions.id })
      .from(subscriptions)
      .where(
        and(
          live,
          lte(subscriptions.currentPeriodEnd, now),
          or(isNull(subscriptions.renewalLockedUntil), lte(subscriptions.renewalLockedUntil, now)),
          organizationId === null ? undefined : eq(subscriptions.organizationId, organizationId),
        ),
      )
      .orderBy(asc(subscriptions.currentPeriodEnd))
      .limit(1)
      .for("update", { skipLocked: true });
    const [row] = await db
      .update(subscriptions)
      .set({ renewalLockedUntil: until })
      .where(sql`${subscriptions.id} = (${next})`)
      .returning();
    return row ?? null;
  },

  async entriesPage(db: Executor, organizationId: string, limit: number, beforeId: number | null): Promise<CreditEntryRow[]> {
    return db
      .select()
      .from(creditEntries)
      .where(
        and(eq(creditEntries.organizationId, organizationId), beforeId === null ? undefined : lt(creditEntries.id, beforeId)),
      )
      .orderBy(desc(creditEntries.id))
      .limit(limit);
  },

  async setCreditSharing(db: Executor, organizationId: string, enabled: boolean) {
    const [row] = await db
      .update(organizations)
      .set({ creditSharingEnabled: enabled })
      .where(eq(organizations.id, organizationId))
      .returning();
    return row!;
  },

  /** R3 check for tests and health: stored balance, the ledger's sum and the lots' remaining credits. */
  async ledgerTotals(db: Executor, organizationId: string) {
    const [org] = await db
      .select({ balance: organizations.creditBalance })
      .from(organizations)
      .where(eq(organizations.id, organizationId));
    const [entries] = await db
      .select({ sum: sql<number>`COALESCE(SUM(${creditEntries.amount}), 0)::int` })
      .from(creditEntries)
      .where(eq(creditEntries.organizationId, organizationId));
    const [lots] = await db
      .select({ sum: sql<number>`COALESCE(SUM(${creditLots.remaining}), 0)::int` })
      .from(creditLots)
      .where(eq(creditLots.organizationId, organizationId));
    return { balance: org?.balance ?? 0, ledgerSum: entries?.sum ?? 0, lotsRemaining: lots?.sum ?? 0 };
  },
};
