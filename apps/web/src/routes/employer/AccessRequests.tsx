import { useState } from "react";
import { AccessRequestList } from "../../features/access-requests/components/AccessRequestList";
import { InviteAgencyCard } from "../../features/agency-invitations/components/InviteAgencyCard";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { CONNECTION_STATUSES, CONNECTION_STATUS_LABELS } from "../../features/clients/components/ConnectionStatusBadge";
import { NoticeBanner, type Notice } from "../../features/shared/components/NoticeBanner";
import { Card } from "../../ui/Card";
import { Select } from "../../ui/Field";
import { PageHeader } from "../../ui/PageHeader";
import { useListFilters } from "../shared/use-list-filters";

const STATUS_OPTIONS = [
  { value: "", label: "All statuses" },
  ...CONNECTION_STATUSES.map((s) => ({ value: s, label: CONNECTION_STATUS_LABELS[s].label })),
];

/** The employer's side of connections: agencies asking to work in this account. */
export function AccessRequests() {
  const { status, setStatus } = useListFilters(CONNECTION_STATUSES);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { viewer } = useViewer();
  const role = viewer?.memberships.find((m) => m.organization.id === viewer.currentOrganization.id)?.role;
  // Owners and admins, in their own account: an agency inside it may not invite others for it (R7).
  const canInvite = viewer !== null && viewer.accessingClient === null && (role === "OWNER" || role === "ADMIN");

  return (
    <div className="stack">
      <title>Access requests · Job Ads</title>
      <PageHeader
        title="Access requests"
        description="Agencies you accept can post and publish job ads in your account and pay for them with their shared credits. You can revoke access at any time."
      />
      <NoticeBanner notice={notice} onDismiss={() => setNotice(null)} />
      <Card className="card-flush">
        <form className="filters" aria-label="Filter access requests" onSubmit={(e) => e.preventDefault()}>
          <Select
            label="Status"
            name="status"
            value={status ?? ""}
            options={STATUS_OPTIONS}
            onChange={(e) => setStatus(e.target.value)}
          />
        </form>
        <AccessRequestList status={status} onNotice={setNotice} />
      </Card>
      {canInvite && <InviteAgencyCard onNotice={setNotice} />}
    </div>
  );
}
