import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@app/domain";
import { documentTitle, renderInvoicePdf } from "../modules/billing/invoice-pdf.js";
import type { InvoiceRow } from "../modules/billing/invoices.repository.js";
import type { Services } from "../services.js";
import { sendJson } from "./respond.js";
import { downloadViewer } from "./signed-in.js";

const INVOICE_PATH = /^\/invoices\/([^/]+)\.pdf$/;

export function isInvoicePath(path: string): boolean {
  return INVOICE_PATH.test(path);
}

/** Sends an invoice or adjustment note as a PDF download. */
export async function sendInvoicePdf(req: IncomingMessage, res: ServerResponse, invoice: InvoiceRow, adjusts: InvoiceRow | null) {
  const pdf = await renderInvoicePdf(invoice, adjusts);
  const name = `${documentTitle(invoice).toLowerCase().replaceAll(" ", "-")}-${invoice.number}.pdf`;
  res.writeHead(200, {
    "content-type": "application/pdf",
    "content-length": pdf.length,
    "content-disposition": `attachment; filename="${name}"`,
    "cache-control": "private, no-store",
  });
  res.end(req.method === "HEAD" ? undefined : pdf);
}

/**
 * GET /invoices/<invoiceId>.pdf: a tax invoice or adjustment note (R12), for signed-in members of
 * the buyer (and an agency accessing the client, for a card-paid job's invoice). Anyone else gets
 * 404, so an invoice's existence is never revealed.
 */
export function createInvoicesHandler(services: Services) {
  return async function handleInvoice(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Use GET." });
    const id = INVOICE_PATH.exec(path)?.[1] ?? "";
    try {
      const viewer = await downloadViewer(services, req);
      if (viewer === null) return sendJson(res, 401, { error: "Please sign in.", code: "UNAUTHENTICATED" });
      const { invoice, adjusts } = await services.invoices.invoice(viewer, id);
      await sendInvoicePdf(req, res, invoice, adjusts);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.code === "UNAUTHENTICATED") return sendJson(res, 401, { error: e.message, code: e.code });
      return sendJson(res, 404, { error: "There is no such invoice.", code: "NOT_FOUND" });
    }
  };
}
