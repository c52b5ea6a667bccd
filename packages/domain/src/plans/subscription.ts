import { DomainError } from "../errors.js";
import type { Cents } from "../money.js";
import type { PlanTerms } from "./purchase.js";

/**
 * R5 Subscriptions. A period is one calendar month from the subscription's anchor (the moment it
 * started), in UTC: period n runs from addMonths(anchor, n) to addMonths(anchor, n + 1). Anchoring
 * every period to the start (not to the previous period's end) keeps a 31st-of-the-month
 * subscription on the 31st whenever the month has one: Jan 31 → Feb 28 (29) → Mar 31.
 */
export type SubscriptionState = "ACTIVE" | "CANCELED" | "EXPIRED";

function daysInMonthUtc(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** The same day and time `months` calendar months later, clamped to the end of a shorter month. */
export function addMonthsClamped(at: Date, months: number): Date {
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  const total = at.getUTCFullYear() * 12 + at.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const day = Math.min(at.getUTCDate(), daysInMonthUtc(year, month));
  return new Date(Date.UTC(year, month, day, at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()));
}

export interface Period {
  index: number;
  start: Date;
  end: Date;
}

export function subscriptionPeriod(anchor: Date, index: number): Period {
  return { index, start: addMonthsClamped(anchor, index), end: addMonthsClamped(anchor, index + 1) };
}

/** The period that contains `at` (start inclusive, end exclusive); period 0 for anything before the anchor. */
export function periodAt(anchor: Date, at: Date): Period {
  if (at.getTime() < anchor.getTime()) return subscriptionPeriod(anchor, 0);
  const approx = (at.getUTCFullYear() - anchor.getUTCFullYear()) * 12 + (at.getUTCMonth() - anchor.getUTCMonth());
  let index = Math.max(0, approx - 1);
  while (subscriptionPeriod(anchor, index).end.getTime() <= at.getTime()) index++;
  return subscriptionPeriod(anchor, index);
}

/**
 * The period a renewal at `now` moves into. Normally the one right after `currentIndex`; after
 * downtime that skipped whole periods, the one containing `now`: a customer is never charged for
 * a period that is already over (its credits would be born expired).
 */
export function renewalPeriod(anchor: Date, currentIndex: number, now: Date): Period {
  const next = subscriptionPeriod(anchor, currentIndex + 1);
  if (next.end.getTime() > now.getTime()) return next;
  return periodAt(anchor, now);
}

export interface CurrentSubscription {
  plan: PlanTerms;
  status: "ACTIVE" | "CANCELED";
  /** A downgrade scheduled for the period's end, if any. */
  pendingPlanCode: string | null;
}

/**
 * What buying subscription plan `target` does, given the organization's live subscription:
 * SUBSCRIBE (none live): charge the price, grant the plan's credits for the first period.
 * UPGRADE (more credits): at once; charge the full price difference (no proration) and grant the
 *   credit difference for the current period.
 * DOWNGRADE (fewer or equal credits, another plan): nothing now; the plan changes at the next renewal.
 * RESUME (the same plan while canceled or with a downgrade scheduled): renewal continues on this plan.
 * Anything that changes to a new plan also undoes a cancellation.
 */
export type PlanChange =
  | { kind: "SUBSCRIBE"; credits: number; amountCents: Cents }
  | { kind: "UPGRADE"; credits: number; amountCents: Cents }
  | { kind: "DOWNGRADE"; credits: 0; amountCents: 0 }
  | { kind: "RESUME"; credits: 0; amountCents: 0 };

export function decidePlanChange(current: CurrentSubscription | null, target: PlanTerms): PlanChange {
  if (target.kind !== "SUBSCRIPTION") throw new RangeError(`${target.code} is not a subscription plan`);
  if (current === null) return { kind: "SUBSCRIBE", credits: target.credits, amountCents: target.priceCents };
  if (current.plan.code === target.code) {
    if (current.status === "CANCELED" || current.pendingPlanCode !== null) return { kind: "RESUME", credits: 0, amountCents: 0 };
    throw new DomainError("CONFLICT", "You are already subscribed to this plan.");
  }
  if (target.credits > current.plan.credits) {
    return {
      kind: "UPGRADE",
      credits: target.credits - current.plan.credits,
      amountCents: Math.max(0, target.priceCents - current.plan.priceCents),
    };
  }
  return { kind: "DOWNGRADE", credits: 0, amountCents: 0 };
}
