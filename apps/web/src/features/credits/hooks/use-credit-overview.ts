import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** The current organization with what the dashboard's credit cards need (fragments beside them). */
const CreditOverviewDocument = graphql(`
  query CreditOverview {
    viewer {
      currentOrganization {
        id
        name
        kind
        ...CreditBalanceCard_organization
        ...CreditSharingCard_organization
      }
    }
  }
`);

export function useCreditOverview() {
  const { data, loading, error, refetch } = useQuery(CreditOverviewDocument);
  return {
    organization: data?.viewer?.currentOrganization ?? null,
    loading: loading && data === undefined,
    error: data === undefined ? error : undefined,
    refetch: () => void refetch(),
  };
}
