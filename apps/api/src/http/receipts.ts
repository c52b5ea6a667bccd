import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@app/domain";
import type { Services } from "../services.js";
import { sendInvoicePdf } from "./invoices.js";
import { sendJson } from "./respond.js";
import { downloadViewer } from "./signed-in.js";

const RECEIPT_PATH = /^\/receipts\/([^/]+)\.pdf$/;

export function isReceiptPath(path: string): boolean {
  return RECEIPT_PATH.test(path);
}

/**
 * GET /receipts/<purchaseId>.pdf: the tax invoice of a successful purchase, by the purchase (the
 * address Purchase.receiptUrl gives), for signed-in members of the organization that bought it.
 * Anyone else gets 404, so a receipt's existence is never revealed.
 */
export function createReceiptsHandler(services: Services) {
  return async function handleReceipt(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Use GET." });
    const purchaseId = RECEIPT_PATH.exec(path)?.[1] ?? "";
    try {
      const viewer = await downloadViewer(services, req);
      if (viewer === null) return sendJson(res, 401, { error: "Please sign in.", code: "UNAUTHENTICATED" });
      const { purchase } = await services.billing.receipt(viewer, purchaseId);
      const [invoice] = await services.invoices.invoicesOfPurchases([purchase.id]);
      if (!invoice) throw new DomainError("NOT_FOUND", "There is no such receipt.");
      await sendInvoicePdf(req, res, invoice, null);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.code === "UNAUTHENTICATED") return sendJson(res, 401, { error: e.message, code: e.code });
      return sendJson(res, 404, { error: "There is no such receipt.", code: "NOT_FOUND" });
    }
  };
}
