import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@app/domain";
import { parseTrackerQuery } from "../modules/lmt/lmt-tracker.js";
import type { Services } from "../services.js";
import { sendJson } from "./respond.js";
import { readCredentials } from "./credentials.js";

export const LMT_TRACKER_CSV_PATH = "/lmt/tracker.csv";

/**
 * GET /lmt/tracker.csv?client=&status=&ready=1&closing=1&failing=1&sort=&desc=1: the LMT tracker's
 * rows as the screen shows them for the same filter and order (the query's csvUrl), for the
 * agency's people, by session cookie or Bearer token.
 */
export function createLmtTrackerCsvHandler(services: Services) {
  return async function handleLmtTrackerCsv(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Use GET." });
    const { sessionSecret, bearerToken } = readCredentials(req);
    try {
      const viewer = await services.identity.principal({ sessionSecret, bearerToken });
      if (viewer === null) return sendJson(res, 401, { error: "Please sign in.", code: "UNAUTHENTICATED" });
      const { filter, sort, descending } = parseTrackerQuery(new URL(req.url ?? "/", "http://x").searchParams);
      const file = await services.lmtTracker.trackerCsv(viewer, filter, sort, descending);
      res.writeHead(200, {
        "content-type": file.contentType,
        "content-length": file.body.length,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      });
      res.end(req.method === "HEAD" ? undefined : file.body);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const status = e.code === "UNAUTHENTICATED" ? 401 : e.code === "FORBIDDEN" ? 403 : 400;
      return sendJson(res, status, { error: e.message, code: e.code });
    }
  };
}
