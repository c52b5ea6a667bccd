import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError, MAX_RESUME_BYTES, type ErrorCode } from "@app/domain";
import type { Services } from "../services.js";
import { BodyTooLargeError, clientAddress, readBody, sendJson } from "./respond.js";

/** Room for the multipart boundaries and headers around a file of the maximum size. */
const MULTIPART_OVERHEAD = 64 * 1024;
const READ_LIMIT = MAX_RESUME_BYTES + MULTIPART_OVERHEAD;

const HTTP_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INSUFFICIENT_CREDITS: 402,
  PAYMENT_DECLINED: 402,
  RATE_LIMITED: 429,
  EMAIL_NOT_VERIFIED: 403,
} as const satisfies Record<ErrorCode, number>;

/** A DomainError as a plain HTTP JSON answer: { error, code, fields?, retryAfterSeconds? }. */
export function sendDomainError(res: ServerResponse, e: DomainError): void {
  let status: number = HTTP_STATUS[e.code];
  if (e.extra?.reason === "TOO_LARGE") status = 413;
  const retryAfter = e.extra?.retryAfterSeconds;
  if (typeof retryAfter === "number") res.setHeader("retry-after", String(retryAfter));
  sendJson(res, status, { error: e.message, code: e.code, ...(e.fields ? { fields: e.fields } : {}), ...(e.extra ?? {}) });
}

/**
 * POST /uploads: a CV, either as multipart/form-data with the file in the field `file` (what a
 * browser's FormData sends), or as the raw body with the name in an `x-filename` header.
 * Answers 201 { id, filename, contentType, size }; 400 for an empty or non-document file, 413 past
 * 5 MB (reading stops there), 429 past the per-address limit. Nothing is stored unless it is 201.
 */
export function createUploadsHandler(services: Services, options: { trustedProxies: number }) {
  return async function handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader("cache-control", "no-store");
    if (req.method !== "POST") return sendJson(res, 405, { error: "Send the file with POST.", code: "BAD_USER_INPUT" });
    const address = clientAddress(req, options.trustedProxies);
    const contentType = req.headers["content-type"] ?? "";
    try {
      const declared = Number(req.headers["content-length"] ?? NaN);
      if (Number.isFinite(declared) && declared > READ_LIMIT) return await refuseTooLarge(res, services, address, declared);
      let body: Buffer;
      try {
        body = await readBody(req, READ_LIMIT);
      } catch (e) {
        if (e instanceof BodyTooLargeError) return await refuseTooLarge(res, services, address, READ_LIMIT + 1);
        throw e;
      }
      let bytes: Uint8Array = body;
      let filename: string | null = headerText(req.headers["x-filename"]);
      if (contentType.toLowerCase().startsWith("multipart/form-data")) {
        let form: FormData;
        try {
          form = await new Response(body as unknown as BodyInit, { headers: { "content-type": contentType } }).formData();
        } catch {
          return sendJson(res, 400, {
            error: 'The form could not be read. Send the CV in a form field named "file".',
            code: "BAD_USER_INPUT",
          });
        }
        const file = form.get("file");
        if (file === null || typeof file === "string") {
          return sendJson(res, 400, {
            error: 'Send the CV in a form field named "file".',
            code: "BAD_USER_INPUT",
            fields: { file: "Choose your CV." },
          });
        }
        bytes = new Uint8Array(await file.arrayBuffer());
        filename = file.name;
      }
      const stored = await services.applications.upload({ bytes, size: bytes.length, filename }, address);
      sendJson(res, 201, stored);
    } catch (e) {
      if (e instanceof DomainError) return sendDomainError(res, e);
      throw e;
    }
  };
}

/** Counts the attempt and answers 413 without reading (or storing) the rest of the body. */
async function refuseTooLarge(res: ServerResponse, services: Services, address: string, size: number): Promise<void> {
  res.setHeader("connection", "close");
  try {
    await services.applications.upload({ bytes: new Uint8Array(0), size, filename: null }, address);
  } catch (e) {
    if (e instanceof DomainError) return sendDomainError(res, e);
    throw e;
  }
}

function headerText(value: string | string[] | undefined): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text === "") return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
