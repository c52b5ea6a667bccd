import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { organizations, users } from "./identity.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const planKind = pgEnum("plan_kind", ["PAY_AS_YOU_GO", "JOB_PACK", "SUBSCRIPTION"]);
/** PENDING lives only between claiming the idempotency key and the provider's answer; the API never shows it. */
export const purchaseStatus = pgEnum("purchase_status", ["PENDING", "SUCCEEDED", "DECLINED"]);
export const creditEntryKind = pgEnum("credit_entry_kind", [
  "PURCHASE",
  "PLAN_GRANT",
  "PUBLISH",
  "REFUND",
  "EXPIRY",
  "ADJUSTMENT",
]);
/** What a purchase does: buy credits (pay-as-you-go, packs) or start, change or renew a subscription. */
export const purchaseKind = pgEnum("purchase_kind", ["CREDITS", "SUBSCRIBE", "UPGRADE", "DOWNGRADE", "RESUME", "RENEWAL"]);
/** CANCELED: renewal stopped, credits usable until the period's end, then EXPIRED. */
export const subscriptionStatus = pgEnum("subscription_status", ["ACTIVE", "CANCELED", "EXPIRED"]);

export const pricingPlans = pgTable(
  "pricing_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: planKind("kind").notNull(),
    credits: integer("credits").notNull(),
    priceCents: integer("price_cents").notNull(),
    currency: text("currency").notNull().default("AUD"),
    creditValidityDays: integer("credit_validity_days"),
    sortOrder: integer("sort_order").notNull().default(0),
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    uniqueIndex("pricing_plans_code_key").on(t.code),
    check("pricing_plans_credits_positive", sql`${t.credits} > 0`),
    check("pricing_plans_price_not_negative", sql`${t.priceCents} >= 0`),
  ],
);

export const purchases = pgTable(
  "purchases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    planId: uuid("plan_id")
      .notNull()
      .references(() => pricingPlans.id),
    quantity: integer("quantity").notNull(),
    credits: integer("credits").notNull(),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull(),
    status: purchaseStatus("status").notNull(),
    kind: purchaseKind("kind").notNull().default("CREDITS"),
    /** The subscription it changes or renews (null for credits and for a new subscription until it exists). */
    subscriptionId: uuid("subscription_id").references((): AnyPgColumn => subscriptions.id),
    /** UPGRADE/DOWNGRADE/RESUME: the plan in force when the purchase was asked for; completion re-checks it. */
    fromPlanId: uuid("from_plan_id").references(() => pricingPlans.id),
    receiptNumber: text("receipt_number"),
    paymentReference: text("payment_reference"),
    idempotencyKey: text("idempotency_key").notNull(),
    /** The request the key was first used with; a replay with another one is a CONFLICT. */
    requestFingerprint: text("request_fingerprint").notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
    completedAt: ts("completed_at"),
    /** While PENDING: the card needs the buyer (3-D Secure); the SPA completes it with Stripe.js. */
    clientSecret: text("client_secret"),
    /** Money given back so far (refunds, lost disputes). */
    refundedCents: integer("refunded_cents").notNull().default(0),
    /** A dispute is open: the purchase's unspent credits are held. */
    disputedAt: ts("disputed_at"),
  },
  (t) => [
    uniqueIndex("purchases_idempotency_key").on(t.organizationId, t.idempotencyKey),
    uniqueIndex("purchases_receipt_number_key").on(t.receiptNumber),
    index("purchases_org_created_idx").on(t.organizationId, t.createdAt),
  ],
);

/**
 * One row per subscription; at most one live (ACTIVE or CANCELED) per organization. The row is also
 * the renewal schedule: it is due when current_period_end <= now, and a scheduler claims it by
 * setting renewal_locked_until with FOR UPDATE SKIP LOCKED, so several API processes never renew
 * the same period twice.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    planId: uuid("plan_id")
      .notNull()
      .references(() => pricingPlans.id),
    /** A downgrade that takes effect at the next renewal. */
    pendingPlanId: uuid("pending_plan_id").references(() => pricingPlans.id),
    status: subscriptionStatus("status").notNull(),
    /** Periods are whole calendar months from this instant (domain plans/subscription.ts). */
    anchorAt: ts("anchor_at").notNull(),
    periodIndex: integer("period_index").notNull().default(0),
    currentPeriodStart: ts("current_period_start").notNull(),
    currentPeriodEnd: ts("current_period_end").notNull(),
    /** The provider token renewals are charged with. */
    paymentToken: text("payment_token").notNull(),
    /** Shown to the customer, e.g. why the subscription ended. */
    notice: text("notice"),
    /** Claimed by a scheduler until then; after a declined renewal, the time of the next try. */
    renewalLockedUntil: ts("renewal_locked_until"),
    /** Declined renewal attempts of the current (overdue) period (domain renewalRetryAt). */
    renewalAttempts: integer("renewal_attempts").notNull().default(0),
    createdAt: ts("created_at").notNull().defaultNow(),
    canceledAt: ts("canceled_at"),
    endedAt: ts("ended_at"),
  },
  (t) => [
    uniqueIndex("subscriptions_one_live_per_org")
      .on(t.organizationId)
      .where(sql`${t.status} <> 'EXPIRED'`),
    index("subscriptions_due_idx")
      .on(t.currentPeriodEnd)
      .where(sql`${t.status} <> 'EXPIRED'`),
    index("subscriptions_org_idx").on(t.organizationId, t.createdAt),
  ],
);

export const creditLots = pgTable(
  "credit_lots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    planKind: planKind("plan_kind").notNull(),
    purchaseId: uuid("purchase_id").references(() => purchases.id),
    granted: integer("granted").notNull(),
    remaining: integer("remaining").notNull(),
    /** Unspent credits set aside while the purchase that granted them is disputed. */
    held: integer("held").notNull().default(0),
    expiresAt: ts("expires_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("credit_lots_remaining_in_range", sql`${t.remaining} >= 0 AND ${t.remaining} <= ${t.granted}`),
    check("credit_lots_held_in_range", sql`${t.held} >= 0 AND ${t.remaining} + ${t.held} <= ${t.granted}`),
    index("credit_lots_spend_idx").on(t.organizationId, t.expiresAt),
    /** The expiry sweep's schedule: lots with credits left, by expiry. */
    index("credit_lots_expiry_idx")
      .on(t.expiresAt)
      .where(sql`${t.remaining} > 0 AND ${t.expiresAt} IS NOT NULL`),
  ],
);

export const creditEntries = pgTable(
  "credit_entries",
  {
    /** Also the ledger's order: entries are never updated or deleted (R3). */
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    kind: creditEntryKind("kind").notNull(),
    amount: integer("amount").notNull(),
    balanceAfter: integer("balance_after").notNull(),
    lotId: uuid("lot_id").references(() => creditLots.id),
    purchaseId: uuid("purchase_id").references(() => purchases.id),
    jobId: uuid("job_id"),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("credit_entries_amount_not_zero", sql`${t.amount} <> 0`),
    check("credit_entries_balance_not_negative", sql`${t.balanceAfter} >= 0`),
    index("credit_entries_org_idx").on(t.organizationId, t.id),
    // The ledger's own guard against charging a job twice (R2), behind publish_job's row lock.
    uniqueIndex("credit_entries_one_publish_per_job")
      .on(t.jobId)
      .where(sql`kind = 'PUBLISH'`),
  ],
);
