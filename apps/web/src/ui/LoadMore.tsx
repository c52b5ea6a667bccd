import { Banner } from "./Banner";
import { Button } from "./Button";

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  /** Why the last page failed, in words; null when it did not. */
  problem: string | null;
  onLoadMore: () => void;
}

/**
 * The foot of a paged table: the next page's button, and a failed page's reason above it, so
 * the rows already shown stay put. Nothing when there is neither.
 */
export function LoadMore({ hasMore, loading, problem, onLoadMore }: LoadMoreProps) {
  if (!hasMore && problem === null) return null;
  return (
    <div className="stack-sm center">
      {problem !== null && <Banner tone="danger">{problem}</Banner>}
      {hasMore && (
        <Button variant="secondary" size="sm" loading={loading} onClick={onLoadMore}>
          Load more
        </Button>
      )}
    </div>
  );
}
