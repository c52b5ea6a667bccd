import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const MySessionsDocument = graphql(`
  query MySessions {
    mySessions {
      id
      browser
      address
      lastUsedAt
      createdAt
      current
    }
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const ChangeEmailDocument = graphql(`
  mutation ChangeEmail($newEmail: String!, $currentPassword: String!) {
    changeEmail(newEmail: $newEmail, currentPassword: $currentPassword) {
      pendingEmail
    }
  }
`);

const EndSessionDocument = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id)
  }
`);

const EndOtherSessionsDocument = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);

export function useMySessions() {
  const { data, loading, error, refetch } = useQuery(MySessionsDocument);
  return { sessions: data?.mySessions ?? [], ...shownQueryState({ data, loading, error, refetch }) };
}

const sessionsAgain = { refetchQueries: ["MySessions"], awaitRefetchQueries: true };

export function useAccountSecurity() {
  const [changePassword, changingPassword] = useMutation(ChangePasswordDocument, sessionsAgain);
  const [changeEmail, changingEmail] = useMutation(ChangeEmailDocument, { refetchQueries: ["Viewer"] });
  const [endSession, ending] = useMutation(EndSessionDocument, sessionsAgain);
  const [endOthers, endingOthers] = useMutation(EndOtherSessionsDocument, sessionsAgain);
  return {
    changePassword: async (currentPassword: string, newPassword: string) =>
      void (await changePassword({ variables: { currentPassword, newPassword } })),
    changeEmail: async (newEmail: string, currentPassword: string) => {
      const { data } = await changeEmail({ variables: { newEmail, currentPassword } });
      return data?.changeEmail.pendingEmail ?? newEmail;
    },
    endSession: async (id: string) => void (await endSession({ variables: { id } })),
    endOthers: async () => (await endOthers()).data?.endOtherSessions ?? 0,
    busy: {
      password: changingPassword.loading,
      email: changingEmail.loading,
      ending: ending.loading,
      endingOthers: endingOthers.loading,
    },
  };
}
