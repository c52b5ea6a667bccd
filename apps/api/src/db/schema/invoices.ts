import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { organizations } from "./identity.js";
import { purchases } from "./billing.js";
import { jobs } from "./jobs.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const invoiceKind = pgEnum("invoice_kind", ["TAX_INVOICE", "ADJUSTMENT_NOTE"]);

/**
 * The last number issued per seller and document kind. issue_invoice (db/functions.ts) takes the
 * next one by updating this row inside the transaction that records the charge, so numbers are
 * unbroken: a rolled-back charge rolls its number back too, and concurrent charges queue on the row.
 */
export const invoiceCounters = pgTable(
  "invoice_counters",
  {
    sellerKey: text("seller_key").notNull(),
    kind: invoiceKind("kind").notNull(),
    lastNumber: integer("last_number").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerKey, t.kind] })],
);

/** R12: one tax invoice per charge, one adjustment note per refund; never changed once issued. */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sellerKey: text("seller_key").notNull(),
    kind: invoiceKind("kind").notNull(),
    sequence: integer("sequence").notNull(),
    number: text("number").notNull(),
    /** The buyer. */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    purchaseId: uuid("purchase_id").references(() => purchases.id),
    /** A card-paid publish. */
    jobId: uuid("job_id").references(() => jobs.id),
    /** An adjustment note's invoice. */
    adjustsInvoiceId: uuid("adjusts_invoice_id").references((): AnyPgColumn => invoices.id),
    /** The provider's refund (or dispute) an adjustment note records. */
    refundReference: text("refund_reference"),
    sellerName: text("seller_name").notNull(),
    sellerAbn: text("seller_abn"),
    buyerName: text("buyer_name").notNull(),
    description: text("description").notNull(),
    quantity: integer("quantity").notNull().default(1),
    /** GST inclusive; an adjustment note's is the amount given back (positive). */
    amountCents: integer("amount_cents").notNull(),
    gstCents: integer("gst_cents").notNull(),
    currency: text("currency").notNull(),
    paymentReference: text("payment_reference"),
    issuedAt: ts("issued_at").notNull(),
  },
  (t) => [
    uniqueIndex("invoices_sequence_key").on(t.sellerKey, t.kind, t.sequence),
    uniqueIndex("invoices_number_key").on(t.sellerKey, t.number),
    uniqueIndex("invoices_one_per_purchase")
      .on(t.purchaseId)
      .where(sql`kind = 'TAX_INVOICE'`),
    uniqueIndex("invoices_one_per_job")
      .on(t.jobId)
      .where(sql`kind = 'TAX_INVOICE'`),
    uniqueIndex("invoices_one_note_per_refund")
      .on(t.refundReference)
      .where(sql`kind = 'ADJUSTMENT_NOTE'`),
    index("invoices_org_idx").on(t.organizationId, t.issuedAt),
    check("invoices_amount_not_negative", sql`${t.amountCents} >= 0`),
    check("invoices_note_names_invoice", sql`(${t.kind} = 'ADJUSTMENT_NOTE') = (${t.adjustsInvoiceId} IS NOT NULL)`),
  ],
);

/**
 * A payment provider's charges by our idempotency key: the built-in provider's whole memory, and
 * Stripe's PaymentIntent per key, so a replay after a restart asks Stripe about the same intent.
 */
export const paymentCharges = pgTable("payment_charges", {
  idempotencyKey: text("idempotency_key").primaryKey(),
  provider: text("provider").notNull(),
  reference: text("reference").notNull(),
  /** SUCCEEDED, DECLINED or REQUIRES_ACTION. */
  status: text("status").notNull(),
  amountCents: integer("amount_cents").notNull(),
  currency: text("currency").notNull(),
  clientSecret: text("client_secret"),
  /** A card saved for off-session charges (renewals). */
  savedToken: text("saved_token"),
  reason: text("reason"),
  createdAt: ts("created_at").notNull().defaultNow(),
  refundedAt: ts("refunded_at"),
});

/** Webhook events already applied, by the provider's event id: each is applied once. */
export const paymentEvents = pgTable("payment_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  receivedAt: ts("received_at").notNull().defaultNow(),
});
