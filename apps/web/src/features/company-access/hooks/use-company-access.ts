import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { makeVar } from "@apollo/client";
import { useApolloClient, useMutation, useReactiveVar } from "@apollo/client/react";
import { useLocation, useNavigate } from "react-router";
import { graphql } from "../../../gql";
import { ViewerDocument } from "../../session/hooks/use-viewer";
import { arrivalState, type Arrival } from "../../shared/arrival";

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

/**
 * Set while the session moves between accounts: what to tell the person meanwhile, and the
 * location (its key) the switch started from.
 */
const switching = makeVar<{ label: string; from: string } | null>(null);

/**
 * For the session guard: while this says something, it covers the app instead of rendering a page.
 * The cover stays until the router has rendered a location other than the one the switch started
 * from. Resolving `navigate()` is not enough: a navigation that loads route modules is committed in
 * a React transition, after it resolves, so lifting the cover then would render the page left
 * behind (an employer page) with the new viewer (the agency), whose guard redirects to the
 * agency's home and drops the destination's arrival notice.
 */
export function useAccountSwitch(): string | null {
  const current = useReactiveVar(switching);
  const { key } = useLocation();
  const arrived = current !== null && key !== current.from;
  useEffect(() => {
    if (arrived) switching(null);
  }, [arrived]);
  return current === null || arrived ? null : current.label;
}

/**
 * Moving between the agency's account and a client's (R7). The API has moved the session; then:
 * 1. the session guard covers the app (synchronously, so no page is left asking the API as the
 *    account it no longer is),
 * 2. the cache drops every answer it holds for the account left behind (clearStore: nothing is
 *    refetched, as no page is mounted to want it),
 * 3. the viewer is asked again, as the new account,
 * 4. the router goes to the destination, and once it has rendered there the cover goes (see
 *    useAccountSwitch) and pages show again, fetching their data afresh.
 * Should any step fail, a full page load of the destination does the same the sure way.
 */
function useSwitchAccount() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  return async function switchAccount(label: string, destination: string, arrival?: Arrival): Promise<void> {
    flushSync(() => switching({ label, from: location.key }));
    try {
      await client.clearStore();
      await client.query({ query: ViewerDocument, fetchPolicy: "network-only" });
      await navigate(destination, { state: arrival === undefined ? undefined : arrivalState(arrival) });
    } catch (error) {
      console.error("Switching accounts did not finish in the app; reloading the page instead.", error);
      // The cover stays up while the page reloads.
      window.location.assign(destination);
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

/**
 * Leaving the client's account for the agency's own (the help articles' two ways back):
 * "Switch into Manage Clients" lands on Manage Clients, "Switch into service provider" on the
 * agency dashboard. `arrival` is said on the page the switch lands on.
 */
export function useSwitchToServiceProvider() {
  const [mutate] = useMutation(SwitchToServiceProviderDocument);
  const switchAccount = useSwitchAccount();
  const [pending, setPending] = useState<string | null>(null);
  async function switchToServiceProvider(agencyName: string, destination: string, arrival: Arrival): Promise<void> {
    setPending(destination);
    try {
      await mutate();
      await switchAccount(`Switching back to ${agencyName}…`, destination, arrival);
    } finally {
      setPending(null);
    }
  }
  return { switchToServiceProvider, pending };
}
