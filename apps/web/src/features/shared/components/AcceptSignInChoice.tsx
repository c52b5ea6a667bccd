import { Link } from "react-router";

export interface AcceptSignInChoiceProps {
  /** The invited address already has an account: signing in is the one next step. */
  accountExists: boolean;
  paths: { logInToAccept: string; signUp: string };
  /** Names whose account the invitee creates, e.g. "Create your agency's account". */
  signUpLabel: string;
}

/** What a signed-out visitor of an invitation link does next: sign in to accept, or create the account. */
export function AcceptSignInChoice({ accountExists, paths, signUpLabel }: AcceptSignInChoiceProps) {
  if (accountExists) {
    return (
      <Link className="btn btn-primary btn-block" to={paths.logInToAccept}>
        Sign in to accept
      </Link>
    );
  }
  return (
    <>
      <Link className="btn btn-primary btn-block" to={paths.signUp}>
        {signUpLabel}
      </Link>
      <p className="fine-print center-text">
        Already have an account? <Link to={paths.logInToAccept}>Sign in to accept</Link>
      </p>
    </>
  );
}
