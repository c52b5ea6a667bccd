import { useState } from "react";
import { describeProblem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { Table, type Column } from "../../../ui/Table";
import { ConnectionStatusBadge } from "../../clients/components/ConnectionStatusBadge";
import type { Notice } from "../../shared/components/NoticeBanner";
import { useClientRequests, useRespondToClientRequest } from "../hooks/use-agency-invitations";

type Request = ReturnType<typeof useClientRequests>["requests"][number];

/** Manage Clients: employers that invited this agency to manage their job ads; owners and admins answer. */
export function ClientRequestsCard({ canRespond, onNotice }: { canRespond: boolean; onNotice: (notice: Notice) => void }) {
  const { requests } = useClientRequests();
  const { respond, loading } = useRespondToClientRequest();
  const [answering, setAnswering] = useState<string | null>(null);
  if (requests.length === 0) return null;

  async function answer(r: Request, accept: boolean) {
    setAnswering(`${r.id}:${accept ? "accept" : "decline"}`);
    try {
      await respond(r.id, accept);
      onNotice(
        accept
          ? {
              tone: "success",
              title: `${r.clientName} is now your client`,
              text: "Access its account from the list to post and publish job ads for it.",
            }
          : { tone: "success", title: `Declined ${r.clientName}'s invitation`, text: "You will not be connected." },
      );
    } catch (e) {
      onNotice({ tone: "danger", title: `Couldn't answer ${r.clientName}`, text: describeProblem(e).message });
    } finally {
      setAnswering(null);
    }
  }

  const columns: readonly Column<Request>[] = [
    {
      key: "client",
      header: "Company",
      label: "Company",
      cell: (r) => (
        <span className="cell-stack">
          <span className="strong">{r.clientName}</span>
          <span className="muted break-anywhere">
            {r.inviterName === null ? "" : `From ${r.inviterName}, `}to {r.email}
          </span>
        </span>
      ),
    },
    { key: "status", header: "Status", label: "Status", cell: (r) => <ConnectionStatusBadge status={r.status} /> },
    { key: "sent", header: "Received", label: "Received", cell: (r) => <DateTime value={r.invitedAt} dateOnly /> },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      label: "",
      align: "end",
      hideLabelWhenCollapsed: true,
      cell: (r) =>
        canRespond && r.status === "PENDING" ? (
          <span className="row-actions">
            <Button
              variant="primary"
              size="sm"
              loading={loading && answering === `${r.id}:accept`}
              aria-label={`Accept ${r.clientName}`}
              onClick={() => void answer(r, true)}
            >
              Accept
            </Button>
            <Button
              size="sm"
              loading={loading && answering === `${r.id}:decline`}
              aria-label={`Decline ${r.clientName}`}
              onClick={() => void answer(r, false)}
            >
              Decline
            </Button>
          </span>
        ) : null,
    },
  ];

  return (
    <Card
      className="card-flush"
      title="Requests from clients"
      description={
        canRespond
          ? "These companies invited you to manage their job ads."
          : "These companies invited you to manage their job ads. An owner or admin of your agency can accept."
      }
    >
      <Table caption="Requests from clients" columns={columns} rows={requests} rowKey={(r) => r.id} />
    </Card>
  );
}
