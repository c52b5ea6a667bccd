import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { ViewerDocument, type SessionViewer } from "../../session/hooks/use-viewer";

const TeamInvitationPreviewDocument = graphql(`
  query TeamInvitationPreview($token: String!) {
    teamInvitation(token: $token) {
      organizationName
      email
      role
      accountExists
    }
  }
`);

const SignUpFromTeamInvitationDocument = graphql(`
  mutation SignUpFromTeamInvitation($input: SignUpFromTeamInvitationInput!) {
    signUpFromTeamInvitation(input: $input) {
      ...SessionViewer
    }
  }
`);

const AcceptTeamInvitationDocument = graphql(`
  mutation AcceptTeamInvitation($token: String!) {
    acceptTeamInvitation(token: $token) {
      ...SessionViewer
    }
  }
`);

export function useTeamInvitationPreview(token: string) {
  const { data, loading, error } = useQuery(TeamInvitationPreviewDocument, { variables: { token }, fetchPolicy: "network-only" });
  return { preview: data?.teamInvitation ?? null, loading: loading && data === undefined, error };
}

/** Both answers are the new session's viewer: written to the cache, so the app opens in the joined organization. */
export function useJoinTeam() {
  const [signUpMutate, signingUp] = useMutation(SignUpFromTeamInvitationDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerDocument, data: { viewer: data.signUpFromTeamInvitation } });
    },
  });
  const [acceptMutate, accepting] = useMutation(AcceptTeamInvitationDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerDocument, data: { viewer: data.acceptTeamInvitation } });
    },
  });
  async function signUp(input: { token: string; name: string; password: string }): Promise<SessionViewer> {
    const { data } = await signUpMutate({ variables: { input } });
    if (!data) throw new Error("The sign-up answer had no data.");
    return data.signUpFromTeamInvitation;
  }
  async function accept(token: string): Promise<SessionViewer> {
    const { data } = await acceptMutate({ variables: { token } });
    if (!data) throw new Error("The answer had no data.");
    return data.acceptTeamInvitation;
  }
  return { signUp, accept, loading: signingUp.loading || accepting.loading };
}
