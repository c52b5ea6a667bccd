import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

const VerifyEmailDocument = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

const ResendVerificationEmailDocument = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(RequestPasswordResetDocument);
  return { request: async (email: string) => void (await mutate({ variables: { email } })), loading };
}

export function useResetPassword() {
  const [mutate, { loading }] = useMutation(ResetPasswordDocument);
  return {
    reset: async (token: string, newPassword: string) => void (await mutate({ variables: { token, newPassword } })),
    loading,
  };
}

/** Following the link changes what the viewer is (verified, or a new address): the viewer is asked again. */
export function useVerifyEmail() {
  const [mutate, { loading, called, error, data }] = useMutation(VerifyEmailDocument, { refetchQueries: ["Viewer"] });
  return {
    verify: async (token: string) => void (await mutate({ variables: { token } })),
    loading,
    called,
    error,
    done: data !== undefined,
  };
}

export function useResendVerificationEmail() {
  const [mutate, { loading }] = useMutation(ResendVerificationEmailDocument);
  return { resend: async () => void (await mutate()), loading };
}
