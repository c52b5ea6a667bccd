import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { SessionViewerFragment } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

/** What every signed-in screen needs to know about who is signed in. */
export const SessionViewerFragmentDoc = graphql(`
  fragment SessionViewer on Viewer {
    emailVerified
    pendingEmail
    user {
      id
      name
      email
    }
    currentOrganization {
      id
      name
      kind
    }
    serviceProvider {
      id
      name
    }
    accessingClient {
      id
      invitedCompanyName
    }
    memberships {
      role
      organization {
        id
      }
    }
    contactPortal {
      id
      slug
    }
  }
`);

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      ...SessionViewer
    }
  }
`);

export type SessionViewer = SessionViewerFragment;

/**
 * While an agency user works inside a client's account (R7): the client (the current organization)
 * and the agency. Null in the person's own account.
 */
export function accessingOf(viewer: SessionViewer | null): { clientName: string; agencyName: string } | null {
  if (viewer === null || viewer.accessingClient === null) return null;
  return { clientName: viewer.currentOrganization.name, agencyName: viewer.serviceProvider?.name ?? "your agency" };
}

/**
 * R9: a client contact's portal account, whose role in the current organization is CONTACT: the
 * slug of its agency's job board, where it works (null when the agency has no board any more).
 * Null for everyone else, including an agency working inside a client's account.
 */
export function contactOf(viewer: SessionViewer | null): { portalSlug: string | null } | null {
  if (viewer === null || viewer.accessingClient !== null) return null;
  const membership = viewer.memberships.find((m) => m.organization.id === viewer.currentOrganization.id);
  if (membership?.role !== "CONTACT") return null;
  return { portalSlug: viewer.contactPortal?.slug ?? null };
}

/** The signed-in viewer, or null when nobody is signed in. Read from the cache after the first ask. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  return {
    viewer: data?.viewer ?? null,
    // Loading only until the first answer: later refetches keep showing the last viewer.
    ...shownQueryState({ data, loading, error, refetch }),
  };
}
