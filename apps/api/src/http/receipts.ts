import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@app/domain";
import { SESSION_COOKIE } from "../context.js";
import { renderReceiptPdf } from "../modules/billing/receipt-pdf.js";
import type { Config } from "../config.js";
import type { Services } from "../services.js";
import { parseCookies, sendJson } from "./respond.js";

const RECEIPT_PATH = /^\/receipts\/([^/]+)\.pdf$/;

export function isReceiptPath(path: string): boolean {
  return RECEIPT_PATH.test(path);
}

/**
 * GET /receipts/<purchaseId>.pdf: the PDF receipt of a successful purchase, for signed-in members
 * of the organization that bought it (session cookie or Bearer token, as /graphql takes them).
 * Anyone else gets 404, so a receipt's existence is never revealed.
 */
export function createReceiptsHandler(services: Services, seller: Config["seller"]) {
  return async function handleReceipt(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "Use GET." });
    const purchaseId = RECEIPT_PATH.exec(path)?.[1] ?? "";
    const auth = req.headers.authorization ?? "";
    const bearerToken = auth.toLowerCase().startsWith("bearer ") ? auth.slice(7).trim() : null;
    const sessionSecret = parseCookies(req.headers.cookie)[SESSION_COOKIE] ?? null;
    try {
      const viewer = await services.identity.principal({ sessionSecret, bearerToken });
      if (viewer === null) return sendJson(res, 401, { error: "Please sign in.", code: "UNAUTHENTICATED" });
      const { purchase, plan } = await services.billing.receipt(viewer, purchaseId);
      const [organization] = await services.identity.organizationsByIds([purchase.organizationId]);
      const pdf = await renderReceiptPdf({
        receiptNumber: purchase.receiptNumber!,
        issuedAt: purchase.completedAt ?? purchase.createdAt,
        sellerName: seller.name,
        sellerAbn: seller.abn,
        customerName: organization?.name ?? "",
        description: plan.name,
        quantity: purchase.quantity,
        credits: purchase.credits,
        amountCents: purchase.amountCents,
        currency: purchase.currency,
        paymentReference: purchase.paymentReference,
      });
      res.writeHead(200, {
        "content-type": "application/pdf",
        "content-length": pdf.length,
        "content-disposition": `attachment; filename="receipt-${purchase.receiptNumber}.pdf"`,
        "cache-control": "private, no-store",
      });
      res.end(req.method === "HEAD" ? undefined : pdf);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.code === "UNAUTHENTICATED") return sendJson(res, 401, { error: e.message, code: e.code });
      return sendJson(res, 404, { error: "There is no such receipt.", code: "NOT_FOUND" });
    }
  };
}
