import { randomUUID } from "node:crypto";
import { DomainError, badInput, creditPayersInOrder, decidePayer, formatCents, sharedCreditsAvailable, type CreditPayer } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import { currentOrganizationId, type Viewer } from "../../auth/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import type { BillingService } from "../billing/billing.service.js";
import type { ServiceDeps } from "../deps.js";
import type { IdentityService } from "../identity/identity.service.js";
import type { LmtChecksService } from "../lmt/lmt-checks.service.js";
import { jobsRepository as repo, type JobRow } from "./jobs.repository.js";
import { notFound } from "./jobs.service.js";

export interface PublishQuote {
  source: CreditPayer | null;
  serviceProviderCredits: number;
  ownCredits: number;
  priceCents: number;
  currency: string;
  canPublishWithCredits: boolean;
}

type CreditsAttempt = { kind: "done"; job: JobRow } | { kind: "needs-card" };

/** R1 and R2: how a publish is paid, and the publish itself as one transaction. */
export class PublishService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly identity: IdentityService,
    private readonly billing: BillingService,
    private readonly audit: AuditService,
    private readonly lmtChecks: LmtChecksService | null = null,
  ) {}

  async quote(viewer: Viewer | null, jobId: string): Promise<PublishQuote> {
    assertCan(viewer, "jobs.read");
    const employerId = currentOrganizationId(viewer);
    const job = await repo.byIdForEmployer(this.deps.db, jobId, employerId);
    if (!job) throw notFound();
    const agencyId = viewer.accessing !== null ? viewer.organizationId : null;
    const payerIds = agencyId === null ? [employerId] : [employerId, agencyId];
    // R4: credits that expired leave first, so the quote is what publish would spend.
    await this.billing.expireDueCredits(payerIds);
    const orgs = await this.identity.organizationsByIds(payerIds);
    const employer = orgs.find((o) => o.id === employerId);
    const agency = orgs.find((o) => o.id === agencyId) ?? null;
    const ownCredits = employer?.creditBalance ?? 0;
    const agencyFacts = agency === null ? null : { sharingEnabled: agency.creditSharingEnabled };
    const source = decidePayer({ agency: agencyFacts, agencyCredits: agency?.creditBalance ?? 0, employerCredits: ownCredits });
    const { priceCents, currency } = await this.billing.paygPrice();
    return {
      source,
      serviceProviderCredits: agency === null ? 0 : sharedCreditsAvailable({ sharingEnabled: agency.creditSharingEnabled, credits: agency.creditBalance }, true),
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
  async publish(viewer: Viewer | null, jobId: string, payment: { token: string } | null, idempotencyKey: string | null): Promise<JobRow> {
    assertCan(viewer, "jobs.write");
    const employerId = currentOrganizationId(viewer);
    const key = idempotencyKey?.trim() || null;
    if (key !== null) {
      const firstJobId = await repo.jobIdForPublishKey(this.deps.db, employerId, key);
      if (firstJobId !== undefined && firstJobId !== jobId) {
        throw new DomainError("CONFLICT", "This idempotency key was already used to publish another job ad.");
      }
    }
    const attempt = await this.publishWithCredits(viewer, employerId, jobId, key);
    if (attempt.kind === "done") return attempt.job;
    if (payment === null) {
      const { priceCents } = await this.billing.paygPrice();
      throw new DomainError(
        "INSUFFICIENT_CREDITS",
        `No credits can pay for this job ad. Payment required: ${formatCents(priceCents)} by card, or buy credits.`,
      );
    }
    return this.publishByCard(viewer, employerId, jobId, payment.token, key);
  }

  private async publishWithCredits(viewer: Viewer, employerId: string, jobId: string, key: string | null): Promise<CreditsAttempt> {
    const payers = creditPayersInOrder({ agency: viewer.accessing !== null ? { sharingEnabled: true } : null });
    return this.deps.db.transaction(async (tx): Promise<CreditsAttempt> => {
      // The job is read only under its row lock: concurrent publishes of one draft queue here.
      const locked = await repo.lockForEmployer(tx, jobId, employerId);
      if (!locked) throw notFound();
      if (locked.status !== "DRAFT") return { kind: "done", job: locked };
      // R8: before any spend, in the same transaction; a failing check leaves nothing charged.
      assertPublishable(locked);
      await this.lmtChecks?.assertPublishable(tx, locked, locked.id);
      const now = this.deps.clock.now();
      for (const payer of payers) {
        const payerId = payer === "SERVICE_PROVIDER_CREDITS" ? viewer.organizationId : employerId;
        // Whether the agency still shares is checked in the same conditional UPDATE that spends.
        const entry = await this.billing.spendCredit(tx, {
          organizationId: payerId,
          onlyIfSharing: payer === "SERVICE_PROVIDER_CREDITS",
          jobId,
          actorUserId: viewer.userId,
          at: now,
        });
        if (entry === null) continue;
        // Independent writes go out together (pipelined on the transaction's connection).
        const [job] = await Promise.all([
          repo.markPublished(tx, jobId, now),
          repo.insertPayment(tx, {
            jobId,
            employerId,
            source: payer,
            payerOrganizationId: payerId,
            amountCents: null,
            creditEntryId: entry.id,
            idempotencyKey: key,
            actorUserId: viewer.userId,
            paidAt: now,
          }),
          this.audit.record(tx, viewer, {
            organizationId: employerId,
            action: "job.published",
            summary: `Published "${locked.title}", paid with ${payer === "SERVICE_PROVIDER_CREDITS" ? "the agency's shared credits" : "its own credits"}`,
          }),
        ]);
        if (!job) throw new Error(`job ${jobId} was locked as a draft but could not be published`);
        return { kind: "done", job };
      }
      return { kind: "needs-card" };
    });
  }

  /** The card is charged outside any transaction; a charge that ends up unused is refunded. */
  private async publishByCard(viewer: Viewer, employerId: string, jobId: string, token: string, key: string | null): Promise<JobRow> {
    const { priceCents, currency } = await this.billing.paygPrice();
    const charge = await this.deps.payments.charge({
      token,
      amountCents: priceCents,
      currency,
      description: `Job ad ${jobId}`,
      idempotencyKey: `publish:${jobId}:${key ?? randomUUID()}`,
    });
    if (!charge.ok) throw new DomainError("PAYMENT_DECLINED", `${charge.reason} Nothing was charged and the job ad is still a draft.`);
    let used = false;
    try {
      return await this.deps.db.transaction(async (tx) => {
        const locked = await repo.lockForEmployer(tx, jobId, employerId);
        if (!locked) throw notFound();
        if (locked.status !== "DRAFT") return locked;
        // The ad may have changed since the checks before the charge; a failure here refunds it.
        assertPublishable(locked);
        await this.lmtChecks?.assertPublishable(tx, locked, locked.id);
        const now = this.deps.clock.now();
        const job = await repo.markPublished(tx, jobId, now);
        if (!job) throw new Error(`job ${jobId} was locked as a draft but could not be published`);
        await repo.insertPayment(tx, {
          jobId,
          employerId,
          source: "CARD",
          payerOrganizationId: employerId,
          amountCents: priceCents,
          paymentReference: charge.reference,
          idempotencyKey: key,
          actorUserId: viewer.userId,
          paidAt: now,
        });
        await this.recordPublish(tx, viewer, employerId, job, `a card payment of ${formatCents(priceCents, currency)}`);
        used = true;
        return job;
      });
    } finally {
      if (!used) await this.deps.payments.refund(charge.reference);
    }
  }

  private recordPublish(tx: Parameters<AuditService["record"]>[0], viewer: Viewer, employerId: string, job: JobRow, paidWith: string) {
    return this.audit.record(tx, viewer, { organizationId: employerId, action: "job.published", summary: `Published "${job.title}", paid with ${paidWith}` });
  }
}

/** Checks that only a publish can fail; the LMT rules (R8) join here. */
function assertPublishable(job: JobRow): void {
  if (job.lmt && job.durationDays < 28) throw badInput({ durationDays: "A Labour Market Testing ad must run for at least 28 days." });
}
