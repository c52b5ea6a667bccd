import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError, MAX_PROOF_BYTES } from "@app/domain";
import type { Services } from "../services.js";
import { BodyTooLargeError, readBody, sendJson } from "./respond.js";
import { downloadViewer } from "./signed-in.js";
import { sendDomainError } from "./uploads.js";

const EVIDENCE_PATH = /^\/lmt\/([^/]+)\/evidence\.zip$/;
const PROOF_PATH = /^\/lmt\/placements\/([^/]+)\/proof$/;

export function isLmtEvidencePath(path: string): boolean {
  return EVIDENCE_PATH.test(path) || PROOF_PATH.test(path);
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: { filename: string; contentType: string; body: Buffer }) {
  res.writeHead(200, {
    "content-type": file.contentType,
    "content-length": file.body.length,
    "content-disposition": `attachment; filename="${file.filename}"`,
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : file.body);
}

/**
 * GET /lmt/<jobId>/evidence.zip: the LMT ad's evidence pack, for whoever may read its report (as
 * /lmt/<jobId>/report.pdf). GET /lmt/placements/<id>/proof downloads a recorded placement's proof;
 * POST uploads (or replaces) it: the file as the raw body with its name in `x-filename` (a custom
 * header, so another site's form cannot post one with the agent's cookie). 401 without a viewer;
 * a job or placement the viewer may not see is 404, so its existence is never revealed.
 */
export function createLmtEvidenceHandler(services: Services) {
  return async function handleLmtEvidence(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const method = req.method ?? "GET";
    const evidence = EVIDENCE_PATH.exec(path);
    const proof = PROOF_PATH.exec(path);
    const upload = proof !== null && method === "POST";
    if (method !== "GET" && method !== "HEAD" && !upload)
      return sendJson(res, 405, { error: proof === null ? "Use GET." : "Use GET, or POST the file." });
    try {
      const viewer = await downloadViewer(services, req);
      if (viewer === null) return sendJson(res, 401, { error: "Please sign in.", code: "UNAUTHENTICATED" });
      if (evidence !== null) {
        const pack = await services.lmtEvidence.evidencePack(viewer, decodeURIComponent(evidence[1]!));
        return sendFile(req, res, { ...pack, contentType: "application/zip" });
      }
      const placementId = decodeURIComponent(proof![1]!);
      if (!upload) return sendFile(req, res, await services.lmtEvidence.proofFile(viewer, placementId));
      const filename = headerText(req.headers["x-filename"]);
      if (filename === null)
        return sendJson(res, 400, {
          error: "Send the file as the body with its name in an x-filename header.",
          code: "BAD_USER_INPUT",
        });
      const declared = Number(req.headers["content-length"] ?? NaN);
      // Past the limit nothing more is read: the service refuses it by its size, and the socket closes.
      let tooLarge = Number.isFinite(declared) && declared > MAX_PROOF_BYTES;
      let bytes: Buffer = Buffer.alloc(0);
      if (!tooLarge) {
        try {
          bytes = await readBody(req, MAX_PROOF_BYTES);
        } catch (e) {
          if (!(e instanceof BodyTooLargeError)) throw e;
          tooLarge = true;
        }
      }
      if (tooLarge) res.setHeader("connection", "close");
      const report = await services.lmtEvidence.attachProof(viewer, placementId, {
        bytes,
        size: tooLarge ? MAX_PROOF_BYTES + 1 : bytes.length,
        filename,
      });
      const placement = report.placements.find((p) => p.id === placementId);
      sendJson(res, 201, { proof: placement?.proof ?? null });
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.code === "UNAUTHENTICATED") return sendJson(res, 401, { error: e.message, code: e.code });
      if (e.code === "NOT_FOUND") return sendJson(res, 404, { error: "There is no such LMT record.", code: "NOT_FOUND" });
      return sendDomainError(res, e);
    }
  };
}

function headerText(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined) return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
