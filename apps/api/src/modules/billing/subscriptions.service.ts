import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import { DomainError, formatCents, renewalAttemptKey, renewalPeriod, renewalRetryAt } from "@app/domain";
import { log } from "../../lib/log.js";
import type { ChargeResult } from "../../lib/payment-provider.js";
import type { ServiceDeps } from "../deps.js";
import { billingRepository as repo, type PlanRow, type SubscriptionRow } from "./billing.repository.js";
import { RENEWAL_KEY_PREFIX, type SubscriptionView } from "./billing.service.js";
import type { InvoiceService } from "./invoices.service.js";
import type { MailService } from "../mail/mail.service.js";

/**
 * R5 monthly subscriptions after they are bought (billing.service.ts sells them): reading and
 * cancelling, and the scheduled work: renewals (charged outside any transaction, keyed per period),
 * ends, and credit expiry.
 */
/** How long a claimed renewal stays with the process that claimed it before another may retry it. */
const CLAIM_MS = 5 * 60_000;

export class SubscriptionService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: { invoices: InvoiceService; mail: MailService },
  ) {}

  /** The organization's live subscription, else the one that ended last (with its notice); null when never subscribed. */
  async subscription(viewer: Viewer | null): Promise<SubscriptionView | null> {
    assertCan(viewer, "credits.read");
    // Reads never write: renewals run in the scheduled billing.runDueWork; viewOf shows a cancelled
    // subscription whose period is over as EXPIRED meanwhile.
    const row = await repo.latestSubscription(this.deps.db, viewer.organizationId);
    return row === undefined ? null : viewOf(row, this.deps.clock.now());
  }

  /** Stops renewal: usable until the period's end (CANCELED), then EXPIRED. Cancelling twice is fine. */
  async cancelSubscription(viewer: Viewer | null): Promise<SubscriptionView> {
    assertCan(viewer, "credits.purchase");
    await this.settleDueSubscriptionOf(viewer.organizationId);
    const { db, clock } = this.deps;
    const current = await repo.liveSubscription(db, viewer.organizationId);
    if (!current) throw new DomainError("NOT_FOUND", "There is no subscription to cancel.");
    const canceled =
      (await repo.cancelSubscription(db, current.id, clock.now())) ??
      (await repo.liveSubscription(db, viewer.organizationId)) ??
      current;
    return viewOf(canceled, clock.now());
  }

  /** Renews or ends the organization's subscription right away when its period is over and no scheduler got to it yet. */
  /** Settles this organization's renewal if its period has ended (reading or buying never waits for the schedule). */
  async settleDueSubscriptionOf(organizationId: string): Promise<void> {
    const now = this.deps.clock.now();
    const claimed = await repo.claimDueSubscription(this.deps.db, now, claimUntil(now), organizationId);
    if (claimed) await this.renewClaimed(claimed, now);
  }

  /**
   * Scheduled work due at `now`: every subscription whose period ended is renewed (or ended), and
   * every lot whose expiry came is expired. Safe to run in several processes at once: each
   * subscription is claimed by one of them, and the charge, the claim of the renewal purchase and
   * its completion are each idempotent. Returns what it did.
   */
  async runDueWork(now: Date): Promise<{ renewals: number; expiredOrganizations: number; failures: number }> {
    let renewals = 0;
    let failures = 0;
    for (;;) {
      const claimed = await repo.claimDueSubscription(this.deps.db, now, claimUntil(now));
      if (!claimed) break;
      try {
        await this.renewClaimed(claimed, now);
        renewals++;
      } catch (error) {
        // Left claimed until the claim runs out, then retried; the charge is idempotent by key.
        failures++;
        log.error("subscription renewal failed", {
          subscriptionId: claimed.id,
          error: error instanceof Error ? error.stack : String(error),
        });
      }
    }
    const due = await repo.organizationsWithDueLots(this.deps.db, null, now);
    for (const organizationId of due) await this.deps.db.transaction((tx) => repo.expireDueLots(tx, organizationId, now));
    return { renewals, expiredOrganizations: due.length, failures };
  }

  /**
   * A claimed subscription whose period ended: a cancelled one expires; an active one is charged
   * for its next period (with the plan a downgrade scheduled), outside any transaction, under the
   * key renewal:<subscription>:<period start>. Then one transaction, which re-checks that the
   * period was not renewed meanwhile, grants the period's credits (expiring at its end) and expires
   * the last period's; a decline ends the subscription with a notice.
   */
  private async renewClaimed(claimed: SubscriptionRow, now: Date): Promise<void> {
    const { db, payments } = this.deps;
    const sameClaim = (sub: SubscriptionRow | undefined): sub is SubscriptionRow =>
      sub !== undefined && sub.status !== "EXPIRED" && sub.currentPeriodEnd.getTime() === claimed.currentPeriodEnd.getTime();

    if (claimed.status === "CANCELED") {
      await db.transaction(async (tx) => {
        const sub = await repo.lockSubscription(tx, claimed.id);
        if (!sameClaim(sub)) return;
        await repo.updateSubscription(tx, sub.id, { status: "EXPIRED", endedAt: sub.currentPeriodEnd, renewalLockedUntil: null });
        await repo.expireDueLots(tx, sub.organizationId, now);
      });
      return;
    }

    const planId = claimed.pendingPlanId ?? claimed.planId;
    const [plan] = await repo.plansByIds(db, [planId]);
    if (!plan) throw new Error(`plan ${planId} of subscription ${claimed.id} is gone`);
    const period = renewalPeriod(claimed.anchorAt, claimed.periodIndex, now);
    const attempt = claimed.renewalAttempts;
    const key = renewalAttemptKey(RENEWAL_KEY_PREFIX, claimed.id, period.start, attempt);
    const purchase =
      (await repo.claimPurchase(db, {
        organizationId: claimed.organizationId,
        planId: plan.id,
        quantity: 1,
        credits: plan.credits,
        amountCents: plan.priceCents,
        currency: plan.currency,
        status: "PENDING",
        kind: "RENEWAL",
        subscriptionId: claimed.id,
        fromPlanId: claimed.planId,
        idempotencyKey: key,
        requestFingerprint: JSON.stringify({ renewal: claimed.id, period: period.index, attempt }),
        actorUserId: null,
        createdAt: now,
      })) ?? (await repo.purchaseByKey(db, claimed.organizationId, key));
    if (!purchase) throw new Error(`renewal purchase ${key} vanished after its key was claimed`);

    const charge: ChargeResult =
      purchase.status === "SUCCEEDED"
        ? { ok: true, reference: purchase.paymentReference ?? "" }
        : purchase.status === "DECLINED"
          ? { ok: false, reason: "" }
          : await payments.charge({
              token: claimed.paymentToken,
              amountCents: purchase.amountCents,
              currency: purchase.currency,
              description: `${plan.name}, ${period.start.toISOString().slice(0, 10)} to ${period.end.toISOString().slice(0, 10)}`,
              idempotencyKey: key,
              metadata: { purchaseId: purchase.id, subscriptionId: claimed.id },
              // Nobody is there to pass 3-D Secure: a card that needs it is declined and retried.
              offSession: true,
            });

    const mailIds = await db.transaction(async (tx) => {
      const sub = await repo.lockSubscription(tx, claimed.id);
      const done = await repo.completePurchase(tx, purchase.id, {
        status: charge.ok ? "SUCCEEDED" : "DECLINED",
        receiptNumber: null,
        paymentReference: charge.ok ? charge.reference : null,
        completedAt: now,
      });
      // Another scheduler completed this attempt first: its transaction did everything below.
      if (!sameClaim(sub) || done === null || sub.renewalAttempts !== attempt) return [];
      await repo.expireDueLots(tx, sub.organizationId, now);
      if (done.status === "SUCCEEDED") {
        await repo.updateSubscription(tx, sub.id, {
          planId: plan.id,
          pendingPlanId: null,
          periodIndex: period.index,
          currentPeriodStart: period.start,
          currentPeriodEnd: period.end,
          renewalLockedUntil: null,
          renewalAttempts: 0,
          notice: null,
        });
        await repo.grantCredits(tx, {
          organizationId: sub.organizationId,
          amount: plan.credits,
          kind: "PLAN_GRANT",
          planKind: plan.kind,
          purchaseId: done.id,
          expiresAt: period.end,
          actorUserId: null,
          at: now,
        });
        if (done.amountCents > 0)
          await this.peers.invoices.issueForPurchase(tx, done, plan, now, renewalDescription(plan, period));
        return [];
      }
      // Declined: try again on the schedule (domain renewalRetryAt), and after the last try end it.
      const reason = charge.ok ? "" : charge.reason;
      const retryAt = renewalRetryAt(sub.currentPeriodEnd, attempt + 1);
      const notice =
        retryAt === null
          ? declinedRenewalNotice(plan, sub.currentPeriodEnd, reason, attempt + 1)
          : retryingRenewalNotice(plan, reason, retryAt);
      await repo.updateSubscription(
        tx,
        sub.id,
        retryAt === null
          ? { status: "EXPIRED", endedAt: sub.currentPeriodEnd, renewalLockedUntil: null, notice }
          : { renewalAttempts: attempt + 1, renewalLockedUntil: retryAt, notice },
      );
      const subject =
        retryAt === null ? `Your ${plan.name} subscription has ended` : `Your ${plan.name} renewal payment was declined`;
      const ids: string[] = [];
      for (const owner of await repo.ownerEmails(tx, sub.organizationId)) {
        ids.push(
          await this.peers.mail.enqueue(tx, {
            to: owner.email,
            subject,
            text: `Hello ${owner.name},\n\n${notice}\n\nUpdate the card by subscribing again under Pricing, or reply to this email if you need help.\n`,
          }),
        );
      }
      return ids;
    });
    this.peers.mail.deliverSoon(mailIds);
  }

  // ------------------------------------------------------------------ balances and lots
}

function claimUntil(now: Date): Date {
  return new Date(now.getTime() + CLAIM_MS);
}

function viewOf(row: SubscriptionRow, now: Date): SubscriptionView {
  const over = row.currentPeriodEnd.getTime() <= now.getTime();
  const status = row.status === "CANCELED" && over ? "EXPIRED" : row.status;
  return { ...row, status, renewsAt: status === "ACTIVE" ? row.currentPeriodEnd : null };
}

function declinedRenewalNotice(plan: PlanRow, endedAt: Date, reason: string, attempts: number): string {
  const day = endedAt.toISOString().slice(0, 10);
  return (
    `The renewal payment of ${formatCents(plan.priceCents, plan.currency)} for ${plan.name} was declined` +
    `${reason === "" ? "" : ` (${reason.replace(/\.$/, "")})`} ${attempts} times, so the subscription ended on ${day}. ` +
    "No new credits were granted. Subscribe again to get monthly credits."
  );
}

function retryingRenewalNotice(plan: PlanRow, reason: string, retryAt: Date): string {
  return (
    `The renewal payment of ${formatCents(plan.priceCents, plan.currency)} for ${plan.name} was declined` +
    `${reason === "" ? "" : ` (${reason.replace(/\.$/, "")})`}. We will try the card again on ${retryAt.toISOString().slice(0, 10)}; ` +
    "until then no new credits are granted."
  );
}

function renewalDescription(plan: PlanRow, period: { start: Date; end: Date }): string {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return `${plan.name} subscription renewal, ${day(period.start)} to ${day(period.end)}: ${plan.credits} job ad credits`;
}
