import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PurchaseInput } from "../../../gql/graphql";
import { payWithNextAction, useCardPayments } from "../../payments/card-payments";

const PurchasePlanDocument = graphql(`
  mutation PurchasePlan($input: PurchaseInput!) {
    purchase(input: $input) {
      id
      quantity
      credits
      amountCents
      currency
      status
      nextAction {
        clientSecret
      }
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
    refetchQueries: ["PlanOverview", "Billing", "CreditOverview", "Invoices"],
    awaitRefetchQueries: true,
  });
  const { completeNextAction } = useCardPayments();
  async function send(input: PurchaseInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("The purchase answer had no data.");
    return data.purchase;
  }
  /** A card that needs 3-D Secure is confirmed with Stripe.js, then the same purchase (same key) completes. */
  function purchase(input: PurchaseInput) {
    return payWithNextAction(() => send(input), completeNextAction);
  }
  return { purchase, loading };
}
