import { useState } from "react";
import { graphql } from "../../../gql";
import type { ClientList_ConnectionFragment, ConnectionStatus } from "../../../gql/graphql";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { EmailAddress } from "../../../ui/EmailAddress";
import { Button } from "../../../ui/Button";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Table, type Column } from "../../../ui/Table";
import { useAccessCompany } from "../../company-access/hooks/use-company-access";
import { useClients, useResendClientInvitation, useRevokeClientConnection } from "../hooks/use-clients";
import { ConnectionStatusBadge } from "./ConnectionStatusBadge";
import { loadMoreFooter } from "../../shared/components/LoadMoreFooter";
import type { Notice } from "../../shared/components/NoticeBanner";

export const ClientListFragment = graphql(`
  fragment ClientList_connection on ClientConnection {
    id
    invitedCompanyName
    invitedEmail
    contactName
    status
    invitedAt
    respondedAt
    sharedCredits
    client {
      id
      name
    }
  }
`);

type Connection = ClientList_ConnectionFragment;

export interface ClientListProps {
  filters: { status: ConnectionStatus | null; search: string };
  /** Where "Access company" lands: the employer area's dashboard. */
  accessDestination: string;
  onInvite: () => void;
  onNotice: (notice: Notice) => void;
}

const companyName = (c: Connection) => c.client?.name ?? c.invitedCompanyName;

/** The agency's client connections with what can be done with each (R6, R7). */
export function ClientList({ filters, accessDestination, onInvite, onNotice }: ClientListProps) {
  const { connections, hasNextPage, loading, error, refetch, loadMore, loadingMore, loadMoreError } = useClients(filters);
  const { resend, loading: resending } = useResendClientInvitation();
  const { accessCompany, pendingId } = useAccessCompany();
  const [revoking, setRevoking] = useState<Connection | null>(null);

  async function resendTo(c: Connection) {
    try {
      await resend(c.id);
      onNotice({
        tone: "success",
        title: "Invitation resent",
        text: `A new link went to ${c.invitedEmail}; the earlier link no longer works.`,
      });
    } catch (e) {
      const p = describeProblem(e);
      onNotice({ tone: "danger", title: `Couldn't resend to ${c.invitedEmail}`, text: p.message });
    }
  }

  async function access(c: Connection) {
    try {
      await accessCompany(c.id, companyName(c), accessDestination);
    } catch (e) {
      const p = describeProblem(e);
      onNotice({ tone: "danger", title: `Couldn't access ${companyName(c)}`, text: p.message });
    }
  }

  const columns: readonly Column<Connection>[] = [
    {
      key: "company",
      header: "Company",
      label: "Company",
      cell: (c) => (
        <span className="cell-stack">
          <span className="strong">{companyName(c)}</span>
          {c.contactName !== null && <span className="muted">{c.contactName}</span>}
        </span>
      ),
    },
    { key: "email", header: "Email", label: "Email", cell: (c) => <EmailAddress value={c.invitedEmail} /> },
    { key: "status", header: "Status", label: "Status", cell: (c) => <ConnectionStatusBadge status={c.status} /> },
    { key: "invited", header: "Invited", label: "Invited", cell: (c) => <DateTime value={c.invitedAt} dateOnly /> },
    {
      key: "shared",
      header: "Shared credits",
      label: "Shared credits",
      align: "end",
      cell: (c) => (
        <span className={c.sharedCredits > 0 ? "num shared-credits" : "num muted"} data-testid="shared-credits">
          {c.sharedCredits}
        </span>
      ),
    },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      label: "",
      align: "end",
      hideLabelWhenCollapsed: true,
      cell: (c) => (
        <span className="row-actions">
          {c.status === "ACTIVE" && (
            <Button
              variant="shared"
              size="sm"
              loading={pendingId === c.id}
              disabled={pendingId !== null}
              onClick={() => void access(c)}
              aria-label={`Access company ${companyName(c)}`}
            >
              Access company
            </Button>
          )}
          {c.status === "PENDING" && (
            <Button
              variant="secondary"
              size="sm"
              disabled={resending}
              onClick={() => void resendTo(c)}
              aria-label={`Resend invitation to ${companyName(c)}`}
            >
              Resend
            </Button>
          )}
          {(c.status === "PENDING" || c.status === "ACTIVE") && (
            <span className="row-actions-danger">
              <Button
                variant="ghost"
                size="sm"
                className="text-danger"
                onClick={() => setRevoking(c)}
                aria-label={`Revoke ${companyName(c)}`}
              >
                Revoke
              </Button>
            </span>
          )}
        </span>
      ),
    },
  ];

  const filtered = filters.status !== null || filters.search.trim() !== "";
  if (loading) return <Loading label="Loading your clients…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load your clients" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (connections.length === 0) {
    return filtered ? (
      <EmptyState icon="search" title="No clients match">
        Try another search or status.
      </EmptyState>
    ) : (
      <EmptyState
        icon="people"
        title="No clients yet"
        action={
          <Button variant="primary" onClick={onInvite}>
            Invite company
          </Button>
        }
      >
        Invite a company you advertise for. Once it accepts, you can post and pay for its job ads from its account.
      </EmptyState>
    );
  }

  return (
    <>
      <Table
        caption="Client connections"
        columns={columns}
        rows={connections}
        rowKey={(c) => c.id}
        footer={loadMoreFooter({ hasNextPage, loadingMore, loadMoreError, loadMore })}
      />
      <RevokeClientDialog
        connection={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(text) => onNotice({ tone: "success", title: "Done", text })}
      />
    </>
  );
}

function RevokeClientDialog({
  connection,
  onClose,
  onRevoked,
}: {
  connection: Connection | null;
  onClose: () => void;
  onRevoked: (text: string) => void;
}) {
  const { revoke, loading } = useRevokeClientConnection();
  const [problem, setProblem] = useState<Problem | null>(null);
  const pending = connection?.status === "PENDING";
  const name = connection === null ? "" : companyName(connection);

  function close() {
    setProblem(null);
    onClose();
  }

  async function confirm() {
    if (connection === null) return;
    setProblem(null);
    try {
      await revoke(connection.id);
      close();
      onRevoked(
        pending
          ? `The invitation to ${name} was cancelled; its link no longer works.`
          : `You no longer have access to ${name}'s account.`,
      );
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  return (
    <ConfirmDialog
      open={connection !== null}
      title={pending ? `Cancel the invitation to ${name}?` : `Revoke access to ${name}?`}
      confirmLabel={pending ? "Revoke invitation" : "Revoke access"}
      cancelLabel="Keep it"
      busy={loading}
      problem={problem}
      onConfirm={() => void confirm()}
      onClose={close}
    >
      {pending ? (
        <p>The link we emailed stops working at once. You can invite the company again later.</p>
      ) : (
        <p>
          You will no longer be able to access <strong>{name}</strong>'s account or pay for its job ads with your shared credits.
          Its jobs stay in its account. To work together again, send a new invitation.
        </p>
      )}
    </ConfirmDialog>
  );
}
