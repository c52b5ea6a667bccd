import PDFDocument from "pdfkit";
import { GST_RATE_PERCENT, formatAbn, formatCents, gstIncluded } from "@app/domain";

/** Where a purchase's PDF receipt downloads (http/receipts.ts serves it). */
export function receiptPath(purchaseId: string): string {
  return `/receipts/${purchaseId}.pdf`;
}

export interface ReceiptData {
  receiptNumber: string;
  issuedAt: Date;
  sellerName: string;
  /** The seller's ABN (11 digits): the receipt is then a tax invoice. */
  sellerAbn: string | null;
  customerName: string;
  description: string;
  quantity: number;
  credits: number;
  amountCents: number;
  currency: string;
  paymentReference: string | null;
}

const money = (cents: number, currency: string) => {
  const text = formatCents(cents, currency);
  return /\.\d\d$/.test(text) ? text : `${text}.00`;
};

/**
 * A one-page receipt. Australian prices include GST, so the GST shown is the part of the amount
 * paid (domain gstIncluded). With the seller's ABN it is a tax invoice, which a buyer needs to
 * claim the GST back. Built-in Helvetica only; uncompressed so the text can be read back.
 */
export function renderReceiptPdf(data: ReceiptData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    compress: false,
    info: { Title: `${title(data)} ${data.receiptNumber}`, Author: data.sellerName, CreationDate: data.issuedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const gst = gstIncluded(data.amountCents);
  const date = data.issuedAt.toISOString().slice(0, 10);

  doc.font("Helvetica-Bold").fontSize(22).text(title(data));
  doc.moveDown(0.3).font("Helvetica").fontSize(11).fillColor("#444").text(data.sellerName);
  if (data.sellerAbn !== null) doc.text(`ABN ${formatAbn(data.sellerAbn)}`);
  doc.moveDown(1.2).fillColor("#000");
  const row = (label: string, value: string) => {
    const y = doc.y;
    doc.font("Helvetica-Bold").text(label, 56, y, { width: 170 });
    doc.font("Helvetica").text(value, 230, y, { width: 310 });
    doc.moveDown(0.4);
  };
  row(data.sellerAbn === null ? "Receipt number" : "Invoice number", data.receiptNumber);
  row("Date", date);
  row("Billed to", data.customerName);
  if (data.paymentReference !== null) row("Payment reference", data.paymentReference);
  doc.moveDown(1);
  row("Item", `${data.description}${data.quantity > 1 ? ` x ${data.quantity}` : ""}`);
  row("Job ad credits", String(data.credits));
  doc.moveDown(0.6);
  row("Amount paid", `${money(data.amountCents, data.currency)} ${data.currency}`);
  row(`GST included (${GST_RATE_PERCENT}%)`, `${money(gst, data.currency)} ${data.currency}`);
  row("Amount excluding GST", `${money(data.amountCents - gst, data.currency)} ${data.currency}`);
  doc
    .moveDown(1.5)
    .fontSize(9)
    .fillColor("#666")
    .text(`Prices include GST. Keep this ${title(data).toLowerCase()} for your records.`, 56);
  doc.end();
  return done;
}

function title(data: ReceiptData): string {
  return data.sellerAbn === null ? "Receipt" : "Tax invoice";
}
