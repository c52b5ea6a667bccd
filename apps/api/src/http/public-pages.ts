import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { execute as executeGraphql, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { DomainError, MAX_RESUME_BYTES } from "@app/domain";
import { createLoaders, type Context } from "../context.js";
import { formatError } from "../graphql/format-error.js";
import type { Services } from "../services.js";
import type { ApplyRequest } from "../modules/portal/applications.service.js";
import { BodyTooLargeError, clientAddress, readBody } from "./respond.js";
import { PageCache, cachedJobPageId, etagOf, sendRenderedPage } from "./page-cache.js";

/** What the web build's server renderer (apps/web/src/public/entry-server.tsx) exports. */
interface RendererModule {
  isPublicPage(pathname: string): boolean;
  render(
    request: Request,
    context: unknown,
    assets: { scripts: string[]; styles: string[] },
  ): Promise<{ status: number; html: string; location: string | null }>;
  ApiError: new (message: string, code: string, fields: Record<string, string>) => Error;
}

export interface PublicRenderer {
  isPublicPage(pathname: string): boolean;
  module: RendererModule;
  assets: { scripts: string[]; styles: string[] };
}

/** Public pages are cached this long by browsers and a CDN in front, then revalidated with their ETag. */
export const PUBLIC_PAGE_CACHE = "public, max-age=60, stale-while-revalidate=300";
/** Room for the multipart boundaries and fields around a CV of the maximum size. */
const APPLY_READ_LIMIT = MAX_RESUME_BYTES + 64 * 1024;

/** The web build's renderer and the public bundle's files, or null when the web app is not built with them. */
export async function loadPublicRenderer(webDist: string | undefined): Promise<PublicRenderer | null> {
  if (webDist === undefined) return null;
  const entry = join(webDist, "server", "entry-server.js");
  const manifestPath = join(webDist, ".vite", "public-manifest.json");
  if (!existsSync(entry) || !existsSync(manifestPath)) return null;
  const module = (await import(pathToFileURL(entry).href)) as RendererModule;
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<
    string,
    { file: string; css?: string[]; isEntry?: boolean }
  >;
  const chunk = Object.values(manifest).find((c) => c.isEntry === true);
  if (chunk === undefined) throw new Error(`${manifestPath} names no entry chunk`);
  return {
    module,
    // Job pages, most of the traffic, are known by their address without matching the route table.
    isPublicPage: (pathname) => cachedJobPageId(pathname) !== null || module.isPublicPage(pathname),
    assets: { scripts: [`/${chunk.file}`], styles: (chunk.css ?? []).map((file) => `/${file}`) },
  };
}

/**
 * Server-side rendering of the public pages: the renderer's loaders read through the same GraphQL
 * schema in-process (no HTTP round trip), a form posted without JavaScript is applied here, and
 * every page answers with its status (404, 410), an ETag and a short public Cache-Control.
 */
export function createPublicPagesHandler(
  renderer: PublicRenderer,
  services: Services,
  schema: GraphQLSchema,
  options: { trustedProxies: number },
) {
  const documents = new Map<string, DocumentNode>();
  const cache = new PageCache();
  const pageHeaders = { "content-type": "text/html; charset=utf-8", "cache-control": PUBLIC_PAGE_CACHE };
  const ApiError = renderer.module.ApiError;

  function document(query: string): DocumentNode {
    let doc = documents.get(query);
    if (doc === undefined) {
      doc = parse(query);
      const errors = validate(schema, doc);
      if (errors.length > 0) throw new Error(`A public page's query is not valid: ${errors[0]!.message}`);
      documents.set(query, doc);
    }
    return doc;
  }

  function apiError(e: unknown): never {
    if (e instanceof DomainError) throw new ApiError(e.message, e.code, { ...(e.fields ?? {}) });
    throw e;
  }

  return async function handlePublicPage(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const origin = services.portal.publicUrl();
    const address = clientAddress(req, options.trustedProxies);
    const method = req.method ?? "GET";
    if (method !== "GET" && method !== "HEAD" && method !== "POST") {
      res.writeHead(405, { allow: "GET, HEAD, POST", "content-type": "text/plain; charset=utf-8" });
      return void res.end("Method not allowed.");
    }
    // A job page whose ad has not changed since it was rendered is sent as it was (page-cache.ts).
    const url = req.url ?? "/";
    const jobId = method === "POST" ? null : cachedJobPageId(url.split("?")[0]!);
    const revision = jobId === null ? null : await services.board.pageRevision(jobId);
    const cacheKey = revision === null ? null : url;
    if (cacheKey !== null && revision !== null) {
      const cached = cache.get(cacheKey, revision.revision);
      if (cached !== undefined) {
        if (revision.open)
          await services.board.viewed(jobId!, {
            source: new URL(url, origin).searchParams.get("source"),
            clientAddress: address,
            userAgent: String(req.headers["user-agent"] ?? ""),
          });
        return sendRenderedPage(req, res, cached, pageHeaders);
      }
    }
    let body: Buffer | undefined;
    if (method === "POST") {
      try {
        body = await readBody(req, APPLY_READ_LIMIT);
      } catch (e) {
        if (!(e instanceof BodyTooLargeError)) throw e;
        res.writeHead(413, { "content-type": "text/plain; charset=utf-8", connection: "close", "cache-control": "no-store" });
        return void res.end("Your CV is larger than 5 MB. Go back, choose a smaller PDF or Word file and send it again.");
      }
    }
    // The loaders read only the address; a posted form needs its content type to be parsed.
    const headers = new Headers();
    const contentType = req.headers["content-type"];
    if (body !== undefined && contentType !== undefined) headers.set("content-type", contentType);
    const request = new Request(new URL(req.url ?? "/", origin), {
      method: method === "HEAD" ? "GET" : method,
      headers,
      body: body === undefined ? undefined : new Uint8Array(body),
    });
    const context: Context = {
      viewer: null,
      services,
      loaders: createLoaders(services),
      requestId,
      clientAddress: address,
      // The public pages never read the mailbox.
      fromThisMachine: false,
      userAgent: String(req.headers["user-agent"] ?? ""),
      cookies: { set: () => {}, clear: () => {} },
      boardJobRow: revision?.row,
    };
    const response = await renderer.module.render(
      request,
      {
        origin,
        async execute(query: string, variables: Record<string, unknown>) {
          const result = await executeGraphql({
            schema,
            document: document(query),
            variableValues: variables,
            contextValue: context,
          });
          return { data: result.data ?? null, errors: result.errors?.map((error) => formatError(error.toJSON(), error)) };
        },
        async applyWithFile(input: Record<string, unknown>, file: File | null) {
          try {
            let resumeUploadId: string | null = null;
            if (file !== null) {
              const bytes = new Uint8Array(await file.arrayBuffer());
              resumeUploadId = (await services.applications.upload({ bytes, size: bytes.length, filename: file.name }, address))
                .id;
            }
            const receipt = await services.applications.apply({ ...(input as unknown as ApplyRequest), resumeUploadId }, address);
            return { id: receipt.id, jobTitle: receipt.jobTitle, submittedAt: receipt.submittedAt.toISOString() };
          } catch (e) {
            apiError(e);
          }
        },
      },
      renderer.assets,
    );

    const location = response.location;
    if (location !== null) {
      // Redirects: an old title's address (301, cacheable) or after an application (303).
      res.writeHead(response.status, {
        location,
        "cache-control": response.status === 301 ? PUBLIC_PAGE_CACHE : "no-store",
        "content-type": "text/plain; charset=utf-8",
      });
      return void res.end();
    }
    const html = response.html;
    if (cacheKey !== null && revision !== null && (response.status === 200 || response.status === 410)) {
      return sendRenderedPage(req, res, cache.store(cacheKey, revision.revision, response.status, html), pageHeaders);
    }
    const etag = etagOf(html);
    const cacheable = method !== "POST" && (response.status === 200 || response.status === 404 || response.status === 410);
    const common = {
      "content-type": "text/html; charset=utf-8",
      "cache-control": cacheable ? PUBLIC_PAGE_CACHE : "no-store",
      ...(cacheable ? { etag } : {}),
    };
    if (cacheable && response.status === 200 && req.headers["if-none-match"] === etag) {
      res.writeHead(304, common);
      return void res.end();
    }
    res.writeHead(response.status, { ...common, "content-length": Buffer.byteLength(html) });
    res.end(method === "HEAD" ? undefined : html);
  };
}
