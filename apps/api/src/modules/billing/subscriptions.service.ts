import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import { DomainError, formatCents, renewalPeriod } from "@app/domain";
import { log } from "../../lib/log.js";
import type { ChargeResult } from "../../lib/payment-provider.js";
import type { ServiceDeps } from "../deps.js";
import { billingRepository as repo, type PlanRow, type SubscriptionRow } from "./billing.repository.js";
import { RENEWAL_KEY_PREFIX, receiptNumberFor, type SubscriptionView } from "./billing.service.js";

/**
 * R5 monthly subscriptions after they are bought (billing.service.ts sells them): reading and
 * cancelling, and the scheduled work: renewals (charged outside any transaction, keyed per period),
 * ends, and credit expiry.
 */
/** How long a claimed renewal stays with the process that claimed it before another may retry it. */
const CLAIM_MS = 5 * 60_000;

export class SubscriptionService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The organization's live subscription, else the one that ended last (with its notice); null when never subscribed. */
  async subscription(viewer: Viewer | null): Promise<SubscriptionView | null> {
    assertCan(viewer, "credits.read");
    await this.settleDueSubscriptionOf(viewer.organizationId);
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
    const key = `${RENEWAL_KEY_PREFIX}${claimed.id}:${period.start.toISOString()}`;
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
        requestFingerprint: JSON.stringify({ renewal: claimed.id, period: period.index }),
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
            });

    await db.transaction(async (tx) => {
      const sub = await repo.lockSubscription(tx, claimed.id);
      const done = await repo.completePurchase(tx, purchase.id, {
        status: charge.ok ? "SUCCEEDED" : "DECLINED",
        receiptNumber: charge.ok ? receiptNumberFor(purchase, now) : null,
        paymentReference: charge.ok ? charge.reference : null,
        completedAt: now,
      });
      // Another scheduler completed this period first: its transaction did everything below.
      if (!sameClaim(sub) || done === null) return;
      await repo.expireDueLots(tx, sub.organizationId, now);
      if (done.status === "SUCCEEDED") {
        await repo.updateSubscription(tx, sub.id, {
          planId: plan.id,
          pendingPlanId: null,
          periodIndex: period.index,
          currentPeriodStart: period.start,
          currentPeriodEnd: period.end,
          renewalLockedUntil: null,
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
      } else {
        await repo.updateSubscription(tx, sub.id, {
          status: "EXPIRED",
          endedAt: sub.currentPeriodEnd,
          renewalLockedUntil: null,
          notice: declinedRenewalNotice(plan, sub.currentPeriodEnd, charge.ok ? "" : charge.reason),
        });
      }
    });
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

function declinedRenewalNotice(plan: PlanRow, endedAt: Date, reason: string): string {
  const day = endedAt.toISOString().slice(0, 10);
  return (
    `The renewal payment of ${formatCents(plan.priceCents, plan.currency)} for ${plan.name} was declined` +
    `${reason === "" ? "" : ` (${reason.replace(/\.$/, "")})`}, so the subscription ended on ${day}. ` +
    "No new credits were granted. Subscribe again to get monthly credits."
  );
}
