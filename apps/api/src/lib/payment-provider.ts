import { eq, isNull, and } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { paymentCharges } from "../db/schema/index.js";

/** A card payment provider. Charges happen outside database transactions. */
export interface ChargeRequest {
  token: string;
  amountCents: number;
  currency: string;
  description: string;
  /** The provider must charge once per key, however often it is asked. */
  idempotencyKey: string;
  /** What the charge pays for, echoed back by the provider's webhook events. */
  metadata?: Record<string, string>;
  /** Keep the card for later charges without the customer (subscriptions): the result's savedToken. */
  saveCard?: boolean;
  /** The customer is not there (renewals): a card that needs them is declined. */
  offSession?: boolean;
}

export type ChargeResult =
  | { ok: true; reference: string; savedToken?: string | null }
  | { ok: false; reason: string; nextAction?: undefined }
  /** The card needs the customer (3-D Secure): the browser completes it with the client secret, then asks again. */
  | { ok: false; reason: string; nextAction: { clientSecret: string; reference: string } };

export interface PaymentProvider {
  readonly name: string;
  /** Where the provider keeps its idempotency records; called once by createApp. */
  attach?(db: Executor): void;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** Gives a charge back in full, e.g. when the publish it paid for was taken by another request. */
  refund(reference: string): Promise<void>;
  /** What the browser needs to complete a next action; null when it never asks for one. */
  browserSettings(): { publishableKey: string; scriptUrl: string } | null;
}

export type ChargeRecord = typeof paymentCharges.$inferSelect;

/** The charges table both providers keep their memory in. */
export const chargesRepository = {
  async byKey(db: Executor, key: string): Promise<ChargeRecord | undefined> {
    const [row] = await db.select().from(paymentCharges).where(eq(paymentCharges.idempotencyKey, key)).limit(1);
    return row;
  },
  async byReference(db: Executor, reference: string): Promise<ChargeRecord | undefined> {
    const [row] = await db.select().from(paymentCharges).where(eq(paymentCharges.reference, reference)).limit(1);
    return row;
  },
  /** The first record for a key wins; returns the record that holds the key. */
  async record(db: Executor, values: typeof paymentCharges.$inferInsert): Promise<{ row: ChargeRecord; first: boolean }> {
    const [row] = await db.insert(paymentCharges).values(values).onConflictDoNothing().returning();
    if (row) return { row, first: true };
    return { row: (await this.byKey(db, values.idempotencyKey))!, first: false };
  },
  async update(db: Executor, key: string, values: Partial<typeof paymentCharges.$inferInsert>): Promise<void> {
    await db.update(paymentCharges).set(values).where(eq(paymentCharges.idempotencyKey, key));
  },
  async markRefunded(db: Executor, reference: string, at: Date): Promise<boolean> {
    const rows = await db
      .update(paymentCharges)
      .set({ refundedAt: at })
      .where(and(eq(paymentCharges.reference, reference), isNull(paymentCharges.refundedAt)))
      .returning({ key: paymentCharges.idempotencyKey });
    return rows.length > 0;
  },
};

export function resultOf(record: ChargeRecord): ChargeResult {
  if (record.status === "SUCCEEDED") return { ok: true, reference: record.reference, savedToken: record.savedToken };
  if (record.status === "REQUIRES_ACTION" && record.clientSecret !== null)
    return {
      ok: false,
      reason: "This card needs you to confirm the payment.",
      nextAction: { clientSecret: record.clientSecret, reference: record.reference },
    };
  return { ok: false, reason: record.reason ?? "Your card was declined." };
}

/**
 * The built-in test provider for the demo and tests: tok_visa succeeds, tok_chargeDeclined is
 * declined, anything else is declined as an unknown card. Its idempotency lives in the database
 * (payment_charges), so a replay after a restart charges nothing more; `charges` and `refunds`
 * only record what this process did, for tests to count.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = "test";
  readonly charges = new Map<string, ChargeRequest & { reference: string }>();
  readonly refunds = new Set<string>();
  private db: Executor | null = null;

  attach(db: Executor): void {
    this.db = db;
  }

  browserSettings() {
    return null;
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const db = this.database();
    const earlier = await chargesRepository.byKey(db, request.idempotencyKey);
    if (earlier) return resultOf(earlier);
    const ok = request.token === "tok_visa" || /^saved_tok_visa:/.test(request.token);
    const reason = request.token === "tok_chargeDeclined" ? "Your card was declined." : "This card token is not recognised.";
    const reference = `ch_test_${crypto.randomUUID().replaceAll("-", "").slice(0, 20)}`;
    const { row, first } = await chargesRepository.record(db, {
      idempotencyKey: request.idempotencyKey,
      provider: this.name,
      reference,
      status: ok ? "SUCCEEDED" : "DECLINED",
      amountCents: request.amountCents,
      currency: request.currency,
      savedToken: ok && request.saveCard ? `saved_tok_visa:${reference}` : null,
      reason: ok ? null : reason,
    });
    if (first && ok) this.charges.set(request.idempotencyKey, { ...request, reference });
    return resultOf(row);
  }

  async refund(reference: string): Promise<void> {
    this.refunds.add(reference);
    if (this.db !== null) await chargesRepository.markRefunded(this.db, reference, new Date());
  }

  /** Charges that were not refunded. */
  get keptCharges(): number {
    return [...this.charges.values()].filter((c) => !this.refunds.has(c.reference)).length;
  }

  private database(): Executor {
    if (this.db === null) throw new Error("the test payment provider is not attached to a database (createApp does it)");
    return this.db;
  }
}
