import { useState } from "react";

/** One page of a cursor-paged connection, as the API sends it. */
interface Page<N> {
  nodes: N[];
  endCursor?: string | null;
  hasNextPage: boolean;
  totalCount?: number;
}

/**
 * A cursor-paged list with "Load more": the nodes so far, and a loadMore that asks for the page
 * after `endCursor` and tracks that one request, so the list stays on screen while it loads and a
 * failed page shows beside the list instead of replacing it. How the new page joins the old ones
 * is the caller's choice (a cache field policy, or an updateQuery passed in `fetchPage`), so this
 * needs no GraphQL of its own. `totalCount` is null until known (or when the list has none).
 */
export function usePagedList<N>(page: Page<N> | undefined, fetchPage: (after: string) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const endCursor = page?.endCursor;

  async function loadMore(): Promise<void> {
    if (endCursor == null) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    try {
      await fetchPage(endCursor);
    } catch (e) {
      setLoadMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    nodes: page?.nodes ?? [],
    totalCount: page?.totalCount ?? null,
    hasNextPage: page?.hasNextPage ?? false,
    loadMore,
    loadingMore,
    loadMoreError,
  };
}
