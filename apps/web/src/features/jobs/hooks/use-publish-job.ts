import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PaymentInput } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const PublishQuoteDocument = graphql(`
  query PublishQuote($jobId: ID!) {
    publishQuote(jobId: $jobId) {
      source
      serviceProviderCredits
      serviceProviderSharingEnabled
      serviceProviderBalance
      ownCredits
      priceCents
      currency
      canPublishWithCredits
    }
  }
`);

const PublishJobDocument = graphql(`
  mutation PublishJob($id: ID!, $payment: PaymentInput, $idempotencyKey: String) {
    publishJob(id: $id, payment: $payment, idempotencyKey: $idempotencyKey) {
      ...JobDetail_job
    }
  }
`);

/** How a publish would be paid right now (R1): always asked afresh, balances change elsewhere. */
export function usePublishQuote(jobId: string, skip: boolean) {
  const { data, loading, error, refetch } = useQuery(PublishQuoteDocument, {
    variables: { jobId },
    fetchPolicy: "network-only",
    skip,
  });
  return {
    quote: data?.publishQuote ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/**
 * Publishes with credits, or by card when `payment` is given and no credits can pay (R1, R2).
 * Balances, histories and lists that show the spend are asked again.
 */
export function usePublishJob() {
  const [mutate, { loading }] = useMutation(PublishJobDocument, {
    refetchQueries: ["PublishQuote", "CreditOverview", "CreditHistory", "Jobs", "Clients"],
  });
  async function publish(id: string, payment: PaymentInput | null, idempotencyKey: string) {
    const { data } = await mutate({ variables: { id, payment, idempotencyKey } });
    if (!data) throw new Error("The publish answer had no data.");
    return data.publishJob;
  }
  return { publish, loading };
}
