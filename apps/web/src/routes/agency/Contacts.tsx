import { useState } from "react";
import { Link } from "react-router";
import { AddContactDialog, type AddedContact } from "../../features/contacts/components/AddContactDialog";
import { ContactList } from "../../features/contacts/components/ContactList";
import { PORTAL_STATUSES, portalStatusLabel } from "../../features/contacts/components/PortalStatusBadge";
import { NoticeBanner, type Notice } from "../../features/shared/components/NoticeBanner";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { PageHeader } from "../../ui/PageHeader";
import { paths } from "../paths";
import { ListFilters } from "../shared/ListFilters";
import { useListFilters } from "../shared/use-list-filters";

const STATUS_OPTIONS = [
  { value: "", label: "All statuses" },
  ...PORTAL_STATUSES.map((s) => ({ value: s, label: portalStatusLabel(s) })),
];

/** /agency/contacts — the people at the agency's clients, and their client-portal accounts (R9). */
export function Contacts() {
  const filters = useListFilters(PORTAL_STATUSES);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

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
      <NoticeBanner notice={notice} onDismiss={() => setNotice(null)} />
      <Card className="card-flush">
        <ListFilters
          label="Filter contacts"
          searchPlaceholder="Name, email or company"
          statusLabel="Portal status"
          statusOptions={STATUS_OPTIONS}
          filters={filters}
        />
        <ContactList
          filters={{ portalStatus: filters.status, search: filters.search }}
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
