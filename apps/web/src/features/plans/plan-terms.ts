import { decidePlanChange, formatCents, type PlanChange } from "@app/domain";
import type { PlanKind } from "../../gql/graphql";

/** The plan fields every plans screen reads (PricingPlan in the schema). */
export interface PlanFields {
  id: string;
  code: string;
  name: string;
  kind: PlanKind;
  credits: number;
  priceCents: number;
  currency: string;
  creditValidityDays: number | null;
}

/** The live subscription, as decidePlanChange needs it; null when none is ACTIVE or CANCELED. */
export interface LiveSubscription {
  status: "ACTIVE" | "CANCELED";
  plan: PlanFields;
  nextPlan: PlanFields | null;
}

export const KIND_LABELS = {
  PAY_AS_YOU_GO: "Pay as you go",
  JOB_PACK: "Job packs",
  SUBSCRIPTION: "Monthly subscriptions",
} satisfies Record<PlanKind, string>;
export const LOT_LABELS = { PAY_AS_YOU_GO: "Pay as you go", JOB_PACK: "Job pack", SUBSCRIPTION: "Subscription" } satisfies Record<
  PlanKind,
  string
>;
export const KIND_ORDER: readonly PlanKind[] = ["PAY_AS_YOU_GO", "JOB_PACK", "SUBSCRIPTION"];

export function credits(n: number): string {
  return `${n} ${n === 1 ? "credit" : "credits"}`;
}

/** "$159.20" a job ad: the price spread over the plan's credits, to the cent. */
export function pricePerAd(plan: PlanFields): string {
  return formatCents(Math.round(plan.priceCents / Math.max(1, plan.credits)), plan.currency);
}

/** How long the plan's credits last (R4), in the words the pricing page uses. */
export function validityText(plan: PlanFields): string {
  if (plan.kind === "SUBSCRIPTION") return "Renew monthly, unused credits expire at period end";
  if (plan.creditValidityDays === null) return "Credits never expire";
  return `Credits valid ${plan.creditValidityDays} days`;
}

const dayFormat = new Intl.DateTimeFormat("en-AU", { day: "numeric", month: "short", year: "numeric" });

/** "23 Nov 2027", in the reader's time zone. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "—" : dayFormat.format(date);
}

/** What buying `plan` would do now: the same rule the API applies (packages/domain), or null for non-subscriptions. */
export function subscriptionChange(live: LiveSubscription | null, plan: PlanFields): PlanChange | "CURRENT" | null {
  if (plan.kind !== "SUBSCRIPTION") return null;
  if (live !== null && live.plan.code === plan.code && live.status === "ACTIVE" && live.nextPlan === null) return "CURRENT";
  return decidePlanChange(
    live === null ? null : { plan: live.plan, status: live.status, pendingPlanCode: live.nextPlan?.code ?? null },
    plan,
  );
}

/** The button on a plan card. */
export function actionLabel(plan: PlanFields, change: PlanChange | "CURRENT" | null): string {
  if (plan.kind === "PAY_AS_YOU_GO") return "Buy credits";
  if (plan.kind === "JOB_PACK") return "Buy pack";
  if (change === "CURRENT" || change === null) return "Subscribe";
  switch (change.kind) {
    case "SUBSCRIBE":
      return "Subscribe";
    case "UPGRADE":
      return "Upgrade";
    case "DOWNGRADE":
      return "Downgrade";
    case "RESUME":
      return "Keep this plan";
  }
}
