import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@app/domain";
import type { Services } from "../services.js";
import { sendJson } from "./respond.js";
import { downloadViewer } from "./signed-in.js";

const USAGE_PATH = /^\/usage\/([^/]+?)(?:\.csv|\/([^/]+)\.pdf)$/;

export function isUsagePath(path: string): boolean {
  return USAGE_PATH.test(path);
}

/**
 * GET /usage/<YYYY-MM>.csv (the month's usage by client) and /usage/<YYYY-MM>/<clientId>.pdf (a
 * client's statement), for signed-in members of the organization whose credits were spent.
 */
export function createUsageHandler(services: Services) {
  return async function handleUsage(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Use GET." });
    const [, month = "", clientId] = USAGE_PATH.exec(path) ?? [];
    try {
      const viewer = await downloadViewer(services, req);
      if (viewer === null) return sendJson(res, 401, { error: "Please sign in.", code: "UNAUTHENTICATED" });
      const file =
        clientId === undefined
          ? await services.usage.csv(viewer, decodeURIComponent(month))
          : await services.usage.statement(viewer, decodeURIComponent(month), decodeURIComponent(clientId));
      res.writeHead(200, {
        "content-type": clientId === undefined ? "text/csv; charset=utf-8" : "application/pdf",
        "content-length": file.body.length,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      });
      res.end(req.method === "HEAD" ? undefined : file.body);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.code === "UNAUTHENTICATED") return sendJson(res, 401, { error: e.message, code: e.code });
      if (e.code === "BAD_USER_INPUT") return sendJson(res, 400, { error: e.fields?.month ?? e.message, code: e.code });
      if (e.code === "FORBIDDEN") return sendJson(res, 403, { error: e.message, code: e.code });
      return sendJson(res, 404, { error: e.message, code: "NOT_FOUND" });
    }
  };
}
