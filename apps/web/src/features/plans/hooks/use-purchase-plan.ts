import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PurchaseInput } from "../../../gql/graphql";

const PurchasePlanDocument = graphql(`
  mutation PurchasePlan($input: PurchaseInput!) {
    purchase(input: $input) {
      id
      quantity
      credits
      amountCents
      currency
      status
      receiptNumber
      receiptUrl
      plan {
        id
        name
        kind
      }
    }
  }
`);

/** Buys, subscribes, upgrades, downgrades or resumes; the plan screens are asked again before it settles. */
export function usePurchasePlan() {
  const [mutate, { loading }] = useMutation(PurchasePlanDocument, {
    refetchQueries: ["PlanOverview", "Billing", "CreditOverview"],
    awaitRefetchQueries: true,
  });
  async function purchase(input: PurchaseInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("The purchase answer had no data.");
    return data.purchase;
  }
  return { purchase, loading };
}
