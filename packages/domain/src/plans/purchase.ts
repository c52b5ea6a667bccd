import { DomainError, badInput } from "../errors.js";
import { multiplyCents, type Cents } from "../money.js";

export type PlanKind = "PAY_AS_YOU_GO" | "JOB_PACK" | "SUBSCRIPTION";

export interface PlanTerms {
  code: string;
  kind: PlanKind;
  credits: number;
  priceCents: Cents;
}

export const PAYG_MAX_QUANTITY = 100;

/** R5 What a purchase of `quantity` of a plan grants and costs. Other plans are bought one at a time. */
export function priceOfPurchase(plan: PlanTerms, quantity: number): { credits: number; amountCents: Cents } {
  if (plan.kind === "PAY_AS_YOU_GO") {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > PAYG_MAX_QUANTITY) {
      throw badInput({ quantity: `Choose between 1 and ${PAYG_MAX_QUANTITY} credits.` });
    }
  } else if (quantity !== 1) {
    throw badInput({ quantity: "This plan is bought one at a time." });
  }
  return { credits: plan.credits * quantity, amountCents: multiplyCents(plan.priceCents, quantity) };
}

/** A replayed idempotency key must carry the same request. */
export function assertSameRequest(first: string, replay: string): void {
  if (first !== replay) {
    throw new DomainError("CONFLICT", "This idempotency key was already used for a different request.");
  }
}
