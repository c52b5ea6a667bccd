import { useState } from "react";
import { graphql } from "../../../gql";
import type { AccessRequestList_ConnectionFragment, ConnectionStatus } from "../../../gql/graphql";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Table, type Column } from "../../../ui/Table";
import { ConnectionStatusBadge } from "../../clients/components/ConnectionStatusBadge";
import type { Notice } from "../../shared/components/NoticeBanner";
import { useAccessRequests, useRespondToAccessRequest, useRevokeAgencyAccess } from "../hooks/use-access-requests";

export const AccessRequestListFragment = graphql(`
  fragment AccessRequestList_connection on ClientConnection {
    id
    status
    invitedAt
    respondedAt
    invitedEmail
    invitedCompanyName
    serviceProvider {
      id
      name
    }
  }
`);

type Request = AccessRequestList_ConnectionFragment;
type Pending = { request: Request; action: "decline" | "revoke" };

export interface AccessRequestListProps {
  status: ConnectionStatus | null;
  onNotice: (notice: Notice) => void;
}

/** Agencies asking to work in this account: accept or decline; revoke an active one (R6). */
export function AccessRequestList({ status, onNotice }: AccessRequestListProps) {
  const { requests, loading, error, refetch } = useAccessRequests(status);
  const { respond, loading: responding } = useRespondToAccessRequest();
  const { revoke, loading: revoking } = useRevokeAgencyAccess();
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function accept(r: Request) {
    try {
      await respond(r.id, true);
      onNotice({
        tone: "success",
        title: `${r.serviceProvider.name} can now access your account`,
        text: "It can post and publish job ads for you, paying with its shared credits. You can revoke its access at any time.",
      });
    } catch (e) {
      onNotice({
        tone: "danger",
        title: `Couldn't accept ${r.serviceProvider.name}'s request`,
        text: describeProblem(e).message,
      });
    }
  }

  async function confirm() {
    if (confirming === null) return;
    const { request: r, action } = confirming;
    setProblem(null);
    try {
      if (action === "decline") await respond(r.id, false);
      else await revoke(r.id);
      setConfirming(null);
      onNotice({
        tone: "success",
        title:
          action === "decline"
            ? `Declined ${r.serviceProvider.name}'s request`
            : `${r.serviceProvider.name} no longer has access`,
        text:
          action === "decline"
            ? "It cannot access your account."
            : "Its access ended at once. Job ads it posted stay in your account.",
      });
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  const columns: readonly Column<Request>[] = [
    {
      key: "agency",
      header: "Agency",
      label: "Agency",
      cell: (r) => (
        <span className="cell-stack">
          <span className="strong">{r.serviceProvider.name}</span>
          <span className="muted break-anywhere">Sent to {r.invitedEmail}</span>
        </span>
      ),
    },
    { key: "status", header: "Status", label: "Status", cell: (r) => <ConnectionStatusBadge status={r.status} /> },
    { key: "asked", header: "Requested", label: "Requested", cell: (r) => <DateTime value={r.invitedAt} dateOnly /> },
    {
      key: "answered",
      header: "Answered",
      label: "Answered",
      cell: (r) => (r.respondedAt === null ? <span className="muted">—</span> : <DateTime value={r.respondedAt} dateOnly />),
    },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      label: "",
      align: "end",
      hideLabelWhenCollapsed: true,
      cell: (r) => (
        <span className="row-actions">
          {r.status === "PENDING" && (
            <>
              <Button
                variant="primary"
                size="sm"
                disabled={responding}
                onClick={() => void accept(r)}
                aria-label={`Accept ${r.serviceProvider.name}`}
              >
                Accept
              </Button>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => setConfirming({ request: r, action: "decline" })}
                aria-label={`Decline ${r.serviceProvider.name}`}
              >
                Decline
              </Button>
            </>
          )}
          {r.status === "ACTIVE" && (
            <Button
              variant="ghost"
              size="sm"
              className="text-danger"
              onClick={() => setConfirming({ request: r, action: "revoke" })}
              aria-label={`Revoke access for ${r.serviceProvider.name}`}
            >
              Revoke access
            </Button>
          )}
        </span>
      ),
    },
  ];

  let content;
  if (loading) content = <Loading label="Loading access requests…" />;
  else if (error !== undefined) {
    const p = describeProblem(error);
    content = <ErrorState title="Couldn't load access requests" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  } else if (requests.length === 0) {
    content = (
      <EmptyState icon="people" title={status === null ? "No access requests" : "No requests with this status"}>
        When an agency invites your company to connect, its request shows here for you to accept or decline.
      </EmptyState>
    );
  } else content = <Table caption="Access requests" columns={columns} rows={requests} rowKey={(r) => r.id} />;

  const name = confirming?.request.serviceProvider.name ?? "";
  return (
    <>
      {content}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming?.action === "decline" ? `Decline ${name}'s request?` : `Revoke ${name}'s access?`}
        confirmLabel={confirming?.action === "decline" ? "Decline" : "Revoke access"}
        busy={responding || revoking}
        problem={problem}
        onConfirm={() => void confirm()}
        onClose={() => {
          setProblem(null);
          setConfirming(null);
        }}
      >
        {confirming?.action === "decline" ? (
          <p>{name} won't be able to access your account. To work together later, it has to invite you again.</p>
        ) : (
          <p>
            {name} loses access to your account at once and can no longer publish job ads for you. Job ads it posted stay in your
            account.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
