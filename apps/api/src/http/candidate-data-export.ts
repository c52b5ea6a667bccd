import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@app/domain";
import type { Services } from "../services.js";
import { sendJson } from "./respond.js";
import { sendDomainError } from "./uploads.js";

/**
 * GET /candidate-data/export?token=…: a candidate's copy of their application data (R10) as one
 * JSON file, CVs included, from the link mailed to them. The token is the only credential.
 */
export function createCandidateDataExportHandler(services: Services) {
  return async function handleExport(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader("cache-control", "private, no-store");
    res.setHeader("referrer-policy", "no-referrer");
    if (req.method !== "GET") return sendJson(res, 405, { error: "Method not allowed." });
    const token = new URL(req.url ?? "/", "http://localhost").searchParams.get("token") ?? "";
    try {
      const data = await services.candidateData.export(token);
      const body = JSON.stringify(data, null, 2);
      res.writeHead(200, {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "content-disposition": `attachment; filename="my-application-data-${data.exportedAt.slice(0, 10)}.json"`,
        "x-content-type-options": "nosniff",
      });
      res.end(body);
    } catch (e) {
      if (e instanceof DomainError) return sendDomainError(res, e);
      throw e;
    }
  };
}
