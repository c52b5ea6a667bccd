import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { AddContactDialog, type AddedContact } from "../../features/contacts/components/AddContactDialog";
import { ContactList, type ContactNotice } from "../../features/contacts/components/ContactList";
import {
  PORTAL_STATUSES,
  portalStatusLabel,
  type PortalAccountStatus,
} from "../../features/contacts/components/PortalStatusBadge";
import { Banner } from "../../ui/Banner";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { Select, TextInput } from "../../ui/Field";
import { PageHeader } from "../../ui/PageHeader";
import { paths } from "../paths";

const STATUS_OPTIONS = [
  { value: "", label: "All statuses" },
  ...PORTAL_STATUSES.map((s) => ({ value: s, label: portalStatusLabel(s) })),
];
const SEARCH_DELAY_MS = 300;

function asStatus(value: string | null): PortalAccountStatus | null {
  const upper = (value ?? "").toUpperCase();
  return (PORTAL_STATUSES as string[]).includes(upper) ? (upper as PortalAccountStatus) : null;
}

/** /agency/contacts — the people at the agency's clients, and their client-portal accounts (R9). */
export function Contacts() {
  const [params, setParams] = useSearchParams();
  const status = asStatus(params.get("status"));
  const search = params.get("q") ?? "";
  const [searchText, setSearchText] = useState(search);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<ContactNotice | null>(null);

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

  function added(contact: AddedContact) {
    setAdding(false);
    setNotice({
      tone: "success",
      title: `${contact.name} added`,
      text:
        contact.companyName === null
          ? `${contact.email} is saved as a contact without a company. Only a contact at one of your clients can be invited to the portal.`
          : `${contact.name} of ${contact.companyName} is Not Registered until you invite them to the portal.`,
    });
  }

  return (
    <div className="stack">
      <title>Contacts · Job Ads</title>
      <PageHeader
        title="Contacts"
        description="The people you deal with at your client companies. Invite them to your job board's client portal, where they follow their job ads and candidates and send you new vacancies."
        actions={
          <Button variant="primary" onClick={() => setAdding(true)} aria-haspopup="dialog">
            Add contact
          </Button>
        }
      />
      {notice !== null && (
        <Banner
          tone={notice.tone}
          title={notice.title}
          onDismiss={() => setNotice(null)}
          actions={
            notice.action === undefined ? undefined : (
              <Link className="btn btn-secondary btn-sm" to={notice.action.to}>
                {notice.action.label}
              </Link>
            )
          }
        >
          {notice.text}
        </Banner>
      )}
      <Card className="card-flush">
        <form className="filters" role="search" aria-label="Filter contacts" onSubmit={(e) => e.preventDefault()}>
          <TextInput
            label="Search"
            type="search"
            name="q"
            placeholder="Name, email or company"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            maxLength={100}
          />
          <Select
            label="Portal status"
            name="status"
            value={status ?? ""}
            options={STATUS_OPTIONS}
            onChange={(e) => setFilter("status", e.target.value)}
          />
        </form>
        <ContactList
          filters={{ portalStatus: status, search }}
          jobBoardPath={paths.agencyPortal()}
          onAdd={() => setAdding(true)}
          onNotice={setNotice}
        />
      </Card>
      <p className="fine-print">
        Portal invitations are sent by email. On a development server without a mail server, read them in the{" "}
        <Link to={paths.devMailbox()}>Dev mailbox</Link>.
      </p>
      <AddContactDialog open={adding} clientsPath={paths.agencyClients()} onClose={() => setAdding(false)} onAdded={added} />
    </div>
  );
}
