import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { isUnauthenticated } from "./error-messages";
import { ViewerDocument } from "../features/session/hooks/use-viewer";
import { paths } from "../routes/paths";

/**
 * The only module that talks to /graphql: Apollo Client for the app, and postGraphql for the
 * playground. Same origin, so the httpOnly session cookie rides along and Apollo's CSRF
 * prevention is satisfied by the JSON content type.
 */
export const GRAPHQL_PATH = "/graphql";

/** Operations whose UNAUTHENTICATED answer is a form message, not an ended session. */
const SIGN_IN_OPERATIONS = new Set(["LogIn", "SignUp"]);

interface Page {
  nodes: readonly unknown[];
}

/**
 * A cursor-paged list: "Load more" appends the next page; a first-page (re)fetch starts afresh.
 * keyArgs are the filters: each filter combination is its own list in the cache.
 */
function pagedList(keyArgs: string[] | false) {
  return {
    keyArgs,
    merge(existing: Page | undefined, incoming: Page, { args }: { args: Record<string, unknown> | null }) {
      if (existing === undefined || args?.after == null) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

const cache = new InMemoryCache({
  typePolicies: {
    // The viewer has no id of its own: it lives inside the root query.
    Viewer: { keyFields: false },
    // Value objects without ids: a new answer replaces the old one field by field.
    Location: { merge: true },
    Salary: { merge: true },
    JobPayment: { merge: true },
    // An ad's channels come back whole from every channel mutation: the new list replaces the old.
    Job: { fields: { channels: { merge: false } } },
    Query: {
      fields: {
        creditHistory: pagedList(false),
        clients: pagedList(["status", "search"]),
        contacts: pagedList(["portalStatus", "search"]),
        jobs: pagedList(["status"]),
        auditEvents: pagedList(false),
      },
    },
  },
});

/**
 * A session that ends while the app is open (signed out elsewhere, expired, removed from the
 * team): forget the viewer and start afresh on the sign-in screen, coming back here afterwards.
 * A full page load, so nothing the ended session read stays in memory, and so no page is left
 * rendering half of a signed-in frame whose viewer just vanished.
 */
const sessionLink = new ErrorLink(({ error, operation }) => {
  if (SIGN_IN_OPERATIONS.has(operation.operationName ?? "")) return;
  if (!isUnauthenticated(error)) return;
  const hadViewer = cache.readQuery({ query: ViewerDocument })?.viewer != null;
  cache.evict({ id: "ROOT_QUERY", fieldName: "viewer" });
  cache.gc();
  if (hadViewer) window.location.replace(paths.logIn({ next: `${window.location.pathname}${window.location.search}` }));
});

const httpLink = new HttpLink({ uri: GRAPHQL_PATH, credentials: "same-origin" });

export const apolloClient = new ApolloClient({
  cache,
  link: ApolloLink.from([sessionLink, httpLink]),
});

/**
 * For the playground: a raw POST with whatever headers the developer typed (for example
 * `Authorization: Bearer pat_…`). Without one, the session cookie signs the request.
 */
export async function postGraphql(body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {
      errors: [
        { message: `HTTP ${response.status}: the server did not answer with JSON.`, extensions: { body: text.slice(0, 500) } },
      ],
    };
  }
}
