import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { ContactInput, PortalAccountStatus } from "../../../gql/graphql";
import { usePagedList } from "../../shared/hooks/use-paged-list";
import { shownQueryState } from "../../shared/hooks/shown-query";

export const CONTACTS_PAGE_SIZE = 20;
/** The company picker lists every active client; an agency with more than this is not expected. */
const COMPANY_OPTIONS_LIMIT = 100;

const AgencyContactsDocument = graphql(`
  query AgencyContacts($portalStatus: PortalAccountStatus, $search: String, $first: Int!, $after: String) {
    contacts(portalStatus: $portalStatus, search: $search, first: $first, after: $after) {
      nodes {
        ...ContactList_contact
      }
      endCursor
      hasNextPage
      totalCount
    }
  }
`);

const ContactCompanyOptionsDocument = graphql(`
  query ContactCompanyOptions($first: Int!) {
    clients(status: ACTIVE, first: $first) {
      nodes {
        id
        client {
          id
          name
        }
      }
    }
  }
`);

const CreateContactDocument = graphql(`
  mutation CreateContact($input: ContactInput!) {
    createContact(input: $input) {
      ...ContactList_contact
    }
  }
`);

const InviteContactToPortalDocument = graphql(`
  mutation InviteContactToPortal($contactId: ID!) {
    inviteContactToPortal(contactId: $contactId) {
      ...ContactList_contact
    }
  }
`);

/** The agency's contacts, newest first, filtered by portal status (R9) and a search; loadMore appends a page. */
export function useContacts(filters: { portalStatus: PortalAccountStatus | null; search: string }) {
  const search = filters.search.trim();
  const { data, loading, error, refetch, fetchMore } = useQuery(AgencyContactsDocument, {
    variables: { portalStatus: filters.portalStatus, search: search === "" ? null : search, first: CONTACTS_PAGE_SIZE },
    // Contacts activate their accounts elsewhere: show what is cached, and ask again each visit.
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: false,
  });
  const { nodes, ...paging } = usePagedList(data?.contacts, (after) => fetchMore({ variables: { after } }));
  return { contacts: nodes, ...paging, ...shownQueryState({ data, loading, error, refetch }) };
}

export interface CompanyOption {
  id: string;
  name: string;
}

/** The companies a contact may work for: the agency's ACTIVE clients, by name. */
export function useContactCompanyOptions() {
  const { data, loading, error } = useQuery(ContactCompanyOptionsDocument, {
    variables: { first: COMPANY_OPTIONS_LIMIT },
    fetchPolicy: "cache-and-network",
  });
  const companies: CompanyOption[] = (data?.clients.nodes ?? [])
    .flatMap((c) => (c.client === null ? [] : [{ id: c.client.id, name: c.client.name }]))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { companies, loading: loading && data === undefined, error: data === undefined ? error : undefined };
}

/** Adds a contact; every list of contacts is asked again so the new row (and the count) shows. */
export function useCreateContact() {
  const [mutate, { loading }] = useMutation(CreateContactDocument, {
    refetchQueries: ["AgencyContacts"],
    awaitRefetchQueries: true,
  });
  async function create(input: ContactInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("The answer had no data.");
    return data.createContact;
  }
  return { create, loading };
}

/**
 * Mails the contact an activation link (again: a new link, the old one stops working). The row's
 * status updates in the cache; the lists are asked again so status filters and counts follow.
 */
export function useInviteContactToPortal() {
  const [mutate] = useMutation(InviteContactToPortalDocument, { refetchQueries: ["AgencyContacts"] });
  async function invite(contactId: string) {
    const { data } = await mutate({ variables: { contactId } });
    if (!data) throw new Error("The answer had no data.");
    return data.inviteContactToPortal;
  }
  return { invite };
}
