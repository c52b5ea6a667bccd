import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PlanOverviewQuery } from "../../../gql/graphql";
import type { LiveSubscription, PlanFields } from "../plan-terms";
import { shownQueryState } from "../../shared/hooks/shown-query";

/**
 * Everything the pricing page and the dashboard's plan card need: every plan, the subscription,
 * the credit lots (spend order) and the purchases (to name a job pack still being used).
 */
const PlanOverviewDocument = graphql(`
  query PlanOverview {
    pricingPlans {
      ...PlanFields
    }
    subscription {
      id
      status
      currentPeriodStart
      currentPeriodEnd
      renewsAt
      notice
      canceledAt
      plan {
        ...PlanFields
      }
      nextPlan {
        ...PlanFields
      }
    }
    creditLots {
      id
      planKind
      granted
      remaining
      expiresAt
      createdAt
    }
    purchases {
      id
      status
      createdAt
      plan {
        id
        code
        kind
      }
    }
    viewer {
      currentOrganization {
        id
        kind
        creditBalance
        creditSharingEnabled
      }
    }
  }

  fragment PlanFields on PricingPlan {
    id
    code
    name
    kind
    credits
    priceCents
    currency
    creditValidityDays
  }
`);

export type PlanOverview = PlanOverviewQuery;
export type CreditLot = PlanOverviewQuery["creditLots"][number];
export type PlanSubscription = NonNullable<PlanOverviewQuery["subscription"]>;

/**
 * The plan the organization is on: its live subscription; else the job pack it last bought while
 * job pack credits remain; else pay-as-you-go. Null until the plans have loaded.
 */
/**
 * The plan in force: a live subscription, else pay-as-you-go. A job pack is a one-off purchase of
 * credits, never a plan: it is shown as credits held (heldJobPackOf), not as "Your plan".
 */
export function currentPlanOf(data: PlanOverviewQuery): PlanFields | null {
  const live = liveSubscriptionOf(data);
  if (live !== null) return live.plan;
  return data.pricingPlans.find((p) => p.kind === "PAY_AS_YOU_GO") ?? null;
}

/** The job pack last bought, while credits from a pack remain. */
export function heldJobPackOf(data: PlanOverviewQuery): PlanFields | null {
  if (!data.creditLots.some((l) => l.planKind === "JOB_PACK" && l.remaining > 0)) return null;
  const last = [...data.purchases]
    .filter((p) => p.status === "SUCCEEDED" && p.plan.kind === "JOB_PACK")
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return (last === undefined ? undefined : data.pricingPlans.find((p) => p.code === last.plan.code)) ?? null;
}

/** The subscription that still grants credits (ACTIVE, or CANCELED until its period ends). */
export function liveSubscriptionOf(data: PlanOverviewQuery): (LiveSubscription & PlanSubscription) | null {
  const s = data.subscription;
  if (s === null || s.status === "EXPIRED") return null;
  return { ...s, status: s.status };
}

export function usePlanOverview() {
  // A purchase, a spend or an expiry elsewhere changes lots and balance: ask each visit.
  const { data, loading, error, refetch } = useQuery(PlanOverviewDocument, { fetchPolicy: "cache-and-network" });
  return {
    data: data ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}
