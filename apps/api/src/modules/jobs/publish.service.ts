import { randomUUID } from "node:crypto";
import {
  DomainError,
  badInput,
  creditPayersInOrder,
  decidePayer,
  formatCents,
  sharedCreditsAvailable,
  type CreditPayer,
} from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import { currentOrganizationId, type Viewer } from "../../auth/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import type { BillingService } from "../billing/billing.service.js";
import type { InvoiceService } from "../billing/invoices.service.js";
import type { ServiceDeps } from "../deps.js";
import type { IdentityService } from "../identity/identity.service.js";
import type { LmtChecksService } from "../lmt/lmt-checks.service.js";
import { jobsRepository as repo, type JobRow, type PublishAttempt } from "./jobs.repository.js";
import { notFound } from "./jobs.service.js";

export interface PublishQuote {
  source: CreditPayer | null;
  serviceProviderCredits: number;
  /** While an agency works in a client: whether its Share Credits is on, and what it holds (what it would share). */
  serviceProviderSharingEnabled: boolean | null;
  serviceProviderBalance: number | null;
  ownCredits: number;
  priceCents: number;
  currency: string;
  canPublishWithCredits: boolean;
}

/** R1 and R2: how a publish is paid, and the publish itself as one statement (publish_job). */
export class PublishService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly identity: IdentityService,
    private readonly billing: BillingService,
    private readonly audit: AuditService,
    private readonly lmtChecks: LmtChecksService | null = null,
    private readonly invoices: InvoiceService | null = null,
  ) {}

  async quote(viewer: Viewer | null, jobId: string): Promise<PublishQuote> {
    assertCan(viewer, "jobs.read");
    const employerId = currentOrganizationId(viewer);
    const job = await repo.byIdForEmployer(this.deps.db, jobId, employerId);
    if (!job) throw notFound();
    const agencyId = viewer.accessing !== null ? viewer.organizationId : null;
    const payerIds = agencyId === null ? [employerId] : [employerId, agencyId];
    // R4: balances are as of now (expired lots count for nothing), so the quote is what publish would spend.
    const orgs = await this.identity.organizationsByIds(payerIds);
    const employer = orgs.find((o) => o.id === employerId);
    const agency = orgs.find((o) => o.id === agencyId) ?? null;
    const ownCredits = employer?.creditBalance ?? 0;
    const agencyFacts = agency === null ? null : { sharingEnabled: agency.creditSharingEnabled };
    const source = decidePayer({ agency: agencyFacts, agencyCredits: agency?.creditBalance ?? 0, employerCredits: ownCredits });
    const { priceCents, currency } = await this.billing.paygPrice();
    return {
      source,
      serviceProviderCredits:
        agency === null
          ? 0
          : sharedCreditsAvailable({ sharingEnabled: agency.creditSharingEnabled, credits: agency.creditBalance }, true),
      serviceProviderSharingEnabled: agency?.creditSharingEnabled ?? null,
      serviceProviderBalance: agency?.creditBalance ?? null,
      ownCredits,
      priceCents,
      currency,
      canPublishWithCredits: source !== null,
    };
  }

  /**
   * Publishes a draft, paying with credits by the rule of publishQuote, or by card when a payment
   * is given and no credits can pay. Publishing a job that is not a draft returns it unchanged.
   */
  async publish(
    viewer: Viewer | null,
    jobId: string,
    payment: { token: string } | null,
    idempotencyKey: string | null,
  ): Promise<JobRow> {
    assertCan(viewer, "jobs.publish");
    const employerId = currentOrganizationId(viewer);
    const key = idempotencyKey?.trim() || null;
    if (key !== null) {
      const firstJobId = await repo.jobIdForPublishKey(this.deps.db, employerId, key);
      if (firstJobId !== undefined && firstJobId !== jobId) throw keyUsed();
    }
    const attempt = (checkedUpdatedAt: string | null, card: PublishAttempt["card"]) =>
      repo.publish(this.deps.db, {
        jobId,
        employerId,
        payers: card === null ? this.payersFor(viewer, employerId) : [],
        card,
        actorUserId: viewer.userId,
        actingServiceProviderId: viewer.accessing !== null ? viewer.organizationId : null,
        idempotencyKey: key,
        at: this.deps.clock.now(),
        checkedUpdatedAt,
      });

    let result = await attempt(null, null);
    let checked: string | null = null;
    if (result.outcome === "CHECK") {
      // R8: the LMT checks run on the version the database returned; the publish then names that
      // version, so an edit in between sends the ad back to be checked rather than published.
      await this.assertPublishable(result.job!);
      checked = result.jobUpdatedAt;
      result = await attempt(checked, null);
    }
    if (result.outcome === "NOT_FOUND") throw notFound();
    if (result.outcome === "KEY_USED") throw keyUsed();
    if (result.outcome === "CHECK")
      throw new DomainError("CONFLICT", "The job ad changed while it was being published. Please try again.");
    if (result.outcome === "PUBLISHED") this.deps.metrics?.jobPublished(result.job!.paidBy);
    if (result.outcome !== "NO_CREDITS") return result.job!;
    const { priceCents, currency } = await this.billing.paygPrice();
    if (payment === null) {
      throw new DomainError(
        "INSUFFICIENT_CREDITS",
        `No credits can pay for this job ad. Payment required: ${formatCents(priceCents)} by card, or buy credits.`,
      );
    }
    return this.publishByCard(jobId, payment.token, key, { priceCents, currency }, (card) => attempt(checked, card));
  }

  /** R1: whose credits to try, first to last, with the words the audit log will use. */
  private payersFor(viewer: Viewer, employerId: string): PublishAttempt["payers"] {
    const order = creditPayersInOrder({ agency: viewer.accessing !== null ? { sharingEnabled: true } : null });
    return order.map((source) =>
      source === "SERVICE_PROVIDER_CREDITS"
        ? {
            org: viewer.organizationId,
            source,
            sharing: true,
            summary: `Published "{title}", paid with the agency's shared credits`,
          }
        : { org: employerId, source, sharing: false, summary: `Published "{title}", paid with its own credits` },
    );
  }

  /** The card is charged outside any transaction; a charge that ends up unused is refunded. */
  private async publishByCard(
    jobId: string,
    token: string,
    key: string | null,
    price: { priceCents: number; currency: string },
    publishWith: (card: NonNullable<PublishAttempt["card"]>) => ReturnType<typeof repo.publish>,
  ): Promise<JobRow> {
    const charge = await this.deps.payments.charge({
      token,
      amountCents: price.priceCents,
      currency: price.currency,
      description: `Job ad ${jobId}`,
      idempotencyKey: `publish:${jobId}:${key ?? randomUUID()}`,
      metadata: { jobId },
    });
    if (!charge.ok)
      throw new DomainError("PAYMENT_DECLINED", `${charge.reason} Nothing was charged and the job ad is still a draft.`);
    let used = false;
    try {
      const result = await publishWith({
        reference: charge.reference,
        amountCents: price.priceCents,
        summary: `Published "{title}", paid with a card payment of ${formatCents(price.priceCents, price.currency)}`,
        // R12: publish_job issues the tax invoice in the publish's own transaction.
        invoice: this.invoices?.cardPublishInvoice(price.priceCents, price.currency) ?? {},
      });
      used = result.outcome === "PUBLISHED";
      if (used) this.deps.metrics?.jobPublished(result.job!.paidBy);
      if (result.outcome === "NOT_FOUND") throw notFound();
      if (result.outcome === "KEY_USED") throw keyUsed();
      if (result.outcome === "CHECK")
        throw new DomainError(
          "CONFLICT",
          "The job ad changed while it was being paid for; nothing was charged. Please try again.",
        );
      return result.job!;
    } finally {
      if (!used) await this.deps.payments.refund(charge.reference);
    }
  }

  private async assertPublishable(job: JobRow): Promise<void> {
    assertPublishable(job);
    await this.lmtChecks?.assertPublishable(this.deps.db, job, job.id);
  }
}

function keyUsed(): DomainError {
  return new DomainError("CONFLICT", "This idempotency key was already used to publish another job ad.");
}

/** Checks that only a publish can fail; the LMT rules (R8) join here. */
function assertPublishable(job: JobRow): void {
  if (job.lmt && job.durationDays < 28)
    throw badInput({ durationDays: "A Labour Market Testing ad must run for at least 28 days." });
}
