import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { BillingQuery } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

/** The billing page: the subscription and every purchase with its receipt. */
const BillingDocument = graphql(`
  query Billing {
    subscription {
      id
      status
      currentPeriodStart
      currentPeriodEnd
      renewsAt
      notice
      canceledAt
      plan {
        id
        code
        name
        credits
        priceCents
        currency
      }
      nextPlan {
        id
        code
        name
        credits
        priceCents
        currency
      }
    }
    purchases {
      id
      receiptNumber
      receiptUrl
      amountCents
      currency
      status
      createdAt
      quantity
      credits
      plan {
        id
        name
        kind
      }
    }
  }
`);

export type BillingSubscription = NonNullable<BillingQuery["subscription"]>;
export type BillingPurchase = BillingQuery["purchases"][number];

export function useBilling() {
  const { data, loading, error, refetch } = useQuery(BillingDocument, { fetchPolicy: "cache-and-network" });
  return {
    subscription: data?.subscription ?? null,
    purchases: data?.purchases ?? [],
    loaded: data !== undefined,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

const CancelSubscriptionDocument = graphql(`
  mutation CancelSubscription {
    cancelSubscription {
      id
      status
      renewsAt
      canceledAt
      currentPeriodEnd
      notice
    }
  }
`);

export function useCancelSubscription() {
  const [mutate, { loading }] = useMutation(CancelSubscriptionDocument, {
    refetchQueries: ["PlanOverview", "Billing", "Invoices"],
    awaitRefetchQueries: true,
  });
  async function cancel(): Promise<void> {
    await mutate();
  }
  return { cancel, loading };
}
