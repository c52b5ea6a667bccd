import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const InvitationDocument = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      serviceProviderName
      inviterName
      invitedCompanyName
      invitedEmail
      status
      accountExists
    }
  }
`);

const AcceptClientInvitationDocument = graphql(`
  mutation AcceptClientInvitation($token: String!) {
    acceptClientInvitation(token: $token) {
      id
      status
      serviceProvider {
        id
        name
      }
    }
  }
`);

/** What an invitation link shows before anyone signs in; `invitation` is null for an unknown or used link. */
export function useInvitation(token: string | null) {
  const { data, loading, error, refetch } = useQuery(InvitationDocument, {
    variables: { token: token ?? "" },
    fetchPolicy: "network-only",
    skip: token === null,
  });
  return {
    invitation: data?.invitation ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/** The signed-in employer accepts: the agency may now access this account (R6). */
export function useAcceptClientInvitation() {
  const [mutate, { loading }] = useMutation(AcceptClientInvitationDocument, { refetchQueries: ["AccessRequests"] });
  async function accept(token: string) {
    const { data } = await mutate({ variables: { token } });
    if (!data) throw new Error("The answer had no data.");
    return data.acceptClientInvitation;
  }
  return { accept, loading };
}
