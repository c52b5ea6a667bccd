import { useState } from "react";

/**
 * "Load more" for a cursor-paged list: asks for the page after `endCursor` and tracks that one
 * request, so the list stays on screen while it loads and a failed page shows beside the list
 * instead of replacing it. How the new page joins the old ones is the caller's choice (a cache
 * field policy, or an updateQuery passed in `fetchPage`), so this needs no GraphQL of its own.
 */
export function useLoadMore(endCursor: string | null | undefined, fetchPage: (after: string) => Promise<unknown>) {
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);

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

  return { loadMore, loadingMore, loadMoreError };
}
