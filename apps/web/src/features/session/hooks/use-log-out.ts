import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

const LogOutDocument = graphql(`
  mutation LogOut {
    logOut
  }
`);

/**
 * Ends the session, then reloads the app on the sign-in screen: a full reload is the one sure way
 * that nothing of the previous person's data stays in memory for the next one.
 */
export function useLogOut(signInPath: string) {
  const [mutate] = useMutation(LogOutDocument);
  const [loading, setLoading] = useState(false);
  async function logOut(): Promise<void> {
    setLoading(true);
    try {
      await mutate();
    } finally {
      window.location.assign(signInPath);
    }
  }
  return { logOut, loading };
}
