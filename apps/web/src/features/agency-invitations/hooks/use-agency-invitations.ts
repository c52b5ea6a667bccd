import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { shownQueryState } from "../../shared/hooks/shown-query";

export const AgencyInvitationFieldsFragment = graphql(`
  fragment AgencyInvitationFields on AgencyInvitation {
    id
    clientName
    inviterName
    email
    status
    invitedAt
    respondedAt
    connectionId
  }
`);

const SentAgencyInvitationsDocument = graphql(`
  query SentAgencyInvitations {
    agencyInvitations {
      ...AgencyInvitationFields
    }
  }
`);

const InviteAgencyDocument = graphql(`
  mutation InviteAgency($input: InviteAgencyInput!) {
    inviteAgency(input: $input) {
      ...AgencyInvitationFields
    }
  }
`);

const ResendAgencyInvitationDocument = graphql(`
  mutation ResendAgencyInvitation($invitationId: ID!) {
    resendAgencyInvitation(invitationId: $invitationId) {
      ...AgencyInvitationFields
    }
  }
`);

const CancelAgencyInvitationDocument = graphql(`
  mutation CancelAgencyInvitation($invitationId: ID!) {
    cancelAgencyInvitation(invitationId: $invitationId) {
      ...AgencyInvitationFields
    }
  }
`);

const ClientRequestsDocument = graphql(`
  query ClientRequests {
    clientRequests {
      ...AgencyInvitationFields
      message
    }
  }
`);

const RespondToClientRequestDocument = graphql(`
  mutation RespondToClientRequest($invitationId: ID!, $accept: Boolean!) {
    respondToClientRequest(invitationId: $invitationId, accept: $accept) {
      ...AgencyInvitationFields
    }
  }
`);

const AgencyInvitationPreviewDocument = graphql(`
  query AgencyInvitationPreview($token: String!) {
    agencyInvitation(token: $token) {
      clientName
      inviterName
      email
      message
      status
      accountExists
    }
  }
`);

const AcceptAgencyInvitationDocument = graphql(`
  mutation AcceptAgencyInvitation($token: String!) {
    acceptAgencyInvitation(token: $token) {
      id
      status
      invitedCompanyName
    }
  }
`);

const DeclineAgencyInvitationDocument = graphql(`
  mutation DeclineAgencyInvitation($token: String!) {
    declineAgencyInvitation(token: $token) {
      id
      status
    }
  }
`);

/** Employer: the invitations it sent to agencies, newest first. */
export function useSentAgencyInvitations() {
  const { data, loading, error, refetch } = useQuery(SentAgencyInvitationsDocument, { fetchPolicy: "cache-and-network" });
  return { invitations: data?.agencyInvitations ?? [], ...shownQueryState({ data, loading, error, refetch }) };
}

export function useInviteAgency() {
  const [mutate, { loading }] = useMutation(InviteAgencyDocument, { refetchQueries: ["SentAgencyInvitations"] });
  async function invite(input: { email: string; message: string | null }) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("The answer had no data.");
    return data.inviteAgency;
  }
  return { invite, loading };
}

export function useCancelAgencyInvitation() {
  const [mutate, { loading }] = useMutation(CancelAgencyInvitationDocument, { refetchQueries: ["SentAgencyInvitations"] });
  async function cancel(invitationId: string) {
    const { data } = await mutate({ variables: { invitationId } });
    if (!data) throw new Error("The answer had no data.");
    return data.cancelAgencyInvitation;
  }
  return { cancel, loading };
}

export function useResendAgencyInvitation() {
  const [mutate, { loading }] = useMutation(ResendAgencyInvitationDocument, { refetchQueries: ["SentAgencyInvitations"] });
  async function resend(invitationId: string) {
    const { data } = await mutate({ variables: { invitationId } });
    if (!data) throw new Error("The answer had no data.");
    return data.resendAgencyInvitation;
  }
  return { resend, loading };
}

/** Service provider: pending invitations from clients to its people. */
export function useClientRequests() {
  const { data, loading, error, refetch } = useQuery(ClientRequestsDocument, { fetchPolicy: "cache-and-network" });
  return { requests: data?.clientRequests ?? [], ...shownQueryState({ data, loading, error, refetch }) };
}

export function useRespondToClientRequest() {
  const [mutate, { loading }] = useMutation(RespondToClientRequestDocument, { refetchQueries: ["ClientRequests", "Clients"] });
  async function respond(invitationId: string, accept: boolean) {
    const { data } = await mutate({ variables: { invitationId, accept } });
    if (!data) throw new Error("The answer had no data.");
    return data.respondToClientRequest;
  }
  return { respond, loading };
}

/** What an agency invitation link shows before anyone signs in; null for an unknown or replaced link. */
export function useAgencyInvitationPreview(token: string | null) {
  const { data, loading, error, refetch } = useQuery(AgencyInvitationPreviewDocument, {
    variables: { token: token ?? "" },
    fetchPolicy: "network-only",
    skip: token === null,
  });
  return { invitation: data?.agencyInvitation ?? null, ...shownQueryState({ data, loading, error, refetch }) };
}

export function useAnswerAgencyInvitation() {
  const refetchQueries = ["ClientRequests", "Clients", "AgencyInvitationPreview"];
  const [acceptMutate, { loading: accepting }] = useMutation(AcceptAgencyInvitationDocument, { refetchQueries });
  const [declineMutate, { loading: declining }] = useMutation(DeclineAgencyInvitationDocument, { refetchQueries });
  async function accept(token: string) {
    const { data } = await acceptMutate({ variables: { token } });
    if (!data) throw new Error("The answer had no data.");
    return data.acceptAgencyInvitation;
  }
  async function decline(token: string) {
    const { data } = await declineMutate({ variables: { token } });
    if (!data) throw new Error("The answer had no data.");
    return data.declineAgencyInvitation;
  }
  return { accept, decline, busy: accepting || declining };
}
