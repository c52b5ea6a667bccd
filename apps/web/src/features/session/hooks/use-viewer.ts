import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { SessionViewerFragment } from "../../../gql/graphql";

/** What every signed-in screen needs to know about who is signed in. */
export const SessionViewerFragmentDoc = graphql(`
  fragment SessionViewer on Viewer {
    user {
      id
      name
      email
    }
    currentOrganization {
      id
      name
      kind
    }
    serviceProvider {
      id
      name
    }
  }
`);

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      ...SessionViewer
    }
  }
`);

export type SessionViewer = SessionViewerFragment;

/** The signed-in viewer, or null when nobody is signed in. Read from the cache after the first ask. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  return {
    viewer: data?.viewer ?? null,
    // Loading only until the first answer: later refetches keep showing the last viewer.
    loading: loading && data === undefined,
    error: data === undefined ? error : undefined,
    refetch: () => void refetch(),
  };
}
