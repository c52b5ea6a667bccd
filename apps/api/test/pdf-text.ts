/** The text shown by an uncompressed pdfkit PDF: each TJ array's hex strings, one line each. */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, body] of pdf.toString("latin1").matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    lines.push([...body!.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex!, "hex").toString("latin1")).join(""));
  }
  return lines.join("\n");
}
