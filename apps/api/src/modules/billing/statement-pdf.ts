import PDFDocument from "pdfkit";
import { formatCents, type ClientUsage } from "@app/domain";

export interface StatementData {
  month: string;
  issuerName: string;
  logo: Buffer | null;
  client: ClientUsage;
  issuedAt: Date;
}

const money = (cents: number) => {
  const text = formatCents(cents);
  return /\.\d\d$/.test(text) ? text : `${text}.00`;
};

/**
 * A month's statement of one client's job ads, on the agency's letterhead, for the agency to bill
 * its client: each ad with its date, who published it, the credits and their value. Built-in
 * Helvetica only; uncompressed so the text can be read back.
 */
export function renderStatementPdf(data: StatementData): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    compress: false,
    info: { Title: `Statement ${data.month} ${data.client.clientName}`, Author: data.issuerName, CreationDate: data.issuedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  if (data.logo !== null) {
    try {
      doc.image(data.logo, 56, 48, { fit: [140, 48] });
      doc.y = 108;
    } catch {
      // An image pdfkit cannot read: the name below still says who it is from.
    }
  }
  doc.font("Helvetica-Bold").fontSize(18).fillColor("#000").text(data.issuerName, 56);
  doc.moveDown(0.2).font("Helvetica").fontSize(11).fillColor("#444").text(`Statement of job ads for ${data.month}`);
  doc.moveDown(0.8).fillColor("#000").font("Helvetica-Bold").text(`Client: ${data.client.clientName}`);
  doc.font("Helvetica").text(`Issued ${data.issuedAt.toISOString().slice(0, 10)}`);
  doc.moveDown(1);

  const cols = [56, 136, 330, 440, 490];
  const line = (cells: string[], bold = false) => {
    const y = doc.y;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);
    const widths = [76, 190, 106, 46, 60];
    cells.forEach((cell, i) => doc.text(cell, cols[i]!, y, { width: widths[i]!, align: i >= 3 ? "right" : "left" }));
    doc.moveDown(0.5);
  };
  line(["Date", "Job ad", "Published by", "Credits", "Value"], true);
  for (const l of data.client.lines) line([l.day, l.jobTitle, l.publishedByName ?? "", String(l.credits), money(l.valueCents)]);
  doc.moveDown(0.4);
  line(
    [
      "Total",
      `${data.client.ads} job ad${data.client.ads === 1 ? "" : "s"}`,
      "",
      String(data.client.credits),
      money(data.client.valueCents),
    ],
    true,
  );
  doc
    .moveDown(1.5)
    .fontSize(9)
    .fillColor("#666")
    .text("Values are what the credits cost when they were bought (GST inclusive).", 56);
  doc.end();
  return done;
}
