import Stripe from "stripe";
import type { Executor } from "../db/client.js";
import { chargesRepository, resultOf, type ChargeRequest, type ChargeResult, type PaymentProvider } from "./payment-provider.js";

export interface StripeSettings {
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  /** Where the browser loads Stripe.js from (https://js.stripe.com/v3/ unless a stand-in serves it). */
  jsUrl: string;
  /** Another address for Stripe's API (a local stand-in in tests); Stripe's own when null. */
  api: { host: string; port: number; protocol: "http" | "https" } | null;
}

/** A saved card for off-session charges: the customer and its payment method. */
const SAVED = /^(cus_[A-Za-z0-9_]+):(pm_[A-Za-z0-9_]+)$/;

/**
 * Stripe through its official SDK: each charge is a PaymentIntent created and confirmed at once
 * with our idempotency key, and remembered by that key in payment_charges, so a replay (or the
 * browser's return from 3-D Secure) asks Stripe about the same intent instead of making another.
 * Webhook events (http/stripe-webhook.ts) settle whatever the API did not see itself.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = "stripe";
  readonly stripe: Stripe;
  private db: Executor | null = null;

  constructor(readonly settings: StripeSettings) {
    this.stripe = new Stripe(settings.secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      appInfo: { name: "job-ads-credit-sharing" },
      ...(settings.api ?? {}),
    });
  }

  attach(db: Executor): void {
    this.db = db;
  }

  browserSettings() {
    return { publishableKey: this.settings.publishableKey, scriptUrl: this.settings.jsUrl };
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const db = this.database();
    const earlier = await chargesRepository.byKey(db, request.idempotencyKey);
    if (earlier)
      return earlier.status === "REQUIRES_ACTION" ? this.refresh(earlier.idempotencyKey, earlier.reference) : resultOf(earlier);

    const saved = SAVED.exec(request.token);
    let customer = saved?.[1];
    if (customer === undefined && request.saveCard) {
      const created = await this.stripe.customers.create(
        { description: request.metadata?.organizationId ?? undefined, metadata: request.metadata ?? {} },
        { idempotencyKey: `${request.idempotencyKey}:customer` },
      );
      customer = created.id;
    }
    let intent: Stripe.PaymentIntent;
    try {
      intent = await this.stripe.paymentIntents.create(
        {
          amount: request.amountCents,
          currency: request.currency.toLowerCase(),
          description: request.description,
          metadata: request.metadata ?? {},
          payment_method: saved?.[2] ?? request.token,
          automatic_payment_methods: { enabled: true, allow_redirects: "never" },
          confirm: true,
          ...(customer === undefined ? {} : { customer }),
          ...(request.saveCard && !request.offSession ? { setup_future_usage: "off_session" as const } : {}),
          ...(request.offSession ? { off_session: true } : {}),
        },
        { idempotencyKey: request.idempotencyKey },
      );
    } catch (error) {
      // A declined card, or a payment method Stripe does not know (a bad token from the browser).
      const unknownCard = error instanceof Stripe.errors.StripeInvalidRequestError && error.param === "payment_method";
      if (!(error instanceof Stripe.errors.StripeCardError) && !unknownCard) throw error;
      const reference = (error.payment_intent as { id?: string } | undefined)?.id ?? `declined:${request.idempotencyKey}`;
      const { row } = await chargesRepository.record(db, {
        idempotencyKey: request.idempotencyKey,
        provider: this.name,
        reference,
        status: "DECLINED",
        amountCents: request.amountCents,
        currency: request.currency,
        reason: unknownCard ? "This card is not recognised." : error.message || "Your card was declined.",
      });
      return resultOf(row);
    }
    const { row } = await chargesRepository.record(db, {
      idempotencyKey: request.idempotencyKey,
      provider: this.name,
      ...outcomeOf(intent),
      amountCents: request.amountCents,
      currency: request.currency,
    });
    return resultOf(row);
  }

  async refund(reference: string): Promise<void> {
    await this.stripe.refunds.create({ payment_intent: reference }, { idempotencyKey: `refund:${reference}` });
    if (this.db !== null) await chargesRepository.markRefunded(this.db, reference, new Date());
  }

  /** Asks Stripe how an intent that needed the customer ended, and remembers it. */
  private async refresh(key: string, reference: string): Promise<ChargeResult> {
    const intent = await this.stripe.paymentIntents.retrieve(reference);
    const outcome = outcomeOf(intent);
    await chargesRepository.update(this.database(), key, outcome);
    return resultOf({ ...(await chargesRepository.byKey(this.database(), key))!, ...outcome });
  }

  private database(): Executor {
    if (this.db === null) throw new Error("the Stripe provider is not attached to a database (createApp does it)");
    return this.db;
  }
}

/** An intent's state as payment_charges keeps it. */
export function outcomeOf(intent: Stripe.PaymentIntent) {
  const pm = typeof intent.payment_method === "string" ? intent.payment_method : (intent.payment_method?.id ?? null);
  const customer = typeof intent.customer === "string" ? intent.customer : (intent.customer?.id ?? null);
  const base = {
    reference: intent.id,
    clientSecret: null as string | null,
    savedToken: null as string | null,
    reason: null as string | null,
  };
  switch (intent.status) {
    case "succeeded":
    case "processing":
      return { ...base, status: "SUCCEEDED", savedToken: customer !== null && pm !== null ? `${customer}:${pm}` : null };
    case "requires_action":
    case "requires_confirmation":
      return { ...base, status: "REQUIRES_ACTION", clientSecret: intent.client_secret };
    default:
      return { ...base, status: "DECLINED", reason: intent.last_payment_error?.message ?? "The payment was not completed." };
  }
}
