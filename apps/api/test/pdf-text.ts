/** The text shown by an uncompressed pdfkit PDF: each TJ array's hex strings, one line each. */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, body] of pdf.toString("latin1").matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    lines.push([...body!.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex!, "hex").toString("latin1")).join(""));
  }
  return lines.join("\n");
}

/** The text any PDF shows, as a reader extracts it (pdf-parse, on pdf.js): for PDFs the app did not write itself uncompressed. */
export async function parsedPdfText(bytes: Uint8Array): Promise<string> {
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
