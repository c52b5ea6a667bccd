import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const PricingPlansDocument = graphql(`
  query PricingPlans {
    pricingPlans {
      id
      code
      name
      kind
      credits
      priceCents
      currency
      creditValidityDays
    }
  }
`);

/** Plans are data (R5): the pay-as-you-go price comes from the API, never from the SPA. */
export const PAY_AS_YOU_GO_CODE = "payg";

export function usePayAsYouGoPlan() {
  const { data, loading, error, refetch } = useQuery(PricingPlansDocument);
  return {
    plan: data?.pricingPlans.find((p) => p.code === PAY_AS_YOU_GO_CODE) ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}
