import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import type { ConnectionStatus } from "../../../gql/graphql";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { ConnectionStatusBadge } from "../../clients/components/ConnectionStatusBadge";
import { AcceptSignInChoice } from "../../shared/components/AcceptSignInChoice";
import { InvitationOutcome } from "../../shared/components/InvitationOutcome";
import { ProblemBanner } from "../../shared/components/ProblemBanner";
import { useAcceptClientInvitation, useInvitation } from "../hooks/use-invitation";

export interface InvitationCardProps {
  token: string;
  /** Who is signed in on this browser, if anyone. */
  signedIn: { organizationName: string; canAccept: boolean } | null;
  /** Came back from "Sign in to accept": accept at once. */
  acceptNow: boolean;
  paths: { logInToAccept: string; signUp: string; afterAccept: string; home: string };
}

const ENDED: Record<Exclude<ConnectionStatus, "PENDING">, (agency: string) => { title: string; text: string }> = {
  ACTIVE: () => ({
    title: "This invitation was already accepted",
    text: "The company is connected. Sign in to see it under Access requests.",
  }),
  EXPIRED: (agency) => ({
    title: "This invitation has expired",
    text: `Invitation links work for 14 days. Ask ${agency} to send it again.`,
  }),
  DECLINED: (agency) => ({
    title: "This invitation was declined",
    text: `To connect after all, ask ${agency} to invite you again.`,
  }),
  REVOKED: (agency) => ({
    title: "This invitation was cancelled",
    text: `${agency} withdrew it. Ask them for a new one if you expected to connect.`,
  }),
};

/** An invitation link (R6): who invites whom, and the one next step for whoever opened it. */
export function InvitationCard({ token, signedIn, acceptNow, paths }: InvitationCardProps) {
  const { invitation, loading, error, refetch } = useInvitation(token);
  const { accept, loading: accepting } = useAcceptClientInvitation();
  const [accepted, setAccepted] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const autoAccepted = useRef(false);

  async function acceptInvitation() {
    setProblem(null);
    try {
      const connection = await accept(token);
      setAccepted(connection.serviceProvider.name);
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  const ready = invitation !== null && invitation.status === "PENDING" && signedIn?.canAccept === true;
  useEffect(() => {
    if (!acceptNow || !ready || autoAccepted.current) return;
    autoAccepted.current = true;
    void acceptInvitation();
  });

  if (accepted !== null) {
    return (
      <InvitationOutcome
        tone="success"
        title={`You're connected with ${accepted}`}
        next={{ to: paths.afterAccept, label: "Go to Access requests", primary: true }}
      >
        {accepted} can now post and publish job ads in your account, paying with its shared credits. You can revoke its access at
        any time.
      </InvitationOutcome>
    );
  }
  if (loading) return <Loading label="Checking the invitation…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't check this invitation" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (invitation === null) {
    return (
      <EmptyState icon="compass" title="This invitation link is not valid" action={<Link to={paths.home}>Go to Job Ads</Link>}>
        It may have been used already, or replaced by a newer invitation. Ask the agency to send it again.
      </EmptyState>
    );
  }
  if (invitation.status !== "PENDING") {
    const ended = ENDED[invitation.status](invitation.serviceProviderName);
    return (
      <InvitationOutcome
        tone={invitation.status === "ACTIVE" ? "info" : "warning"}
        title={ended.title}
        next={{ to: paths.home, label: "Go to Job Ads" }}
      >
        {ended.text}
      </InvitationOutcome>
    );
  }

  return (
    <div className="stack-sm">
      <p>
        {invitation.inviterName !== null && (
          <>
            <strong>{invitation.inviterName}</strong> of{" "}
          </>
        )}
        <strong>{invitation.serviceProviderName}</strong> would like to connect with{" "}
        <strong>{invitation.invitedCompanyName}</strong>. Once you accept, they can post and manage job ads in your account and
        pay for them with their shared credits. You can revoke their access at any time.
      </p>
      <dl className="details">
        <dt>Agency</dt>
        <dd>{invitation.serviceProviderName}</dd>
        {invitation.inviterName !== null && (
          <>
            <dt>Invited by</dt>
            <dd>{invitation.inviterName}</dd>
          </>
        )}
        <dt>Company</dt>
        <dd>{invitation.invitedCompanyName}</dd>
        <dt>Sent to</dt>
        <dd>{invitation.invitedEmail}</dd>
        <dt>Status</dt>
        <dd>
          <ConnectionStatusBadge status={invitation.status} />
        </dd>
      </dl>
      {problem !== null && <ProblemBanner problem={problem} />}
      {signedIn === null ? (
        <AcceptSignInChoice accountExists={invitation.accountExists} paths={paths} signUpLabel="Create your company's account" />
      ) : signedIn.canAccept ? (
        <Button variant="primary" className="btn-block" loading={accepting} onClick={() => void acceptInvitation()}>
          Accept invitation
        </Button>
      ) : (
        <Banner tone="warning" title={`You're signed in as ${signedIn.organizationName}`}>
          Only an owner or admin of an employer account can accept. Sign out, then open this link again and sign in with the
          company's account.
        </Banner>
      )}
    </div>
  );
}
