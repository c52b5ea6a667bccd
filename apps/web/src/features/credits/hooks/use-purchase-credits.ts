import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PurchaseInput } from "../../../gql/graphql";

const PurchaseCreditsDocument = graphql(`
  mutation PurchaseCredits($input: PurchaseInput!) {
    purchase(input: $input) {
      id
      quantity
      credits
      amountCents
      currency
      status
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
    refetchQueries: ["CreditOverview", "CreditHistory", "PlanOverview", "Billing"],
    awaitRefetchQueries: true,
  });
  async function purchase(input: PurchaseInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("The purchase answer had no data.");
    return data.purchase;
  }
  return { purchase, loading };
}
