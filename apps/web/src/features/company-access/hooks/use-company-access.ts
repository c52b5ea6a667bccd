import { useState } from "react";
import { makeVar } from "@apollo/client";
import { useApolloClient, useMutation, useReactiveVar } from "@apollo/client/react";
import { useNavigate } from "react-router";
import { graphql } from "../../../gql";

const AccessCompanyDocument = graphql(`
  mutation AccessCompany($connectionId: ID!) {
    accessCompany(connectionId: $connectionId) {
      ...SessionViewer
    }
  }
`);

const SwitchToServiceProviderDocument = graphql(`
  mutation SwitchToServiceProvider {
    switchToServiceProvider {
      ...SessionViewer
    }
  }
`);

/** Set while the session moves between accounts: what to tell the person meanwhile. */
const switchingTo = makeVar<string | null>(null);

/** For the session guard: while this is set, it covers the app instead of rendering a page. */
export function useAccountSwitch(): string | null {
  return useReactiveVar(switchingTo);
}

/**
 * Moving between the agency's account and a client's (R7). The API moves the session; then the
 * app covers its pages (so none of them asks the API as the wrong account), drops every answer
 * the cache holds for the account left behind and asks for the viewer again (resetStore), goes
 * to the destination, and only then shows pages again, which fetch their data afresh.
 */
function useSwitchAccount() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return async function switchAccount(label: string, destination: string): Promise<void> {
    switchingTo(label);
    try {
      // Let the guard unmount the pages first, so resetStore refetches only the viewer.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await client.resetStore();
      await navigate(destination);
    } finally {
      switchingTo(null);
    }
  };
}

/** "Access company": enter an ACTIVE client's employer account, then go to `destination`. */
export function useAccessCompany() {
  const [mutate] = useMutation(AccessCompanyDocument);
  const switchAccount = useSwitchAccount();
  const [pendingId, setPendingId] = useState<string | null>(null);
  async function accessCompany(connectionId: string, companyName: string, destination: string): Promise<void> {
    setPendingId(connectionId);
    try {
      await mutate({ variables: { connectionId } });
      await switchAccount(`Opening ${companyName}'s account…`, destination);
    } finally {
      setPendingId(null);
    }
  }
  return { accessCompany, pendingId };
}

/** "Switch into Manage Clients": leave the client's account for the agency's own. */
export function useSwitchToServiceProvider() {
  const [mutate] = useMutation(SwitchToServiceProviderDocument);
  const switchAccount = useSwitchAccount();
  const [loading, setLoading] = useState(false);
  async function switchToServiceProvider(agencyName: string, destination: string): Promise<void> {
    setLoading(true);
    try {
      await mutate();
      await switchAccount(`Switching back to ${agencyName}…`, destination);
    } finally {
      setLoading(false);
    }
  }
  return { switchToServiceProvider, loading };
}
