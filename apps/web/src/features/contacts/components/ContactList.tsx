import { CONTACT_INVITATION_DAYS } from "@app/domain";
import { useState } from "react";
import { graphql } from "../../../gql";
import type { ContactList_ContactFragment, PortalAccountStatus } from "../../../gql/graphql";
import { describeProblem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Table, type Column } from "../../../ui/Table";
import { loadMoreFooter } from "../../shared/components/LoadMoreFooter";
import type { Notice } from "../../shared/components/NoticeBanner";
import { useContacts, useInviteContactToPortal } from "../hooks/use-contacts";
import { PortalStatusBadge, portalStatusLabel } from "./PortalStatusBadge";
import "../contacts.css";

export const ContactListFragment = graphql(`
  fragment ContactList_contact on Contact {
    id
    name
    email
    phone
    portalStatus
    invitedAt
    lastLoginAt
    createdAt
    company {
      id
      name
    }
  }
`);

type Contact = ContactList_ContactFragment;

export interface ContactListProps {
  filters: { portalStatus: PortalAccountStatus | null; search: string };
  /** The agency's job board settings: contacts sign in on the board, so inviting needs one. */
  jobBoardPath: string;
  onAdd: () => void;
  onNotice: (notice: Notice) => void;
}

/** An email that may wrap before its "@" (and, on a phone, anywhere it must), never mid-word on a desktop. */
function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf("@");
  return (
    <span className="contact-email">
      {at <= 0 ? (
        email
      ) : (
        <>
          {email.slice(0, at)}
          <wbr />
          {email.slice(at)}
        </>
      )}
    </span>
  );
}

function countText(total: number, shown: number, filtered: boolean): string {
  const noun = total === 1 ? "contact" : "contacts";
  const head = filtered ? `${total} ${noun} match` : `${total} ${noun}`;
  return shown < total ? `${head} · showing ${shown}` : head;
}

/** The agency's contacts at its client companies, each with its portal status and invitation (R9). */
export function ContactList({ filters, jobBoardPath, onAdd, onNotice }: ContactListProps) {
  const { contacts, totalCount, hasNextPage, loading, error, refetch, loadMore, loadingMore, loadMoreError } =
    useContacts(filters);
  const { invite } = useInviteContactToPortal();
  const [pendingId, setPendingId] = useState<string | null>(null);

  async function inviteToPortal(c: Contact) {
    const again = c.portalStatus === "PENDING_ACTIVATION";
    setPendingId(c.id);
    try {
      await invite(c.id);
      onNotice({
        tone: "success",
        title: `Invitation sent to ${c.name}`,
        text: again
          ? `A new activation link went to ${c.email}; the earlier link no longer works. It expires in ${CONTACT_INVITATION_DAYS} days.`
          : `We emailed an activation link to ${c.email}. It expires in ${CONTACT_INVITATION_DAYS} days; you can resend it until then.`,
      });
    } catch (e) {
      const p = describeProblem(e);
      const conflict = p.code === "CONFLICT";
      onNotice({
        tone: conflict ? "warning" : "danger",
        title: again ? `Couldn't resend the invitation to ${c.name}` : `Couldn't invite ${c.name} to the portal`,
        text: p.message,
        ...(p.reason === "NO_JOB_BOARD" ? { action: { label: "Set up your job board", to: jobBoardPath } } : {}),
      });
    } finally {
      setPendingId(null);
    }
  }

  const columns: readonly Column<Contact>[] = [
    {
      key: "contact",
      header: "Contact",
      label: "Contact",
      cell: (c) => (
        <span className="cell-stack">
          <span className="strong">{c.name}</span>
          <EmailAddress email={c.email} />
          {c.phone !== null && <span className="muted">{c.phone}</span>}
        </span>
      ),
    },
    {
      key: "company",
      header: "Company",
      label: "Company",
      cell: (c) => (c.company === null ? <span className="muted">—</span> : c.company.name),
    },
    {
      key: "status",
      header: "Portal status",
      label: "Portal status",
      cell: (c) => <PortalStatusBadge status={c.portalStatus} />,
    },
    {
      key: "invited",
      header: "Invited",
      label: "Invited",
      cell: (c) => (c.invitedAt === null ? <span className="muted">—</span> : <DateTime value={c.invitedAt} dateOnly />),
    },
    {
      key: "lastLogin",
      header: "Last sign-in",
      label: "Last sign-in",
      cell: (c) => (c.lastLoginAt === null ? <span className="muted">Never</span> : <DateTime value={c.lastLoginAt} dateOnly />),
    },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      label: "",
      align: "end",
      hideLabelWhenCollapsed: true,
      cell: (c) => (
        <span className="row-actions">
          {(c.portalStatus === "NOT_REGISTERED" || c.portalStatus === "PENDING_ACTIVATION") && (
            <Button
              variant="secondary"
              size="sm"
              loading={pendingId === c.id}
              disabled={pendingId !== null}
              onClick={() => void inviteToPortal(c)}
              aria-label={
                // The name starts with the visible words, so "click Invite to portal" works by voice.
                c.portalStatus === "NOT_REGISTERED" ? `Invite to portal: ${c.name}` : `Resend invitation to ${c.name}`
              }
            >
              {c.portalStatus === "NOT_REGISTERED" ? "Invite to portal" : "Resend invitation"}
            </Button>
          )}
        </span>
      ),
    },
  ];

  const filtered = filters.portalStatus !== null || filters.search.trim() !== "";
  if (loading) return <Loading label="Loading your contacts…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load your contacts" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (contacts.length === 0) {
    return filtered ? (
      <EmptyState icon="search" title="No contacts match">
        {filters.portalStatus === null
          ? "Try another search or status."
          : `No ${portalStatusLabel(filters.portalStatus)} contacts${filters.search.trim() === "" ? "" : " for this search"}. Try another search or status.`}
      </EmptyState>
    ) : (
      <EmptyState
        icon="people"
        title="No contacts yet"
        action={
          <Button variant="primary" onClick={onAdd}>
            Add contact
          </Button>
        }
      >
        Add the people you deal with at your client companies, then invite them to your job board's client portal.
      </EmptyState>
    );
  }

  return (
    <>
      <p className="list-summary" aria-live="polite" data-testid="contacts-total">
        {totalCount === null ? "" : countText(totalCount, contacts.length, filtered)}
      </p>
      <Table
        caption="Contacts"
        columns={columns}
        rows={contacts}
        rowKey={(c) => c.id}
        footer={loadMoreFooter({ hasNextPage, loadingMore, loadMoreError, loadMore })}
      />
    </>
  );
}
