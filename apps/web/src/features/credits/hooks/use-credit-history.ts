import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePagedList } from "../../shared/hooks/use-paged-list";
import { shownQueryState } from "../../shared/hooks/shown-query";

export const CREDIT_HISTORY_PAGE_SIZE = 20;

const CreditHistoryDocument = graphql(`
  query CreditHistory($first: Int!, $after: String) {
    creditHistory(first: $first, after: $after) {
      nodes {
        ...CreditHistoryTable_entry
      }
      endCursor
      hasNextPage
    }
  }
`);

/** Newest entries first; loadMore appends the next page (the cache's merge joins the pages). */
export function useCreditHistory() {
  const { data, loading, error, refetch, fetchMore } = useQuery(CreditHistoryDocument, {
    variables: { first: CREDIT_HISTORY_PAGE_SIZE },
    // A publish elsewhere adds an entry: ask each visit, showing the cached page meanwhile.
    fetchPolicy: "cache-and-network",
  });
  const { nodes, ...paging } = usePagedList(data?.creditHistory, (after) => fetchMore({ variables: { after } }));
  return { entries: nodes, ...paging, ...shownQueryState({ data, loading, error, refetch }) };
}
