import { useState } from "react";
import { Link } from "react-router";
import { ClientRequestsCard } from "../../features/agency-invitations/components/ClientRequestsCard";
import { ClientList } from "../../features/clients/components/ClientList";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { CONNECTION_STATUSES, CONNECTION_STATUS_LABELS } from "../../features/clients/components/ConnectionStatusBadge";
import { InviteClientDialog, type InvitedClient } from "../../features/clients/components/InviteClientDialog";
import { NoticeBanner, type Notice } from "../../features/shared/components/NoticeBanner";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { PageHeader } from "../../ui/PageHeader";
import { paths } from "../paths";
import { ListFilters } from "../shared/ListFilters";
import { useListFilters } from "../shared/use-list-filters";

const STATUS_OPTIONS = [
  { value: "", label: "All statuses" },
  ...CONNECTION_STATUSES.map((s) => ({ value: s, label: CONNECTION_STATUS_LABELS[s].label })),
];

/** Manage Clients: the companies the agency advertises for, invitations, and the way into each account. */
export function Clients() {
  const filters = useListFilters(CONNECTION_STATUSES);
  const [inviting, setInviting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { viewer } = useViewer();
  const role = viewer?.memberships.find((m) => m.organization.id === viewer.currentOrganization.id)?.role;

  function invited(client: InvitedClient) {
    setInviting(false);
    setNotice({
      tone: "success",
      title: `Invitation sent to ${client.companyName}`,
      text: `We emailed a link to ${client.email}. It works once and expires in 14 days.`,
    });
  }

  return (
    <div className="stack">
      <title>Manage Clients · Job Ads</title>
      <PageHeader
        title="Manage Clients"
        description="Invite the companies you advertise for. Once a company accepts, access its account to post job ads and pay with your shared credits."
        actions={
          <Button variant="primary" onClick={() => setInviting(true)} aria-haspopup="dialog">
            Invite company
          </Button>
        }
      />
      <NoticeBanner notice={notice} onDismiss={() => setNotice(null)} />
      <ClientRequestsCard canRespond={role === "OWNER" || role === "ADMIN"} onNotice={setNotice} />
      <Card className="card-flush">
        <ListFilters
          label="Filter clients"
          searchPlaceholder="Company or email"
          statusLabel="Status"
          statusOptions={STATUS_OPTIONS}
          filters={filters}
        />
        <ClientList
          filters={{ status: filters.status, search: filters.search }}
          accessDestination={paths.employerDashboard()}
          onInvite={() => setInviting(true)}
          onNotice={setNotice}
        />
      </Card>
      <p className="fine-print">
        Invitations are sent by email. On a development server without a mail server, read them in the{" "}
        <Link to={paths.devMailbox()}>Dev mailbox</Link>.
      </p>
      <InviteClientDialog open={inviting} onClose={() => setInviting(false)} onInvited={invited} />
    </div>
  );
}
