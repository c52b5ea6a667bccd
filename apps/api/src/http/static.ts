import type { IncomingMessage, ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import { readFile } from "node:fs/promises";
import sirv from "sirv";
import { sendJson } from "./respond.js";

/**
 * The built web app's files through sirv (it resolves paths inside the root only, so no `..` or
 * sibling folder gets out). Hashed files under /assets are cached for a year as immutable; other
 * files revalidate. Precompressed .br/.gz copies go to browsers that take them. Unknown paths without a file extension get index.html so the app's routes
 * load directly; a missing file is 404. The server renderer and the manifests are not served.
 */
export function createStaticHandler(webDist: string | undefined) {
  const root = webDist === undefined ? undefined : resolve(webDist);
  const files =
    root === undefined
      ? undefined
      : sirv(root, {
          etag: true,
          dotfiles: false,
          // The build writes .br and .gz beside each file (apps/web/scripts/precompress.mjs).
          brotli: true,
          gzip: true,
          extensions: [],
          setHeaders(res, pathname) {
            res.setHeader("cache-control", pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
          },
        });

  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (root === undefined || files === undefined)
      return sendJson(res, 404, { error: "The web app is not built into this server." });
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Method not allowed." });
    const path = decodedPath(req.url ?? "/");
    // sirv decodes the path before it looks the file up, so the check reads it decoded too.
    const hidden = path.startsWith("/server/") || path === "/index.html";
    await new Promise<void>((done) => {
      if (hidden) return done();
      // sirv answers (and the response ends) or calls next when it has no such file.
      res.once("finish", done);
      res.once("close", done);
      files(req, res, () => done());
    });
    if (res.headersSent || res.writableEnded) return;
    if (/\.[a-z0-9]+$/i.test(path) && path !== "/index.html") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache" });
      return void res.end("Not found.");
    }
    const html = await readFile(join(root, "index.html"));
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-cache",
      "content-length": html.length,
    });
    res.end(req.method === "HEAD" ? undefined : html);
  };
}

function decodedPath(url: string): string {
  const path = url.split("?")[0] ?? "/";
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
