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
import { useAgencyInvitationPreview, useAnswerAgencyInvitation } from "../hooks/use-agency-invitations";

export interface AgencyInvitationCardProps {
  token: string;
  /** Who is signed in on this browser, if anyone. */
  signedIn: { organizationName: string; canAnswer: boolean } | null;
  /** Came back from "Sign in to accept": accept at once. */
  acceptNow: boolean;
  paths: { logInToAccept: string; signUp: string; clients: string; home: string };
}

const ENDED: Record<Exclude<ConnectionStatus, "PENDING">, (client: string) => { title: string; text: string }> = {
  ACTIVE: (client) => ({
    title: "This invitation was already accepted",
    text: `${client} is connected. Sign in to see it in Manage Clients.`,
  }),
  EXPIRED: (client) => ({
    title: "This invitation has expired",
    text: `Invitation links work for 14 days. Ask ${client} to send it again.`,
  }),
  DECLINED: (client) => ({
    title: "This invitation was declined",
    text: `To connect after all, ask ${client} to invite you again.`,
  }),
  REVOKED: (client) => ({
    title: "This invitation was cancelled",
    text: `${client} withdrew it. Ask them for a new one if you expected to connect.`,
  }),
};

/** An employer's invitation link (the other direction of R6): who invites, and Accept or Decline. */
export function AgencyInvitationCard({ token, signedIn, acceptNow, paths }: AgencyInvitationCardProps) {
  const { invitation, loading, error, refetch } = useAgencyInvitationPreview(token);
  const { accept, decline, busy } = useAnswerAgencyInvitation();
  const [answered, setAnswered] = useState<{ accepted: boolean; client: string } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const autoAccepted = useRef(false);

  async function answer(accepting: boolean) {
    setProblem(null);
    const client = invitation?.clientName ?? "The company";
    try {
      if (accepting) await accept(token);
      else await decline(token);
      setAnswered({ accepted: accepting, client });
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  const ready = invitation !== null && invitation.status === "PENDING" && signedIn?.canAnswer === true;
  useEffect(() => {
    if (!acceptNow || !ready || autoAccepted.current) return;
    autoAccepted.current = true;
    void answer(true);
  });

  if (answered !== null) {
    return answered.accepted ? (
      <InvitationOutcome
        tone="success"
        title={`${answered.client} is now your client`}
        next={{ to: paths.clients, label: "Go to Manage Clients", primary: true }}
      >
        Access its account from Manage Clients to post and publish job ads for it.
      </InvitationOutcome>
    ) : (
      <InvitationOutcome
        tone="info"
        title={`You declined ${answered.client}'s invitation`}
        next={{ to: paths.home, label: "Go to Job Ads" }}
      >
        You will not be connected. They can invite you again.
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
        It may have been replaced by a newer invitation. Ask the company to send it again.
      </EmptyState>
    );
  }
  if (invitation.status !== "PENDING") {
    const ended = ENDED[invitation.status](invitation.clientName);
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
        <strong>{invitation.clientName}</strong> invites your agency to manage its job ads. Once you accept, the company appears
        in Manage Clients and you can access its account to post and publish job ads for it.
      </p>
      <dl className="details">
        <dt>Company</dt>
        <dd>{invitation.clientName}</dd>
        {invitation.inviterName !== null && (
          <>
            <dt>Invited by</dt>
            <dd>{invitation.inviterName}</dd>
          </>
        )}
        <dt>Sent to</dt>
        <dd>{invitation.email}</dd>
        {invitation.message !== null && (
          <>
            <dt>Message</dt>
            <dd>{invitation.message}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>
          <ConnectionStatusBadge status={invitation.status} />
        </dd>
      </dl>
      {problem !== null && <ProblemBanner problem={problem} />}
      {signedIn === null ? (
        <AcceptSignInChoice accountExists={invitation.accountExists} paths={paths} signUpLabel="Create your agency's account" />
      ) : signedIn.canAnswer ? (
        <div className="stack-sm">
          <Button variant="primary" className="btn-block" loading={busy} onClick={() => void answer(true)}>
            Accept invitation
          </Button>
          <Button className="btn-block" disabled={busy} onClick={() => void answer(false)}>
            Decline
          </Button>
        </div>
      ) : (
        <Banner tone="warning" title={`You're signed in as ${signedIn.organizationName}`}>
          Only an owner or admin of a service provider (agency) account can answer. Sign out, then open this link again and sign
          in with your agency's account.
        </Banner>
      )}
    </div>
  );
}
