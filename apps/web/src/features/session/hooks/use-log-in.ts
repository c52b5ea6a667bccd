import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { ViewerDocument, type SessionViewer } from "./use-viewer";

const LogInDocument = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      ...SessionViewer
    }
  }
`);

/** Signs in and puts the new viewer straight into the cache, so guarded routes render at once. */
export function useLogIn() {
  const [mutate, { loading }] = useMutation(LogInDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerDocument, data: { viewer: data.logIn } });
    },
  });
  async function logIn(email: string, password: string): Promise<SessionViewer> {
    const { data } = await mutate({ variables: { email, password } });
    if (!data) throw new Error("The sign-in answer had no data.");
    return data.logIn;
  }
  return { logIn, loading };
}
