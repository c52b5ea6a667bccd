import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const AUDIT_PAGE_SIZE = 20;

const AuditEventsDocument = graphql(`
  query AuditEvents($first: Int!, $after: String) {
    auditEvents(first: $first, after: $after) {
      nodes {
        ...ActivityLog_event
      }
      endCursor
      hasNextPage
    }
  }
`);

/** Writes to this organization, newest first; asked afresh on each visit. */
export function useAuditEvents() {
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { first: AUDIT_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<unknown>(null);
  const page = data?.auditEvents;

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
    events: page?.nodes ?? [],
    hasNextPage: page?.hasNextPage ?? false,
    loading: loading && data === undefined,
    error: data === undefined ? error : undefined,
    refetch: () => void refetch(),
    loadMore,
    loadingMore,
    loadMoreError,
  };
}
