import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePagedList } from "../../shared/hooks/use-paged-list";
import { shownQueryState } from "../../shared/hooks/shown-query";

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
  const { nodes, ...paging } = usePagedList(data?.auditEvents, (after) => fetchMore({ variables: { after } }));
  return { events: nodes, ...paging, ...shownQueryState({ data, loading, error, refetch }) };
}
