import { useEffect, useRef, type ComponentProps } from "react";
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

/** GraphiQL's CodeMirror editors type into a hidden textarea with no label; each is named for its editor. */
const EDITOR_NAMES: [selector: string, name: string][] = [
  [".graphiql-query-editor", "Query"],
  [".graphiql-response", "Response"],
  [".graphiql-editor-tool .graphiql-editor:nth-child(1)", "Variables"],
  [".graphiql-editor-tool .graphiql-editor:nth-child(2)", "Headers"],
];

function setAttr(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * GraphiQL's markup, mended where axe finds it serious: unlabelled editor textareas, a session tab
 * that is a role="tab" list item wrapping a button (the button is the tab), and editor scroll
 * areas a keyboard cannot reach.
 */
function mendGraphiql(root: HTMLElement): void {
  for (const [selector, name] of EDITOR_NAMES) {
    for (const area of root.querySelectorAll(`${selector} .CodeMirror textarea`)) setAttr(area, "aria-label", name);
  }
  for (const tab of root.querySelectorAll(".graphiql-tab")) {
    const button = tab.querySelector(".graphiql-tab-button");
    if (button === null) continue;
    const selected = tab.classList.contains("graphiql-tab-active") ? "true" : "false";
    setAttr(tab, "role", "presentation");
    setAttr(tab, "aria-selected", null);
    setAttr(button, "role", "tab");
    setAttr(button, "aria-selected", selected);
  }
  for (const scroll of root.querySelectorAll(".CodeMirror-scroll")) setAttr(scroll, "tabindex", "0");
}

function useMendedGraphiql() {
  const ide = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ide.current;
    if (root === null) return;
    mendGraphiql(root);
    // The editors and tabs mount (and re-render) after GraphiQL does; setAttr changes only what differs, so this settles.
    const observer = new MutationObserver(() => mendGraphiql(root));
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["role", "aria-selected", "class"],
    });
    return () => observer.disconnect();
  }, []);
  return ide;
}

/** GraphiQL from our own bundle, so developers can explore the API without internet access. */
export function Playground() {
  const { viewer } = useViewer();
  const ide = useMendedGraphiql();
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
      <div className="playground-ide" ref={ide}>
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} isHeadersEditorEnabled shouldPersistHeaders={false} />
      </div>
    </div>
  );
}
