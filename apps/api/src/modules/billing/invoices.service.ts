import {
  DomainError,
  INVOICE_NUMBER_DIGITS,
  INVOICE_NUMBER_PREFIX,
  buyerIdentityRequired,
  invoiceAmounts,
  type InvoiceKind,
} from "@app/domain";
import { can } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Executor } from "../../db/client.js";
import { log } from "../../lib/log.js";
import type { ServiceDeps } from "../deps.js";
import { billingRepository, type PlanRow, type PurchaseRow } from "./billing.repository.js";
import { invoicesRepository as repo, type InvoiceRequest, type InvoiceRow } from "./invoices.repository.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Seller = Pick<InvoiceRequest, "sellerKey" | "sellerName" | "sellerAbn">;

/**
 * R12: the tax invoice of every charge and the adjustment note of every refund. Issuing runs in
 * the caller's transaction (the one that records the charge), so a charge and its invoice commit
 * together; money on invoices is the truth for money, the ledger for credits.
 */
export class InvoiceService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Who sells: one sequence per seller, keyed by its ABN (else its name). */
  seller(): Seller {
    const { name, abn } = this.deps.config.seller;
    return { sellerKey: abn ?? `name:${name}`, sellerName: name, sellerAbn: abn };
  }

  private request(
    kind: InvoiceKind,
    values: Omit<InvoiceRequest, keyof Seller | "kind" | "numberPrefix" | "numberDigits" | "gstCents">,
  ) {
    return {
      ...this.seller(),
      kind,
      numberPrefix: INVOICE_NUMBER_PREFIX[kind],
      numberDigits: INVOICE_NUMBER_DIGITS,
      gstCents: invoiceAmounts(values.amountCents).gstCents,
      ...values,
    } satisfies InvoiceRequest;
  }

  /** The invoice of a successful purchase (credits, a plan, a renewal); the caller holds the purchase's lock. */
  async issueForPurchase(
    tx: Executor,
    purchase: PurchaseRow,
    plan: PlanRow,
    at: Date,
    description?: string,
  ): Promise<InvoiceRow> {
    const invoice = await repo.issue(
      tx,
      this.request("TAX_INVOICE", {
        organizationId: purchase.organizationId,
        purchaseId: purchase.id,
        jobId: null,
        adjustsInvoiceId: null,
        refundReference: null,
        description: description ?? purchaseDescription(purchase, plan),
        quantity: purchase.kind === "CREDITS" ? purchase.quantity : 1,
        amountCents: purchase.amountCents,
        currency: purchase.currency,
        paymentReference: purchase.paymentReference,
      }),
      at,
    );
    assertBuyerNamed(invoice);
    await billingRepository.setReceiptNumber(tx, purchase.id, invoice.number);
    return invoice;
  }

  /** What publish_job needs to issue a card-paid publish's invoice in the publish's own statement. */
  cardPublishInvoice(amountCents: number, currency: string): Record<string, unknown> {
    const { organizationId: _o, ...rest } = this.request("TAX_INVOICE", {
      organizationId: "",
      purchaseId: null,
      jobId: null,
      adjustsInvoiceId: null,
      refundReference: null,
      description: `Job ad "{title}" (paid by card)`,
      quantity: 1,
      amountCents,
      currency,
      paymentReference: null,
    });
    return rest;
  }

  /** The adjustment note of a refund (or a lost dispute) of `invoice`; once per refund reference. */
  async issueAdjustmentNote(
    tx: Executor,
    invoice: InvoiceRow,
    refund: { reference: string; amountCents: number; reason: string },
    at: Date,
  ): Promise<InvoiceRow> {
    return repo.issue(
      tx,
      this.request("ADJUSTMENT_NOTE", {
        organizationId: invoice.organizationId,
        purchaseId: invoice.purchaseId,
        jobId: invoice.jobId,
        adjustsInvoiceId: invoice.id,
        refundReference: refund.reference,
        description: `${refund.reason} of tax invoice ${invoice.number}: ${invoice.description}`,
        quantity: 1,
        amountCents: Math.min(refund.amountCents, invoice.amountCents),
        currency: invoice.currency,
        paymentReference: invoice.paymentReference,
      }),
      at,
    );
  }

  /** Billing: every invoice and adjustment note of the viewer's organization, newest first. */
  async invoices(viewer: Viewer | null): Promise<InvoiceRow[]> {
    if (!can(viewer, "credits.read") || viewer === null) throw new DomainError("FORBIDDEN", "Only members can see invoices.");
    return repo.ofOrganization(this.deps.db, viewer.organizationId);
  }

  /** One document of the viewer's organization (or of the client it is accessing, for a job's invoice); NOT_FOUND otherwise. */
  async invoice(viewer: Viewer | null, id: string): Promise<{ invoice: InvoiceRow; adjusts: InvoiceRow | null }> {
    if (viewer === null || !UUID.test(id)) throw noInvoice();
    const orgs = [viewer.organizationId, ...(viewer.accessing === null ? [] : [viewer.accessing.clientId])];
    let invoice: InvoiceRow | undefined;
    for (const org of orgs) invoice ??= await repo.byIdForOrganization(this.deps.db, org, id);
    const readable =
      invoice && (invoice.organizationId !== viewer.organizationId ? invoice.jobId !== null : can(viewer, "credits.read"));
    if (!invoice || !readable) throw noInvoice();
    const [adjusts] = invoice.adjustsInvoiceId === null ? [] : await repo.byIds(this.deps.db, [invoice.adjustsInvoiceId]);
    return { invoice, adjusts: adjusts ?? null };
  }

  paymentProviderName(): string {
    return this.deps.payments.name;
  }
  paymentBrowserSettings() {
    return this.deps.payments.browserSettings();
  }

  invoicesByIds(ids: readonly string[]) {
    return repo.byIds(this.deps.db, ids);
  }
  invoicesOfPurchases(ids: readonly string[]) {
    return repo.invoiceOfPurchases(this.deps.db, ids);
  }
  invoicesOfJobs(ids: readonly string[]) {
    return repo.invoiceOfJobs(this.deps.db, ids);
  }

  /**
   * The tax invoices that paid for a job's publish: its own (a card payment), or those of the
   * credit purchases its credits came from, for the LMT evidence pack (the caller authorizes).
   */
  async invoicesPayingFor(jobId: string): Promise<InvoiceRow[]> {
    const [own, credits] = await Promise.all([
      repo.invoiceOfJobs(this.deps.db, [jobId]),
      repo.invoicesOfCreditsSpentOn(this.deps.db, jobId),
    ]);
    return [...own, ...credits];
  }

  /**
   * Issues the invoices that charges made before invoices existed still lack (run at start-up, and
   * safe to run anywhere: each charge is locked and issued once).
   */
  async issueMissing(): Promise<number> {
    const { db, clock } = this.deps;
    let issued = 0;
    for (const { id } of await repo.purchasesWithoutInvoice(db)) {
      await db.transaction(async (tx) => {
        const purchase = await repo.lockPurchase(tx, id);
        if (!purchase || purchase.status !== "SUCCEEDED") return;
        const [plan] = await billingRepository.plansByIds(tx, [purchase.planId]);
        await this.issueForPurchase(tx, purchase, plan!, purchase.completedAt ?? purchase.createdAt);
        issued++;
      });
    }
    for (const { id } of await repo.cardJobsWithoutInvoice(db)) {
      await db.transaction(async (tx) => {
        const job = await repo.lockJob(tx, id);
        if (!job || job.paidBy !== "CARD") return;
        const { priceCents, currency } = { priceCents: job.paidAmountCents ?? 0, currency: "AUD" };
        const request = this.request("TAX_INVOICE", {
          organizationId: job.employerId,
          purchaseId: null,
          jobId: job.id,
          adjustsInvoiceId: null,
          refundReference: null,
          description: `Job ad "${job.title}" (paid by card)`,
          quantity: 1,
          amountCents: priceCents,
          currency,
          paymentReference: job.paymentReference,
        });
        await repo.issue(tx, request, job.publishedAt ?? clock.now());
        issued++;
      });
    }
    if (issued > 0) log.info("issued invoices for earlier charges", { issued });
    return issued;
  }
}

export function purchaseDescription(purchase: PurchaseRow, plan: PlanRow): string {
  const credits = `${purchase.credits} job ad credit${purchase.credits === 1 ? "" : "s"}`;
  switch (purchase.kind) {
    case "CREDITS":
      return `${plan.name}: ${credits}`;
    case "SUBSCRIBE":
      return `${plan.name} subscription, first month: ${credits}`;
    case "UPGRADE":
      return `Upgrade to ${plan.name} for the rest of this month: ${credits}`;
    default:
      return `${plan.name}: ${credits}`;
  }
}

function assertBuyerNamed(invoice: InvoiceRow): void {
  if (buyerIdentityRequired(invoice.amountCents) && invoice.buyerName.trim() === "")
    throw new Error(`invoice ${invoice.number} of ${invoice.amountCents} cents must name its buyer`);
}

function noInvoice(): DomainError {
  return new DomainError("NOT_FOUND", "There is no such invoice.");
}
