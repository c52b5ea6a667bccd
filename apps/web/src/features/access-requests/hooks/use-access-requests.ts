import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { ConnectionStatus } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const AccessRequestsDocument = graphql(`
  query AccessRequests($status: ConnectionStatus) {
    accessRequests(status: $status) {
      ...AccessRequestList_connection
    }
  }
`);

const RespondToAccessRequestDocument = graphql(`
  mutation RespondToAccessRequest($connectionId: ID!, $accept: Boolean!) {
    respondToAccessRequest(connectionId: $connectionId, accept: $accept) {
      ...AccessRequestList_connection
    }
  }
`);

const RevokeAgencyAccessDocument = graphql(`
  mutation RevokeAgencyAccess($connectionId: ID!) {
    revokeClientConnection(connectionId: $connectionId) {
      ...AccessRequestList_connection
    }
  }
`);

/** Agencies that asked for (or have) access to this employer's account, newest first. */
export function useAccessRequests(status: ConnectionStatus | null) {
  const { data, loading, error, refetch } = useQuery(AccessRequestsDocument, {
    variables: { status },
    fetchPolicy: "cache-and-network",
  });
  return {
    requests: data?.accessRequests ?? [],
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

export function useRespondToAccessRequest() {
  const [mutate, { loading }] = useMutation(RespondToAccessRequestDocument, { refetchQueries: ["AccessRequests"] });
  async function respond(connectionId: string, accept: boolean) {
    const { data } = await mutate({ variables: { connectionId, accept } });
    if (!data) throw new Error("The answer had no data.");
    return data.respondToAccessRequest;
  }
  return { respond, loading };
}

/** The employer ends an agency's access; it takes effect on the agency's very next request (R7). */
export function useRevokeAgencyAccess() {
  const [mutate, { loading }] = useMutation(RevokeAgencyAccessDocument, { refetchQueries: ["AccessRequests"] });
  async function revoke(connectionId: string) {
    const { data } = await mutate({ variables: { connectionId } });
    if (!data) throw new Error("The answer had no data.");
    return data.revokeClientConnection;
  }
  return { revoke, loading };
}
