import PDFDocument from "pdfkit";
import { GST_RATE_PERCENT, buyerIdentityRequired, formatAbn, formatCents, invoiceAmounts } from "@app/domain";
import type { InvoiceRow } from "./invoices.repository.js";

/** Where an invoice or adjustment note's PDF downloads (http/invoices.ts serves it). */
export function invoicePath(invoiceId: string): string {
  return `/invoices/${invoiceId}.pdf`;
}

const money = (cents: number, currency: string) => {
  const text = formatCents(cents, currency);
  return `${/\.\d\d$/.test(text) ? text : `${text}.00`} ${currency}`;
};

/** "Tax invoice" with the seller's ABN; without one it cannot be, and says "Invoice". */
export function documentTitle(invoice: Pick<InvoiceRow, "kind" | "sellerAbn">): string {
  if (invoice.kind === "ADJUSTMENT_NOTE") return "Adjustment note";
  return invoice.sellerAbn === null ? "Invoice" : "Tax invoice";
}

/**
 * One page with what an Australian tax invoice must show: the words "Tax invoice", the seller's
 * name and ABN, the date, what was sold with its quantity and price, the GST included, and the
 * buyer's name (always shown; required from $1,000). An adjustment note names the invoice it
 * adjusts and the GST given back. Built-in Helvetica only; uncompressed so the text can be read back.
 */
export function renderInvoicePdf(invoice: InvoiceRow, adjusts: InvoiceRow | null): Promise<Buffer> {
  const title = documentTitle(invoice);
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    compress: false,
    info: { Title: `${title} ${invoice.number}`, Author: invoice.sellerName, CreationDate: invoice.issuedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const { gstCents, exGstCents } = invoiceAmounts(invoice.amountCents);

  doc.font("Helvetica-Bold").fontSize(22).text(title);
  doc.moveDown(0.3).font("Helvetica").fontSize(11).fillColor("#444").text(invoice.sellerName);
  if (invoice.sellerAbn !== null) doc.text(`ABN ${formatAbn(invoice.sellerAbn)}`);
  doc.moveDown(1.2).fillColor("#000");
  const row = (label: string, value: string) => {
    const y = doc.y;
    doc.font("Helvetica-Bold").text(label, 56, y, { width: 170 });
    doc.font("Helvetica").text(value, 230, y, { width: 310 });
    doc.moveDown(0.4);
  };
  row(invoice.kind === "ADJUSTMENT_NOTE" ? "Adjustment note number" : "Invoice number", invoice.number);
  row("Date", invoice.issuedAt.toISOString().slice(0, 10));
  if (adjusts !== null) row("Adjusts tax invoice", `${adjusts.number} of ${adjusts.issuedAt.toISOString().slice(0, 10)}`);
  row(buyerIdentityRequired(invoice.amountCents) ? "Buyer" : "Billed to", invoice.buyerName);
  if (invoice.paymentReference !== null) row("Payment reference", invoice.paymentReference);
  doc.moveDown(1);
  row("Description", invoice.description);
  row("Quantity", String(invoice.quantity));
  doc.moveDown(0.6);
  if (invoice.kind === "ADJUSTMENT_NOTE") {
    row("Amount refunded", money(invoice.amountCents, invoice.currency));
    row(`GST adjustment (${GST_RATE_PERCENT}%)`, money(gstCents, invoice.currency));
    row("Refunded excluding GST", money(exGstCents, invoice.currency));
  } else {
    row("Total (GST inclusive)", money(invoice.amountCents, invoice.currency));
    row(`GST included (${GST_RATE_PERCENT}%)`, money(gstCents, invoice.currency));
    row("Total excluding GST", money(exGstCents, invoice.currency));
  }
  doc
    .moveDown(1.5)
    .fontSize(9)
    .fillColor("#666")
    .text(
      invoice.kind === "ADJUSTMENT_NOTE"
        ? "This adjustment note reduces the GST of the tax invoice it names. Keep it with that invoice."
        : "The total includes GST. Keep this tax invoice for your records.",
      56,
    );
  doc.end();
  return done;
}

/** Where a purchase's invoice downloads by the purchase (Purchase.receiptUrl, kept for old links). */
export function receiptPath(purchaseId: string): string {
  return `/receipts/${purchaseId}.pdf`;
}
