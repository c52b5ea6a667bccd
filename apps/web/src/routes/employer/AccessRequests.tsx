import { useState } from "react";
import { useSearchParams } from "react-router";
import { AccessRequestList } from "../../features/access-requests/components/AccessRequestList";
import {
  CONNECTION_STATUSES,
  CONNECTION_STATUS_LABELS,
  type ConnectionStatus,
} from "../../features/clients/components/ConnectionStatusBadge";
import { Banner } from "../../ui/Banner";
import { Card } from "../../ui/Card";
import { Select } from "../../ui/Field";
import { PageHeader } from "../../ui/PageHeader";

const STATUS_OPTIONS = [
  { value: "", label: "All statuses" },
  ...CONNECTION_STATUSES.map((s) => ({ value: s, label: CONNECTION_STATUS_LABELS[s].label })),
];

function asStatus(value: string | null): ConnectionStatus | null {
  const upper = (value ?? "").toUpperCase();
  return (CONNECTION_STATUSES as string[]).includes(upper) ? (upper as ConnectionStatus) : null;
}

/** The employer's side of connections: agencies asking to work in this account. */
export function AccessRequests() {
  const [params, setParams] = useSearchParams();
  const status = asStatus(params.get("status"));
  const [notice, setNotice] = useState<{ tone: "success" | "danger"; title: string; text: string } | null>(null);

  return (
    <div className="stack">
      <title>Access requests · Job Ads</title>
      <PageHeader
        title="Access requests"
        description="Agencies you accept can post and publish job ads in your account and pay for them with their shared credits. You can revoke access at any time."
      />
      {notice !== null && (
        <Banner tone={notice.tone} title={notice.title} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Banner>
      )}
      <Card className="card-flush">
        <form className="filters" aria-label="Filter access requests" onSubmit={(e) => e.preventDefault()}>
          <Select
            label="Status"
            name="status"
            value={status ?? ""}
            options={STATUS_OPTIONS}
            onChange={(e) => setParams(e.target.value === "" ? {} : { status: e.target.value.toLowerCase() }, { replace: true })}
          />
        </form>
        <AccessRequestList status={status} onNotice={setNotice} />
      </Card>
    </div>
  );
}
