import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { MembershipRole } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const TeamDocument = graphql(`
  query Team {
    team {
      members {
        userId
        name
        email
        role
        joinedAt
      }
      invitations {
        id
        email
        role
        invitedAt
        expiresAt
        expired
      }
      permissions {
        action
        label
        roles
        needsVerifiedEmail
      }
    }
  }
`);

const InviteTeamMemberDocument = graphql(`
  mutation InviteTeamMember($email: String!, $role: MembershipRole!) {
    inviteTeamMember(email: $email, role: $role) {
      id
      email
    }
  }
`);

const ResendTeamInvitationDocument = graphql(`
  mutation ResendTeamInvitation($id: ID!) {
    resendTeamInvitation(id: $id) {
      id
      expiresAt
      expired
    }
  }
`);

const CancelTeamInvitationDocument = graphql(`
  mutation CancelTeamInvitation($id: ID!) {
    cancelTeamInvitation(id: $id)
  }
`);

const ChangeTeamMemberRoleDocument = graphql(`
  mutation ChangeTeamMemberRole($userId: ID!, $role: MembershipRole!) {
    changeTeamMemberRole(userId: $userId, role: $role) {
      userId
      role
    }
  }
`);

const RemoveTeamMemberDocument = graphql(`
  mutation RemoveTeamMember($userId: ID!) {
    removeTeamMember(userId: $userId)
  }
`);

const TransferOwnershipDocument = graphql(`
  mutation TransferOwnership($userId: ID!) {
    transferOwnership(userId: $userId) {
      userId
      role
    }
  }
`);

const LeaveTeamDocument = graphql(`
  mutation LeaveTeam {
    leaveTeam
  }
`);

export function useTeam() {
  const { data, loading, error, refetch } = useQuery(TeamDocument);
  return { team: data?.team ?? null, ...shownQueryState({ data, loading, error, refetch }) };
}

const refetch = { refetchQueries: ["Team"], awaitRefetchQueries: true };

/** Every change to the team asks for the team again, so lists and roles always show what the API holds. */
export function useTeamActions() {
  const [invite, inviting] = useMutation(InviteTeamMemberDocument, refetch);
  const [resend, resending] = useMutation(ResendTeamInvitationDocument, refetch);
  const [cancel, cancelling] = useMutation(CancelTeamInvitationDocument, refetch);
  const [changeRole, changing] = useMutation(ChangeTeamMemberRoleDocument, refetch);
  const [remove, removing] = useMutation(RemoveTeamMemberDocument, refetch);
  const [transfer, transferring] = useMutation(TransferOwnershipDocument, refetch);
  const [leave, leaving] = useMutation(LeaveTeamDocument);
  return {
    invite: async (email: string, role: MembershipRole) => void (await invite({ variables: { email, role } })),
    resend: async (id: string) => void (await resend({ variables: { id } })),
    cancel: async (id: string) => void (await cancel({ variables: { id } })),
    changeRole: async (userId: string, role: MembershipRole) => void (await changeRole({ variables: { userId, role } })),
    remove: async (userId: string) => void (await remove({ variables: { userId } })),
    transfer: async (userId: string) => void (await transfer({ variables: { userId } })),
    leave: async () => void (await leave()),
    busy: {
      inviting: inviting.loading,
      resending: resending.loading,
      cancelling: cancelling.loading,
      changing: changing.loading,
      removing: removing.loading,
      transferring: transferring.loading,
      leaving: leaving.loading,
    },
  };
}
