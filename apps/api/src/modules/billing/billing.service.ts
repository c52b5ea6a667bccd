import {
  DomainError,
  assertSameRequest,
  badInput,
  decidePlanChange,
  lotExpiry,
  priceOfPurchase,
  subscriptionPeriod,
  type PlanChange,
} from "@app/domain";
import { assertCan, can } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Tx } from "../../db/client.js";
import { decodeIdCursor, pageSize, toPage } from "../../lib/cursor.js";
import type { ChargeResult } from "../../lib/payment-provider.js";
import type { ServiceDeps } from "../deps.js";
import type { SubscriptionService } from "./subscriptions.service.js";
import type { InvoiceService } from "./invoices.service.js";
import { billingRepository as repo, type PlanRow, type PurchaseRow, type SubscriptionRow } from "./billing.repository.js";

export interface PurchaseRequest {
  planCode: string;
  quantity: number;
  paymentToken: string;
  idempotencyKey: string;
}

type PurchaseTerms = (PlanChange | { kind: "CREDITS"; credits: number; amountCents: number }) & {
  subscriptionId: string | null;
  fromPlanId: string | null;
};

/** A subscription as shown: a cancelled one whose period is over reads EXPIRED even before the scheduler ends it. */
export type SubscriptionView = SubscriptionRow & { renewsAt: Date | null };

/** Renewals charge under keys of their own; a buyer may not use them. */
export const RENEWAL_KEY_PREFIX = "renewal:";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class SubscriptionChanged extends Error {}

export class BillingService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly subscriptions: SubscriptionService,
    private readonly invoices: InvoiceService,
  ) {}

  pricingPlans() {
    return repo.activePlans(this.deps.db);
  }

  plansByIds(ids: readonly string[]) {
    return repo.plansByIds(this.deps.db, ids);
  }

  async purchases(viewer: Viewer | null) {
    assertCan(viewer, "credits.read");
    return repo.purchasesOf(this.deps.db, viewer.organizationId);
  }

  /**
   * R5 purchase of any plan. The idempotency key is claimed in its own short transaction, the card
   * is charged outside any transaction (the provider dedupes by purchase id), and the outcome and
   * its effects (credits, the subscription) are written together by whichever request completes
   * the purchase first. A subscription plan subscribes, upgrades at once, or schedules a downgrade.
   */
  async purchase(viewer: Viewer | null, request: PurchaseRequest): Promise<PurchaseRow> {
    assertCan(viewer, "credits.purchase");
    const { db, clock, payments } = this.deps;
    const organizationId = viewer.organizationId;
    const key = request.idempotencyKey.trim();
    if (key === "" || key.length > 200) throw badInput({ idempotencyKey: "Send an idempotency key of 1 to 200 characters." });
    if (key.startsWith(RENEWAL_KEY_PREFIX))
      throw badInput({ idempotencyKey: `Keys starting with "${RENEWAL_KEY_PREFIX}" are reserved.` });
    const plan = await repo.planByCode(db, request.planCode);
    if (!plan || !plan.active) throw badInput({ planCode: "There is no such plan." });
    const fingerprint = JSON.stringify({ plan: plan.code, quantity: request.quantity });

    // A replay is answered from the first purchase before anything is decided again: after an
    // upgrade, deciding again would call the same plan a CONFLICT.
    let purchase = await repo.purchaseByKey(db, organizationId, key);
    if (purchase) {
      assertSameRequest(purchase.requestFingerprint, fingerprint);
    } else {
      const terms = await this.termsOf(organizationId, plan, request.quantity);
      const claimed = await repo.claimPurchase(db, {
        organizationId,
        planId: plan.id,
        quantity: request.quantity,
        credits: terms.credits,
        amountCents: terms.amountCents,
        currency: plan.currency,
        status: "PENDING",
        kind: terms.kind,
        subscriptionId: terms.subscriptionId,
        fromPlanId: terms.fromPlanId,
        idempotencyKey: key,
        requestFingerprint: fingerprint,
        actorUserId: viewer.userId,
        createdAt: clock.now(),
      });
      purchase = claimed ?? (await repo.purchaseByKey(db, organizationId, key));
      if (!purchase) throw new Error("purchase vanished after its key was claimed");
      assertSameRequest(purchase.requestFingerprint, fingerprint);
    }
    if (purchase.status !== "PENDING") return settled(purchase);

    // Also reached by a replay of a purchase whose first request died mid-way, and by the browser's
    // second call after it completed a 3-D Secure check: the provider charges once per purchase
    // id, so asking again is safe. Plan changes that cost nothing (downgrade, resume) charge nothing.
    const pending = purchase;
    const charge: ChargeResult =
      pending.amountCents === 0
        ? { ok: true, reference: "" }
        : await payments.charge({
            token: request.paymentToken,
            amountCents: pending.amountCents,
            currency: pending.currency,
            description: `${plan.name} × ${pending.quantity}`,
            idempotencyKey: pending.id,
            metadata: { purchaseId: pending.id, organizationId },
            // Subscriptions renew off-session with the card they were bought with.
            saveCard: pending.kind === "SUBSCRIBE" || pending.kind === "UPGRADE" || pending.kind === "RESUME",
          });
    if (!charge.ok && charge.nextAction !== undefined) {
      await repo.setPendingAction(db, pending.id, charge.nextAction.clientSecret, charge.nextAction.reference);
      return { ...pending, status: "REQUIRES_ACTION" as PurchaseRow["status"], clientSecret: charge.nextAction.clientSecret };
    }
    let completed: PurchaseRow | null;
    try {
      completed = await db.transaction((tx) => this.complete(tx, pending, plan, charge, request.paymentToken, clock.now()));
    } catch (error) {
      if (!(error instanceof SubscriptionChanged)) throw error;
      await this.giveBack(pending, charge);
      throw new DomainError(
        "CONFLICT",
        "Your subscription changed while this purchase was being made. Nothing was charged; please try again.",
      );
    }
    return settled(completed ?? (await repo.purchaseByKey(db, organizationId, key))!);
  }

  /**
   * The provider told us (a webhook) how a purchase's charge ended, maybe before the API's own
   * request heard back: completes it in the caller's transaction unless someone already did.
   * Returns what to do after commit when the subscription changed meanwhile (the money goes back).
   */
  async settleFromProvider(tx: Tx, purchaseId: string, charge: ChargeResult): Promise<(() => Promise<void>) | null> {
    const purchase = await repo.lockPurchase(tx, purchaseId);
    if (!purchase || purchase.status !== "PENDING") return null;
    const [plan] = await repo.plansByIds(tx, [purchase.planId]);
    const token = charge.ok ? (charge.savedToken ?? "") : "";
    try {
      await tx.transaction((inner) => this.complete(inner, purchase, plan!, charge, token, this.deps.clock.now()));
      return null;
    } catch (error) {
      if (!(error instanceof SubscriptionChanged)) throw error;
      return () => this.giveBack(purchase, charge);
    }
  }

  /** The subscription changed between the request and the charge: the money and the key go back. */
  private async giveBack(pending: PurchaseRow, charge: ChargeResult): Promise<void> {
    if (charge.ok && charge.reference !== "") await this.deps.payments.refund(charge.reference);
    await repo.deletePendingPurchase(this.deps.db, pending.id);
  }

  /** What a new purchase of `plan` would do now, for the claim. */
  private async termsOf(organizationId: string, plan: PlanRow, quantity: number): Promise<PurchaseTerms> {
    if (plan.kind !== "SUBSCRIPTION") {
      return { kind: "CREDITS", ...priceOfPurchase(plan, quantity), subscriptionId: null, fromPlanId: null };
    }
    priceOfPurchase(plan, quantity); // one at a time
    await this.subscriptions.settleDueSubscriptionOf(organizationId);
    const current = await repo.liveSubscription(this.deps.db, organizationId);
    if (!current) return { ...decidePlanChange(null, plan), subscriptionId: null, fromPlanId: null };
    const plans = await repo.plansByIds(this.deps.db, [
      current.planId,
      ...(current.pendingPlanId === null ? [] : [current.pendingPlanId]),
    ]);
    const inForce = plans.find((p) => p.id === current.planId)!;
    const pendingPlan = plans.find((p) => p.id === current.pendingPlanId) ?? null;
    const status = current.status === "CANCELED" ? "CANCELED" : "ACTIVE";
    const change = decidePlanChange({ plan: inForce, status, pendingPlanCode: pendingPlan?.code ?? null }, plan);
    return { ...change, subscriptionId: current.id, fromPlanId: current.planId };
  }

  /**
   * Writes a purchase's outcome, its effects and (when money was taken) its tax invoice in the
   * caller's transaction; null when another request already did.
   */
  private async complete(
    tx: Tx,
    purchase: PurchaseRow,
    plan: PlanRow,
    charge: ChargeResult,
    paymentToken: string,
    now: Date,
  ): Promise<PurchaseRow | null> {
    // A card saved by the provider (Stripe) renews the subscription; the test provider's token itself does.
    const token = charge.ok && charge.savedToken ? charge.savedToken : paymentToken;
    const done = await this.applyOutcome(tx, purchase, plan, charge, token, now);
    if (done?.status !== "SUCCEEDED" || done.amountCents === 0) return done;
    const invoice = await this.invoices.issueForPurchase(tx, done, plan, now);
    return { ...done, receiptNumber: invoice.number };
  }

  private async applyOutcome(
    tx: Tx,
    purchase: PurchaseRow,
    plan: PlanRow,
    charge: ChargeResult,
    paymentToken: string,
    now: Date,
  ): Promise<PurchaseRow | null> {
    const done = await repo.completePurchase(tx, purchase.id, {
      status: charge.ok ? "SUCCEEDED" : "DECLINED",
      receiptNumber: null,
      paymentReference: charge.ok && charge.reference !== "" ? charge.reference : null,
      completedAt: now,
    });
    if (done !== null) await repo.updatePurchase(tx, done.id, { clientSecret: null });
    if (done?.status !== "SUCCEEDED") return done;
    const grant = (amount: number, expiresAt: Date | null, kind: "PURCHASE" | "PLAN_GRANT") =>
      repo.grantCredits(tx, {
        organizationId: done.organizationId,
        amount,
        kind,
        planKind: plan.kind,
        purchaseId: done.id,
        expiresAt,
        actorUserId: done.actorUserId,
        at: now,
      });

    switch (done.kind) {
      case "CREDITS":
        await grant(done.credits, lotExpiry(now, plan.creditValidityDays), "PURCHASE");
        return done;
      case "SUBSCRIBE": {
        const period = subscriptionPeriod(now, 0);
        const created = await repo.insertSubscription(tx, {
          organizationId: done.organizationId,
          planId: plan.id,
          status: "ACTIVE",
          anchorAt: now,
          periodIndex: 0,
          currentPeriodStart: period.start,
          currentPeriodEnd: period.end,
          paymentToken,
          createdAt: now,
        });
        if (!created) throw new SubscriptionChanged();
        await repo.setPurchaseSubscription(tx, done.id, created.id);
        await grant(done.credits, period.end, "PLAN_GRANT");
        return { ...done, subscriptionId: created.id };
      }
      case "UPGRADE":
      case "DOWNGRADE":
      case "RESUME": {
        const sub = done.subscriptionId === null ? undefined : await repo.lockSubscription(tx, done.subscriptionId);
        if (
          !sub ||
          sub.status === "EXPIRED" ||
          sub.planId !== done.fromPlanId ||
          sub.currentPeriodEnd.getTime() <= now.getTime()
        ) {
          throw new SubscriptionChanged();
        }
        const reactivate = { status: "ACTIVE" as const, canceledAt: null, notice: null, paymentToken };
        if (done.kind === "UPGRADE") {
          await repo.updateSubscription(tx, sub.id, { ...reactivate, planId: plan.id, pendingPlanId: null });
          await grant(done.credits, sub.currentPeriodEnd, "PLAN_GRANT");
        } else if (done.kind === "DOWNGRADE") {
          await repo.updateSubscription(tx, sub.id, { ...reactivate, pendingPlanId: plan.id });
        } else {
          await repo.updateSubscription(tx, sub.id, { ...reactivate, pendingPlanId: null });
        }
        return done;
      }
      case "RENEWAL":
        throw new Error("renewals complete in renewClaimed()");
      default:
        return assertUnreachable(done.kind);
    }
  }

  /**
   * Balances as of now, for Organization.creditBalance. R4's "also run lazily before any balance is
   * read" is met by computing, not writing: lots whose expiry came count for nothing, and the
   * scheduled billing.runDueWork writes their EXPIRY entries (reads never write, so they can run on
   * a replica).
   */
  creditBalances(organizationIds: readonly string[]): Promise<{ id: string; balance: number }[]> {
    return repo.balances(this.deps.db, organizationIds, this.deps.clock.now());
  }

  /** The current organization's credits by lot, in the order spends take them (expired lots left out). */
  async creditLots(viewer: Viewer | null) {
    assertCan(viewer, "credits.read");
    return repo.usableLots(this.deps.db, viewer.organizationId, this.deps.clock.now());
  }

  /** A successful, charged purchase of the viewer's own organization, for its receipt; NOT_FOUND otherwise. */
  async receipt(viewer: Viewer | null, purchaseId: string): Promise<{ purchase: PurchaseRow; plan: PlanRow }> {
    if (!can(viewer, "credits.read") || viewer === null || !UUID.test(purchaseId)) throw noReceipt();
    const purchase = await repo.purchaseForOrganization(this.deps.db, viewer.organizationId, purchaseId);
    if (!purchase || purchase.status !== "SUCCEEDED" || purchase.receiptNumber === null) throw noReceipt();
    const [plan] = await repo.plansByIds(this.deps.db, [purchase.planId]);
    return { purchase, plan: plan! };
  }

  async creditHistory(viewer: Viewer | null, first: number, after: string | null | undefined) {
    assertCan(viewer, "credits.read");
    const limit = pageSize(first);
    const beforeId = decodeIdCursor(after);
    const rows = await repo.entriesPage(this.deps.db, viewer.organizationId, limit + 1, beforeId);
    return toPage(rows, limit, (r) => [r.id]);
  }

  async setCreditSharing(viewer: Viewer | null, enabled: boolean) {
    assertCan(viewer, "credits.setSharing");
    return repo.setCreditSharing(this.deps.db, viewer.organizationId, enabled);
  }

  /** The pay-as-you-go price a card pays for one publish (R1). */
  async paygPrice(): Promise<{ priceCents: number; currency: string }> {
    const plan = await repo.planByCode(this.deps.db, "payg");
    return { priceCents: plan?.priceCents ?? 19900, currency: plan?.currency ?? "AUD" };
  }

  ledgerTotals(organizationId: string) {
    return repo.ledgerTotals(this.deps.db, organizationId);
  }
}

/** A declined purchase is kept (R5) and answered with PAYMENT_DECLINED, on replays too. */
function settled(purchase: PurchaseRow): PurchaseRow {
  if (purchase.status === "DECLINED") {
    throw new DomainError("PAYMENT_DECLINED", "The card was declined. Nothing was charged; try another card.", undefined, {
      purchaseId: purchase.id,
    });
  }
  if (purchase.status === "PENDING" && purchase.clientSecret !== null)
    return { ...purchase, status: "REQUIRES_ACTION" as PurchaseRow["status"] };
  if (purchase.status === "PENDING") throw new Error(`purchase ${purchase.id} is still pending after completion`);
  return purchase;
}

function noReceipt(): DomainError {
  return new DomainError("NOT_FOUND", "There is no such receipt.");
}

function assertUnreachable(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}
