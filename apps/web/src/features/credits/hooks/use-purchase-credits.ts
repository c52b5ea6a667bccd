import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PurchaseInput } from "../../../gql/graphql";
import { payWithNextAction, useCardPayments } from "../../payments/card-payments";

const PurchaseCreditsDocument = graphql(`
  mutation PurchaseCredits($input: PurchaseInput!) {
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
    }
  }
`);

/**
 * Buys credits. The balance and the history are asked again before the promise settles, so the
 * dashboard shows the new numbers as soon as the dialog closes.
 */
export function usePurchaseCredits() {
  const [mutate, { loading }] = useMutation(PurchaseCreditsDocument, {
    refetchQueries: ["CreditOverview", "CreditHistory", "PlanOverview", "Billing", "Invoices"],
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
