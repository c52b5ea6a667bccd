import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

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
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const page = data?.creditHistory;

  async function loadMore(): Promise<void> {
    if (page?.endCursor == null) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchMore({ variables: { after: page.endCursor } });
    } catch (e) {
      setLoadMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    entries: page?.nodes ?? [],
    hasNextPage: page?.hasNextPage ?? false,
    loading: loading && data === undefined,
    error: data === undefined ? error : undefined,
    refetch: () => void refetch(),
    loadMore,
    loadingMore,
    loadMoreError,
  };
}
