import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { sendJson } from "./respond.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves the built SPA; any unknown path gets index.html so client-side routes load directly. */
export function createStaticHandler(webDist: string | undefined) {
  const root = webDist === undefined ? undefined : resolve(webDist);
  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (root === undefined) return sendJson(res, 404, { error: "The web app is not built into this server." });
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Method not allowed." });
    const urlPath = decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/");
    const candidate = normalize(join(root, urlPath));
    const inside = candidate.startsWith(root);
    const file = inside && (await isFile(candidate)) ? candidate : join(root, "index.html");
    const hashed = file.includes(`${join(root, "assets")}`);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file).pipe(res);
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
