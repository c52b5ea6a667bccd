import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { SignUpInput } from "../../../gql/graphql";
import { ViewerDocument, type SessionViewer } from "./use-viewer";

const SignUpDocument = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...SessionViewer
    }
  }
`);

export type SignUpValues = SignUpInput;

/** Creates the account and its organization, and signs in (the API sets the session cookie). */
export function useSignUp() {
  const [mutate, { loading }] = useMutation(SignUpDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerDocument, data: { viewer: data.signUp } });
    },
  });
  async function signUp(input: SignUpValues): Promise<SessionViewer> {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("The sign-up answer had no data.");
    return data.signUp;
  }
  return { signUp, loading };
}
