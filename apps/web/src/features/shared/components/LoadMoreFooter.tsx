import { describeProblem } from "../../../apollo/error-messages";
import { LoadMore } from "../../../ui/LoadMore";

/**
 * A paged table's footer: "Load more" while pages remain, or the failed page's error. Undefined
 * when there is nothing to show, because Table draws a footer band for anything it is given.
 */
export function loadMoreFooter(paging: {
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  loadMore: () => Promise<void>;
}) {
  const { hasNextPage, loadingMore, loadMoreError, loadMore } = paging;
  if (!hasNextPage && loadMoreError === null) return undefined;
  return (
    <LoadMore
      hasMore={hasNextPage}
      loading={loadingMore}
      problem={loadMoreError === null ? null : describeProblem(loadMoreError).message}
      onLoadMore={() => void loadMore()}
    />
  );
}
