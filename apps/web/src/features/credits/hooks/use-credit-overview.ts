import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { shownQueryState } from "../../shared/hooks/shown-query";

/**
 * The current organization with what the dashboard's credit cards need (fragments beside them),
 * and, while an agency works in a client's account, the agency's credits shared with the client.
 */
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
      serviceProvider {
        id
        name
      }
      accessingClient {
        id
        sharedCredits
      }
    }
  }
`);

export function useCreditOverview() {
  // Balances change on other pages and in other accounts (a publish, an agency's spend): ask each visit.
  const { data, loading, error, refetch } = useQuery(CreditOverviewDocument, { fetchPolicy: "cache-and-network" });
  const viewer = data?.viewer ?? null;
  return {
    organization: viewer?.currentOrganization ?? null,
    /** Set while an agency works in this client's account: its credits this client's ads may use. */
    sharedBy:
      viewer?.serviceProvider != null && viewer.accessingClient !== null
        ? { agencyName: viewer.serviceProvider.name, credits: viewer.accessingClient.sharedCredits }
        : null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}
