/**
 * How a screen reads a query's state: data already in the cache stays on screen while the query
 * is asked again, so `loading` and `error` count only while there is nothing to show yet (a
 * failed refresh of a shown list does not replace it). `refetch` is fire-and-forget for buttons.
 */
export function shownQueryState<E>({
  data,
  loading,
  error,
  refetch,
}: {
  data: unknown;
  loading: boolean;
  error?: E;
  refetch: () => Promise<unknown>;
}) {
  return {
    loading: loading && data === undefined,
    error: data === undefined ? error : undefined,
    refetch: () => void refetch(),
  };
}
