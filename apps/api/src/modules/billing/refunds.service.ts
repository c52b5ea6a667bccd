import { creditsToTakeBack, formatCents } from "@app/domain";
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../db/client.js";
import { invoices as invoicesTable } from "../../db/schema/index.js";
import type { ServiceDeps } from "../deps.js";
import type { MailService } from "../mail/mail.service.js";
import { billingRepository as repo } from "./billing.repository.js";
import type { InvoiceService } from "./invoices.service.js";
import { invoicesRepository } from "./invoices.repository.js";

/**
 * Money that goes back after a charge, as the provider reports it: refunds (an adjustment note,
 * and the unspent credits the refunded money bought leave the ledger) and disputes (the
 * purchase's unspent credits are held until the dispute ends; a lost dispute is a refund). Each
 * runs in the caller's transaction and returns the mail ids to deliver after commit.
 */
export class RefundsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: { invoices: InvoiceService; mail: MailService },
  ) {}

  /**
   * A purchase's charge now has `refundedTotalCents` refunded in all (the provider's running
   * total, so events in any order and twice over settle once): what is new gets one adjustment
   * note and takes back the credits it paid for that are still unspent.
   */
  async purchaseRefunded(tx: Tx, purchaseId: string, chargeId: string, refundedTotalCents: number): Promise<string[]> {
    const now = this.deps.clock.now();
    const purchase = await repo.lockPurchase(tx, purchaseId);
    if (!purchase || purchase.status !== "SUCCEEDED") return [];
    const total = Math.min(refundedTotalCents, purchase.amountCents);
    const newly = total - purchase.refundedCents;
    if (newly <= 0) return [];
    const [invoice] = await invoicesRepository.invoiceOfPurchases(tx, [purchase.id]);
    if (invoice) {
      await this.peers.invoices.issueAdjustmentNote(
        tx,
        invoice,
        { reference: `${chargeId}:refunded:${total}`, amountCents: newly, reason: "Refund" },
        now,
      );
    }
    // Expired credits left already; the organization row is locked before its lots, as every spend does.
    await repo.expireDueLots(tx, purchase.organizationId, now);
    await lockOrganization(tx, purchase.organizationId);
    let taken = 0;
    for (const lot of await repo.lockLotsOfPurchase(tx, purchase.id)) {
      const n = creditsToTakeBack({
        credits: lot.granted,
        unspent: lot.remaining,
        amountCents: purchase.amountCents,
        refundedCents: newly,
        alreadyRefundedCents: purchase.refundedCents,
      });
      if (n > 0) await repo.moveLotCredits(tx, { lot, usable: -n, held: 0, kind: "REFUND", purchaseId: purchase.id, at: now });
      taken += n;
    }
    await repo.updatePurchase(tx, purchase.id, { refundedCents: total });
    return this.tellOwners(
      tx,
      purchase.organizationId,
      "A payment was refunded",
      `${formatCents(newly, purchase.currency)} of your payment${invoice ? ` on tax invoice ${invoice.number}` : ""} was refunded. ` +
        `${taken === 0 ? "No unspent credits were" : `${taken} unspent credit${taken === 1 ? " was" : "s were"}`} taken back; an adjustment note is in Billing.`,
    );
  }

  /** A card-paid publish's charge was refunded: one adjustment note per new refunded amount (the ad stays up). */
  async publishRefunded(
    tx: Tx,
    jobId: string,
    chargeReference: string,
    chargeId: string,
    refundedTotalCents: number,
  ): Promise<string[]> {
    const now = this.deps.clock.now();
    const job = await invoicesRepository.lockJob(tx, jobId);
    const [invoice] = await invoicesRepository.invoiceOfJobs(tx, [jobId]);
    // A charge refunded because another request published the job first has no invoice of its own.
    if (!job || !invoice || invoice.paymentReference !== chargeReference) return [];
    const [{ refunded } = { refunded: 0 }] = await tx
      .select({ refunded: sql<number>`COALESCE(SUM(${invoicesTable.amountCents}), 0)::int` })
      .from(invoicesTable)
      .where(and(eq(invoicesTable.adjustsInvoiceId, invoice.id), eq(invoicesTable.kind, "ADJUSTMENT_NOTE")));
    const total = Math.min(refundedTotalCents, invoice.amountCents);
    if (total - refunded <= 0) return [];
    await this.peers.invoices.issueAdjustmentNote(
      tx,
      invoice,
      { reference: `${chargeId}:refunded:${total}`, amountCents: total - refunded, reason: "Refund" },
      now,
    );
    return [];
  }

  /** A dispute opened: the purchase's unspent credits are held (usable again if it is won), and the owners told. */
  async disputeOpened(tx: Tx, purchaseId: string, amountCents: number): Promise<string[]> {
    const now = this.deps.clock.now();
    const purchase = await repo.lockPurchase(tx, purchaseId);
    if (!purchase || purchase.status !== "SUCCEEDED" || purchase.disputedAt !== null) return [];
    await repo.expireDueLots(tx, purchase.organizationId, now);
    await lockOrganization(tx, purchase.organizationId);
    let held = 0;
    for (const lot of await repo.lockLotsOfPurchase(tx, purchase.id)) {
      if (lot.remaining === 0) continue;
      await repo.moveLotCredits(tx, {
        lot,
        usable: -lot.remaining,
        held: lot.remaining,
        kind: "ADJUSTMENT",
        purchaseId: purchase.id,
        at: now,
      });
      held += lot.remaining;
    }
    await repo.updatePurchase(tx, purchase.id, { disputedAt: now });
    return this.tellOwners(
      tx,
      purchase.organizationId,
      "A payment is disputed",
      `Your card issuer opened a dispute of ${formatCents(amountCents, purchase.currency)} for payment ${purchase.receiptNumber ?? purchase.id}. ` +
        `${held === 0 ? "It has no unspent credits." : `Its ${held} unspent credit${held === 1 ? " is" : "s are"} held until the dispute is settled.`}`,
    );
  }

  /** A dispute ended: won, the held credits are usable again; lost, they are gone and the money is an adjustment note. */
  async disputeClosed(tx: Tx, purchaseId: string, disputeId: string, won: boolean, amountCents: number): Promise<string[]> {
    const now = this.deps.clock.now();
    const purchase = await repo.lockPurchase(tx, purchaseId);
    if (!purchase || purchase.disputedAt === null) return [];
    await lockOrganization(tx, purchase.organizationId);
    let moved = 0;
    for (const lot of await repo.lockLotsOfPurchase(tx, purchase.id)) {
      if (lot.held === 0) continue;
      const usable = won && (lot.expiresAt === null || lot.expiresAt.getTime() > now.getTime()) ? lot.held : 0;
      await repo.moveLotCredits(tx, { lot, usable, held: -lot.held, kind: "ADJUSTMENT", purchaseId: purchase.id, at: now });
      moved += lot.held;
    }
    await repo.updatePurchase(tx, purchase.id, {
      disputedAt: null,
      ...(won ? {} : { refundedCents: Math.min(purchase.amountCents, purchase.refundedCents + amountCents) }),
    });
    const [invoice] = await invoicesRepository.invoiceOfPurchases(tx, [purchase.id]);
    if (!won && invoice) {
      await this.peers.invoices.issueAdjustmentNote(
        tx,
        invoice,
        { reference: disputeId, amountCents, reason: "Dispute lost" },
        now,
      );
    }
    return this.tellOwners(
      tx,
      purchase.organizationId,
      won ? "A disputed payment was settled" : "A disputed payment was returned to the card",
      won
        ? `The dispute of payment ${purchase.receiptNumber ?? purchase.id} ended; ${moved} held credit${moved === 1 ? " is" : "s are"} usable again.`
        : `The dispute of payment ${purchase.receiptNumber ?? purchase.id} ended with the money returned to the card; ${moved} held credit${moved === 1 ? " was" : "s were"} removed. An adjustment note is in Billing.`,
    );
  }

  private async tellOwners(tx: Tx, organizationId: string, subject: string, text: string): Promise<string[]> {
    const ids: string[] = [];
    for (const owner of await repo.ownerEmails(tx, organizationId))
      ids.push(await this.peers.mail.enqueue(tx, { to: owner.email, subject, text: `Hello ${owner.name},\n\n${text}\n` }));
    return ids;
  }
}

async function lockOrganization(tx: Tx, organizationId: string): Promise<void> {
  await tx.execute(sql`SELECT 1 FROM organizations WHERE id = ${organizationId}::uuid FOR UPDATE`);
}
