import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { shownQueryState } from "../../shared/hooks/shown-query";
import { ViewerDocument, type SessionViewer } from "../../session/hooks/use-viewer";

const PortalInvitationDocument = graphql(`
  query PortalInvitation($token: String!) {
    portalInvitation(token: $token) {
      contactName
      email
      companyName
      serviceProviderName
      portalSlug
      accountExists
    }
  }
`);

const ActivatePortalAccountDocument = graphql(`
  mutation ActivatePortalAccount($token: String!, $password: String!) {
    activatePortalAccount(token: $token, password: $password) {
      ...SessionViewer
    }
  }
`);

export type PortalInvitation = NonNullable<ReturnType<typeof usePortalInvitation>["invitation"]>;

/** What a contact's activation link is for (R9); `invitation` is null when it expired or was used. */
export function usePortalInvitation(token: string) {
  const { data, loading, error, refetch } = useQuery(PortalInvitationDocument, {
    variables: { token },
    // A link is single-use: never answer from a cache that may predate its use.
    fetchPolicy: "network-only",
    skip: token === "",
  });
  return {
    invitation: data?.portalInvitation ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/**
 * Sets the password (or checks the existing account's) and signs in; the new viewer goes straight
 * into the cache, so the contact's portal home renders at once.
 */
export function useActivatePortalAccount() {
  const [mutate, { loading }] = useMutation(ActivatePortalAccountDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerDocument, data: { viewer: data.activatePortalAccount } });
    },
  });
  async function activate(token: string, password: string): Promise<SessionViewer> {
    const { data } = await mutate({ variables: { token, password } });
    if (!data) throw new Error("The activation answer had no data.");
    return data.activatePortalAccount;
  }
  return { activate, loading };
}
