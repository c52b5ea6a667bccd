import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { ConnectionStatus, InviteClientInput } from "../../../gql/graphql";
import { usePagedList } from "../../shared/hooks/use-paged-list";
import { shownQueryState } from "../../shared/hooks/shown-query";

export const CLIENTS_PAGE_SIZE = 20;

const ClientsDocument = graphql(`
  query Clients($status: ConnectionStatus, $search: String, $first: Int!, $after: String) {
    clients(status: $status, search: $search, first: $first, after: $after) {
      nodes {
        ...ClientList_connection
      }
      endCursor
      hasNextPage
    }
  }
`);

const InviteClientDocument = graphql(`
  mutation InviteClient($input: InviteClientInput!) {
    inviteClient(input: $input) {
      ...ClientList_connection
    }
  }
`);

const ResendClientInvitationDocument = graphql(`
  mutation ResendClientInvitation($connectionId: ID!) {
    resendClientInvitation(connectionId: $connectionId) {
      ...ClientList_connection
    }
  }
`);

const RevokeClientConnectionDocument = graphql(`
  mutation RevokeClientConnection($connectionId: ID!) {
    revokeClientConnection(connectionId: $connectionId) {
      ...ClientList_connection
    }
  }
`);

/** The agency's client connections, newest invitation first, filtered; loadMore appends a page. */
export function useClients(filters: { status: ConnectionStatus | null; search: string }) {
  const search = filters.search.trim();
  const { data, loading, error, refetch, fetchMore } = useQuery(ClientsDocument, {
    variables: { status: filters.status, search: search === "" ? null : search, first: CLIENTS_PAGE_SIZE },
    // Clients accept invitations elsewhere: show what is cached, and ask again each visit.
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: false,
  });
  const { nodes, ...paging } = usePagedList(data?.clients, (after) => fetchMore({ variables: { after } }));
  return { connections: nodes, ...paging, ...shownQueryState({ data, loading, error, refetch }) };
}

/** Sends the invitation mail; every list of clients is asked again so the new row shows. */
export function useInviteClient() {
  const [mutate, { loading }] = useMutation(InviteClientDocument, { refetchQueries: ["Clients"], awaitRefetchQueries: true });
  async function invite(input: InviteClientInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("The invitation answer had no data.");
    return data.inviteClient;
  }
  return { invite, loading };
}

/** A new link and 14 more days; the old link stops working (R6). */
export function useResendClientInvitation() {
  const [mutate, { loading }] = useMutation(ResendClientInvitationDocument);
  async function resend(connectionId: string) {
    const { data } = await mutate({ variables: { connectionId } });
    if (!data) throw new Error("The answer had no data.");
    return data.resendClientInvitation;
  }
  return { resend, loading };
}

/** Ends a connection (or cancels a pending invitation); the row's status updates in the cache. */
export function useRevokeClientConnection() {
  const [mutate, { loading }] = useMutation(RevokeClientConnectionDocument, { refetchQueries: ["Clients"] });
  async function revoke(connectionId: string) {
    const { data } = await mutate({ variables: { connectionId } });
    if (!data) throw new Error("The answer had no data.");
    return data.revokeClientConnection;
  }
  return { revoke, loading };
}
