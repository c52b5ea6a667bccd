import { DomainError, assertSameRequest, badInput, lotExpiry, priceOfPurchase } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Executor } from "../../db/client.js";
import { decodeIdCursor, pageSize, toPage } from "../../lib/cursor.js";
import type { ServiceDeps } from "../deps.js";
import { billingRepository as repo, type PurchaseRow } from "./billing.repository.js";

export interface PurchaseRequest {
  planCode: string;
  quantity: number;
  paymentToken: string;
  idempotencyKey: string;
}

export class BillingService {
  constructor(private readonly deps: ServiceDeps) {}

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
   * R5 purchase. The idempotency key is claimed in its own short transaction, the card is
   * charged outside any transaction (the provider dedupes by purchase id), and the outcome and
   * the credits are written together by whichever request completes the purchase first.
   */
  async purchase(viewer: Viewer | null, request: PurchaseRequest): Promise<PurchaseRow> {
    assertCan(viewer, "credits.purchase");
    const { db, clock, payments } = this.deps;
    const key = request.idempotencyKey.trim();
    if (key === "" || key.length > 200) throw badInput({ idempotencyKey: "Send an idempotency key of 1 to 200 characters." });
    const plan = await repo.planByCode(db, request.planCode);
    if (!plan || !plan.active) throw badInput({ planCode: "There is no such plan." });
    const { credits, amountCents } = priceOfPurchase(plan, request.quantity);
    const fingerprint = JSON.stringify({ plan: plan.code, quantity: request.quantity });

    const claimed = await repo.claimPurchase(db, {
      organizationId: viewer.organizationId,
      planId: plan.id,
      quantity: request.quantity,
      credits,
      amountCents,
      currency: plan.currency,
      status: "PENDING",
      idempotencyKey: key,
      requestFingerprint: fingerprint,
      actorUserId: viewer.userId,
      createdAt: clock.now(),
    });
    const purchase = claimed ?? (await repo.purchaseByKey(db, viewer.organizationId, key));
    if (!purchase) throw new Error("purchase vanished after its key was claimed");
    assertSameRequest(purchase.requestFingerprint, fingerprint);
    if (purchase.status !== "PENDING") return settled(purchase);

    // Also reached by a replay of a purchase whose first request died mid-way: the provider
    // charges once per purchase id, so asking again is safe.
    const charge = await payments.charge({
      token: request.paymentToken,
      amountCents: purchase.amountCents,
      currency: purchase.currency,
      description: `${plan.name} × ${purchase.quantity}`,
      idempotencyKey: purchase.id,
    });
    const completed = await db.transaction(async (tx) => {
      const now = clock.now();
      const done = await repo.completePurchase(tx, purchase.id, {
        status: charge.ok ? "SUCCEEDED" : "DECLINED",
        receiptNumber: charge.ok ? receiptNumberFor(purchase, now) : null,
        paymentReference: charge.ok ? charge.reference : null,
        completedAt: now,
      });
      if (done?.status === "SUCCEEDED") {
        await repo.grantCredits(tx, {
          organizationId: done.organizationId,
          amount: done.credits,
          kind: "PURCHASE",
          planKind: plan.kind,
          purchaseId: done.id,
          expiresAt: lotExpiry(now, plan.creditValidityDays),
          actorUserId: viewer.userId,
          at: now,
        });
      }
      return done;
    });
    return settled(completed ?? (await repo.purchaseByKey(db, viewer.organizationId, key))!);
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

  /** Spends one credit of an organization inside the caller's transaction; null when it has none. */
  spendCredit(tx: Executor, spend: { organizationId: string; onlyIfSharing: boolean; jobId: string; actorUserId: string; at: Date }) {
    return repo.spendOneCredit(tx, spend);
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
  if (purchase.status === "PENDING") throw new Error(`purchase ${purchase.id} is still pending after completion`);
  return purchase;
}

function receiptNumberFor(purchase: PurchaseRow, at: Date): string {
  const day = at.toISOString().slice(0, 10).replaceAll("-", "");
  return `R-${day}-${purchase.id.replaceAll("-", "").slice(0, 10).toUpperCase()}`;
}
