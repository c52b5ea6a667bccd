import { useEffect } from "react";
import { useMatches } from "react-router";

/** A public page's head: what crawlers and link previews read before any JavaScript runs. */
export interface Head {
  title: string;
  description: string;
  /** Path of the page's canonical address (made absolute with the site's origin). */
  canonical: string | null;
  /** "website" for boards, "article" for an ad. */
  type?: "website" | "article";
  /** JobPosting JSON-LD, already safe inside a script tag (the API escapes it). */
  jsonLd?: string | null;
  /** Pages that are no one's search result (a confirmation). */
  noindex?: boolean;
}

export interface RouteHandle {
  head: (data: unknown) => Head;
}

/** A description of at most ~160 characters, cut at a word. */
export function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 80 ? cut.slice(0, space) : cut).replace(/[,.;:!?-]+$/, "")}…`;
}

/** The deepest matched route's head. */
export function headOf(matches: readonly { handle?: unknown; data?: unknown; loaderData?: unknown }[]): Head | null {
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]!.handle as RouteHandle | undefined;
    if (handle?.head !== undefined) return handle.head(matches[i]!.loaderData ?? matches[i]!.data);
  }
  return null;
}

/** The tags of a head, rendered on the server into <head>. */
export function HeadTags({ head, origin, siteName }: { head: Head; origin: string; siteName: string }) {
  const canonical = head.canonical === null ? null : `${origin}${head.canonical}`;
  return (
    <>
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
      {head.noindex === true && <meta name="robots" content="noindex" />}
      {canonical !== null && <link rel="canonical" href={canonical} />}
      <meta property="og:type" content={head.type ?? "website"} />
      <meta property="og:site_name" content={siteName} />
      <meta property="og:title" content={head.title} />
      <meta property="og:description" content={head.description} />
      {canonical !== null && <meta property="og:url" content={canonical} />}
      <meta property="og:locale" content="en_AU" />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={head.title} />
      <meta name="twitter:description" content={head.description} />
      {head.jsonLd != null && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: head.jsonLd }} />}
    </>
  );
}

function setMeta(selector: string, attribute: "content" | "href", value: string | null): void {
  const element = document.head.querySelector(selector);
  if (element !== null && value !== null) element.setAttribute(attribute, value);
}

/**
 * After a navigation in the browser, the head follows the page: title, description, canonical,
 * OpenGraph and Twitter tags, and the JobPosting (added or removed). Renders nothing.
 */
export function HeadSync() {
  const matches = useMatches();
  const head = headOf(matches);
  useEffect(() => {
    if (head === null) return;
    const canonical = head.canonical === null ? null : `${window.location.origin}${head.canonical}`;
    document.title = head.title;
    setMeta('meta[name="description"]', "content", head.description);
    setMeta('link[rel="canonical"]', "href", canonical);
    setMeta('meta[property="og:title"]', "content", head.title);
    setMeta('meta[property="og:description"]', "content", head.description);
    setMeta('meta[property="og:url"]', "content", canonical);
    setMeta('meta[name="twitter:title"]', "content", head.title);
    setMeta('meta[name="twitter:description"]', "content", head.description);
    const current = document.head.querySelector('script[type="application/ld+json"]');
    if ((head.jsonLd ?? null) === null) current?.remove();
    else if (current?.textContent !== head.jsonLd) {
      const script = current ?? document.head.appendChild(document.createElement("script"));
      script.setAttribute("type", "application/ld+json");
      script.textContent = head.jsonLd ?? "";
    }
  }, [head?.title, head?.description, head?.canonical, head?.jsonLd]);
  return null;
}
