/** A card payment provider. Charges happen outside database transactions. */
export interface ChargeRequest {
  token: string;
  amountCents: number;
  currency: string;
  description: string;
  /** The provider must charge once per key, however often it is asked. */
  idempotencyKey: string;
}

export type ChargeResult = { ok: true; reference: string } | { ok: false; reason: string };

export interface PaymentProvider {
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** Gives a charge back in full, e.g. when the publish it paid for was taken by another request. */
  refund(reference: string): Promise<void>;
}

/**
 * The built-in test provider: tok_visa succeeds, tok_chargeDeclined is declined, anything else
 * is declined as an unknown card. It records charges so tests can count them.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly charges = new Map<string, ChargeRequest & { reference: string }>();
  readonly refunds = new Set<string>();

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const earlier = this.charges.get(request.idempotencyKey);
    if (earlier) return { ok: true, reference: earlier.reference };
    if (request.token === "tok_visa") {
      const reference = `ch_test_${this.charges.size + 1}_${request.idempotencyKey.slice(0, 8)}`;
      this.charges.set(request.idempotencyKey, { ...request, reference });
      return { ok: true, reference };
    }
    if (request.token === "tok_chargeDeclined") return { ok: false, reason: "Your card was declined." };
    return { ok: false, reason: "This card token is not recognised." };
  }

  async refund(reference: string): Promise<void> {
    this.refunds.add(reference);
  }

  /** Charges that were not refunded. */
  get keptCharges(): number {
    return [...this.charges.values()].filter((c) => !this.refunds.has(c.reference)).length;
  }
}
