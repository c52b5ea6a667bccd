import type Stripe from "stripe";
import type { Tx } from "../../db/client.js";
import { paymentEvents } from "../../db/schema/index.js";
import { chargesRepository, type ChargeResult } from "../../lib/payment-provider.js";
import { outcomeOf } from "../../lib/stripe-provider.js";
import { log } from "../../lib/log.js";
import type { ServiceDeps } from "../deps.js";
import type { MailService } from "../mail/mail.service.js";
import type { BillingService } from "./billing.service.js";
import { billingRepository } from "./billing.repository.js";
import type { InvoiceService } from "./invoices.service.js";
import { RefundsService } from "./refunds.service.js";

export type EventOutcome = "applied" | "duplicate" | "ignored";

const idOf = (value: string | { id: string } | null | undefined): string | null =>
  value === null || value === undefined ? null : typeof value === "string" ? value : value.id;

/**
 * Stripe's webhook events, each applied once (its id is claimed in the same transaction as its
 * effects) and in any order: every handler reads the current state under a lock and only moves
 * it forward, so a success that arrives before the API's own answer completes the purchase once,
 * and a late or repeated event changes nothing.
 */
export class PaymentEventsService {
  private readonly refunds: RefundsService;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: { billing: BillingService; invoices: InvoiceService; mail: MailService },
  ) {
    this.refunds = new RefundsService(deps, peers);
  }

  async apply(event: Stripe.Event): Promise<EventOutcome> {
    const after: (() => Promise<void>)[] = [];
    const result = await this.deps.db.transaction(async (tx) => {
      const [claimed] = await tx
        .insert(paymentEvents)
        .values({ id: event.id, type: event.type, receivedAt: this.deps.clock.now() })
        .onConflictDoNothing()
        .returning();
      if (!claimed) return { outcome: "duplicate" as const, mail: [] as string[] };
      const mail = await this.dispatch(tx, event, after);
      return { outcome: mail === null ? ("ignored" as const) : ("applied" as const), mail: mail ?? [] };
    });
    this.peers.mail.deliverSoon(result.mail);
    for (const task of after) await task().catch((e: unknown) => log.error("after payment event failed", { error: String(e) }));
    return result.outcome;
  }

  /** Returns the mail to deliver, or null for an event this server does not act on. */
  private async dispatch(tx: Tx, event: Stripe.Event, after: (() => Promise<void>)[]): Promise<string[] | null> {
    switch (event.type) {
      case "payment_intent.succeeded":
      case "payment_intent.payment_failed": {
        const intent = event.data.object;
        const outcome = outcomeOf(intent);
        await chargesRepository.update(tx, (await chargesRepository.byReference(tx, intent.id))?.idempotencyKey ?? "", outcome);
        const purchaseId = intent.metadata?.purchaseId ?? (await billingRepository.purchaseIdByReference(tx, intent.id));
        if (!purchaseId) return [];
        const charge: ChargeResult =
          outcome.status === "SUCCEEDED"
            ? { ok: true, reference: intent.id, savedToken: outcome.savedToken }
            : { ok: false, reason: outcome.reason ?? "The card was declined." };
        // A failure the customer may still fix (another 3-D Secure try) is not final.
        if (!charge.ok && intent.status !== "canceled" && intent.status !== "requires_payment_method") return [];
        const giveBack = await this.peers.billing.settleFromProvider(tx, purchaseId, charge);
        if (giveBack) after.push(giveBack);
        return [];
      }
      case "charge.refunded": {
        const charge = event.data.object;
        const intentId = idOf(charge.payment_intent) ?? charge.id;
        const purchaseId = charge.metadata?.purchaseId ?? (await billingRepository.purchaseIdByReference(tx, intentId));
        if (purchaseId) {
          // Refunded before the success was heard: settle the success first, so the refund has its purchase.
          await this.peers.billing.settleFromProvider(tx, purchaseId, { ok: true, reference: intentId });
          return this.refunds.purchaseRefunded(tx, purchaseId, charge.id, charge.amount_refunded);
        }
        const jobId = charge.metadata?.jobId;
        if (jobId) return this.refunds.publishRefunded(tx, jobId, intentId, charge.id, charge.amount_refunded);
        return [];
      }
      case "charge.dispute.created":
      case "charge.dispute.closed": {
        const dispute = event.data.object;
        const intentId = idOf(dispute.payment_intent);
        const purchaseId = intentId === null ? undefined : await billingRepository.purchaseIdByReference(tx, intentId);
        if (!purchaseId) return [];
        if (event.type === "charge.dispute.created") return this.refunds.disputeOpened(tx, purchaseId, dispute.amount);
        if (dispute.status !== "won" && dispute.status !== "lost") return [];
        return this.refunds.disputeClosed(tx, purchaseId, dispute.id, dispute.status === "won", dispute.amount);
      }
      default:
        return null;
    }
  }
}
