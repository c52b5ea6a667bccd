import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@app/domain";
import type { Services } from "../services.js";
import { sendJson } from "./respond.js";
import { readCredentials } from "./credentials.js";

const LMT_REPORT_PATH = /^\/lmt\/([^/]+)\/report\.(csv|pdf)$/;

export function isLmtReportPath(path: string): boolean {
  return LMT_REPORT_PATH.test(path);
}

/**
 * GET /lmt/<jobId>/report.csv and /lmt/<jobId>/report.pdf: the LMT report (R8) for signed-in users
 * who may read the job (its employer's members, or its agency while accessing it), by session
 * cookie or Bearer token as /graphql takes them. 401 without a viewer; anyone else gets 404, so a
 * job's existence is never revealed.
 */
export function createLmtReportHandler(services: Services) {
  return async function handleLmtReport(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Use GET." });
    const [, rawJobId = "", format = "pdf"] = LMT_REPORT_PATH.exec(path) ?? [];
    const { sessionSecret, bearerToken } = readCredentials(req);
    try {
      const viewer = await services.identity.principal({ sessionSecret, bearerToken });
      if (viewer === null) return sendJson(res, 401, { error: "Please sign in.", code: "UNAUTHENTICATED" });
      const file = await services.lmt.reportFile(viewer, decodeURIComponent(rawJobId), format === "csv" ? "csv" : "pdf");
      res.writeHead(200, {
        "content-type": file.contentType,
        "content-length": file.body.length,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
      });
      res.end(req.method === "HEAD" ? undefined : file.body);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.code === "UNAUTHENTICATED") return sendJson(res, 401, { error: e.message, code: e.code });
      return sendJson(res, 404, { error: "There is no such LMT report.", code: "NOT_FOUND" });
    }
  };
}
