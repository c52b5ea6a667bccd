import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@app/domain";
import type { Services } from "../services.js";
import { sendJson } from "./respond.js";
import { readCredentials } from "./credentials.js";
import { sendDomainError } from "./uploads.js";

/**
 * GET /applications/<id>/resume: the CV, for the people who may list the application (the job's
 * employer, or its agency while accessing it). Signed in by the session cookie or a Bearer token,
 * as /graphql is; anyone else gets 401 or 404.
 */
export function createResumeHandler(services: Services) {
  return async function handleResume(req: IncomingMessage, res: ServerResponse, applicationId: string): Promise<void> {
    res.setHeader("cache-control", "private, no-store");
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Method not allowed." });
    try {
      const { sessionSecret, bearerToken } = readCredentials(req);
      const viewer = await services.identity.principal({ sessionSecret, bearerToken });
      const file = await services.applications.resume(viewer, applicationId);
      const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
      res.writeHead(200, {
        "content-type": file.contentType,
        "content-length": file.data.length,
        "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
      });
      if (req.method === "HEAD") return void res.end();
      res.end(file.data);
    } catch (e) {
      if (e instanceof DomainError) return sendDomainError(res, e);
      throw e;
    }
  };
}
