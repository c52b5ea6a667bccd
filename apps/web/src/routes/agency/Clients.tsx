import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ClientList, type Notice } from "../../features/clients/components/ClientList";
import {
  CONNECTION_STATUSES,
  CONNECTION_STATUS_LABELS,
  type ConnectionStatus,
} from "../../features/clients/components/ConnectionStatusBadge";
import { InviteClientDialog, type InvitedClient } from "../../features/clients/components/InviteClientDialog";
import { Banner } from "../../ui/Banner";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { Select, TextInput } from "../../ui/Field";
import { PageHeader } from "../../ui/PageHeader";
import { paths } from "../paths";

const STATUS_OPTIONS = [
  { value: "", label: "All statuses" },
  ...CONNECTION_STATUSES.map((s) => ({ value: s, label: CONNECTION_STATUS_LABELS[s].label })),
];
const SEARCH_DELAY_MS = 300;

function asStatus(value: string | null): ConnectionStatus | null {
  const upper = (value ?? "").toUpperCase();
  return (CONNECTION_STATUSES as string[]).includes(upper) ? (upper as ConnectionStatus) : null;
}

/** Manage Clients: the companies the agency advertises for, invitations, and the way into each account. */
export function Clients() {
  const [params, setParams] = useSearchParams();
  const status = asStatus(params.get("status"));
  const search = params.get("q") ?? "";
  const [searchText, setSearchText] = useState(search);
  const [inviting, setInviting] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  // The URL keeps the filters (a reload or a shared link shows the same list); typing settles first.
  useEffect(() => {
    if (searchText.trim() === search) return;
    const timer = setTimeout(() => setFilter("q", searchText.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

  function setFilter(name: "q" | "status", value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === "") next.delete(name);
        else next.set(name, name === "status" ? value.toLowerCase() : value);
        return next;
      },
      { replace: true },
    );
  }

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
      {notice !== null && (
        <Banner tone={notice.tone} title={notice.title} onDismiss={() => setNotice(null)}>
          {notice.text}
        </Banner>
      )}
      <Card className="card-flush">
        <form className="filters" role="search" aria-label="Filter clients" onSubmit={(e) => e.preventDefault()}>
          <TextInput
            label="Search"
            type="search"
            name="q"
            placeholder="Company or email"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            maxLength={100}
          />
          <Select
            label="Status"
            name="status"
            value={status ?? ""}
            options={STATUS_OPTIONS}
            onChange={(e) => setFilter("status", e.target.value)}
          />
        </form>
        <ClientList
          filters={{ status, search }}
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
