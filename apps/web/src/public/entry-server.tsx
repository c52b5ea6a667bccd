import { StrictMode } from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, matchRoutes, StaticRouterProvider } from "react-router";
import { NATIONAL_BOARD } from "@app/domain";
import type { ServerContext } from "./api";
import { HeadTags, headOf } from "./head";
import { publicRoutes } from "./routes";

export type { ServerContext } from "./api";
export { ApiError } from "./api";

/** The public client bundle's files, from the build's manifest (the API reads it). */
export interface PublicAssets {
  scripts: string[];
  styles: string[];
}

const handler = createStaticHandler(publicRoutes);
/** The app's icon (index.html's), inline so no page asks for a file that is not there. */
const ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%231d4ed8'/%3E%3Ctext x='16' y='21' font-family='Arial' font-size='13' font-weight='700' fill='white' text-anchor='middle'%3EJA%3C/text%3E%3C/svg%3E";

/** Whether a path is a public page (else it is the app's, or a file). */
export function isPublicPage(pathname: string): boolean {
  const matches = matchRoutes(publicRoutes, pathname);
  return matches !== null && matches.length > 1;
}

/** JSON that cannot end its <script> block early. */
const SCRIPT_ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!);
}

/** A rendered page, or a redirect (`location`, with `html` empty). Plain values: a Response's web streams cost a cold page a tenth of its time. */
export interface RenderedDocument {
  status: number;
  html: string;
  location: string | null;
}

/**
 * A public page as a whole HTML document: the page rendered by React from the same route table
 * the browser hydrates, its head (title, description, canonical, OpenGraph, Twitter, JobPosting),
 * and the loader data for hydration in a JSON block. Redirects come back as they are.
 */
export async function render(
  request: Request,
  context: ServerContext & { origin: string },
  assets: PublicAssets,
): Promise<RenderedDocument> {
  const result = await handler.query(request, { requestContext: context });
  if (result instanceof Response) {
    const location = result.headers.get("location");
    return { status: result.status, html: location === null ? await result.text() : "", location };
  }
  const router = createStaticRouter(handler.dataRoutes, result);
  const body = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={result} hydrate={false} />
    </StrictMode>,
  );
  let status = result.statusCode;
  const matches = result.matches.map((m) => ({ handle: m.route.handle, loaderData: result.loaderData[m.route.id] }));
  for (const m of matches) {
    const s = (m.loaderData as { httpStatus?: number } | undefined)?.httpStatus;
    if (typeof s === "number" && s > status) status = s;
  }
  const head = headOf(matches) ?? { title: NATIONAL_BOARD.name, description: NATIONAL_BOARD.description, canonical: null };
  const headHtml = renderToStaticMarkup(<HeadTags head={head} origin={context.origin} siteName={NATIONAL_BOARD.name} />);
  const hydration = {
    loaderData: result.loaderData,
    actionData: result.actionData,
    errors: result.errors === null ? null : serializeErrors(result.errors),
  };
  const html = [
    "<!doctype html>",
    '<html lang="en-AU">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="theme-color" content="#5b21b6">',
    `<link rel="icon" href="${ICON}">`,
    headHtml,
    ...assets.styles.map((href) => `<link rel="stylesheet" href="${href}">`),
    ...assets.scripts.map((src) => `<script type="module" src="${src}"></script>`),
    "</head>",
    "<body>",
    `<div id="root">${body}</div>`,
    `<script type="application/json" id="hydration-data">${scriptJson(hydration)}</script>`,
    "</body>",
    "</html>",
  ].join("");
  return { status, html, location: null };
}

/** Route errors as RouterProvider's hydration reads them back. */
function serializeErrors(errors: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [id, error] of Object.entries(errors)) {
    if (error !== null && typeof error === "object" && "status" in error && "statusText" in error) {
      const e = error as { status: number; statusText: string; data: unknown };
      out[id] = { status: e.status, statusText: e.statusText, data: e.data, __type: "RouteErrorResponse" };
    } else {
      out[id] = { message: "Something went wrong on our side.", __type: "Error" };
    }
  }
  return out;
}
