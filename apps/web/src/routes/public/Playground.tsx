import type { ComponentProps } from "react";
import { GraphiQL } from "graphiql";
// GraphiQL 4 inlines its fonts and icons in this stylesheet: nothing is fetched from a CDN.
import "graphiql/style.css";
import "./playground.css";
import { postGraphql } from "../../apollo/client";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { paths } from "../paths";

type Fetcher = ComponentProps<typeof GraphiQL>["fetcher"];

/** Headers typed in the editor win over nothing: no header means the session cookie signs in. */
const fetcher: Fetcher = (params, options) => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options?.headers ?? {})) {
    if (value !== undefined && value !== null) headers[name] = String(value);
  }
  return postGraphql(params, headers) as ReturnType<Fetcher>;
};

const DEFAULT_QUERY = `# Requests run as you (your session cookie).
# To act as a personal access token instead, add under Headers:
#   { "Authorization": "Bearer pat_…" }

{
  viewer {
    user {
      email
    }
    currentOrganization {
      name
      kind
      creditBalance
    }
  }
}
`;

/** GraphiQL from our own bundle, so developers can explore the API without internet access. */
export function Playground() {
  const { viewer } = useViewer();
  return (
    <div className="playground">
      <title>GraphQL playground · Job Ads</title>
      <header className="playground-bar">
        {/* A full page load back to the app leaves GraphiQL's global styles behind. */}
        <a className="playground-back" href={paths.home()}>
          ← Back to Job Ads
        </a>
        <span className="playground-title">GraphQL playground</span>
        <span className="playground-who">
          {viewer === null ? (
            <>
              Not signed in: <a href={paths.logIn({ next: paths.playground() })}>sign in</a> or add a token header
            </>
          ) : (
            <>Signed in as {viewer.user.email}</>
          )}
        </span>
      </header>
      <div className="playground-ide">
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} isHeadersEditorEnabled shouldPersistHeaders={false} />
      </div>
    </div>
  );
}
