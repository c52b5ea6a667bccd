import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_LOGO_BYTES, fetchLogo } from "./report-logo.js";
import { renderLmtReportPdf } from "./report-pdf.js";
import type { LmtReportData } from "./lmt.service.js";

/** A real 2×2 PNG, built here (signature, IHDR, IDAT, IEND with their CRCs). */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const rows = Buffer.from([0, 255, 0, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/logo.png") return res.writeHead(200, { "content-type": "image/png" }).end(png());
    if (req.url === "/page.html") return res.writeHead(200, { "content-type": "text/html" }).end("<p>not a logo</p>");
    if (req.url === "/huge.png") return res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(MAX_LOGO_BYTES + 1));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the LMT report's letterhead (issue 16, item 7)", () => {
  it("reads a PNG logo, and nothing that is not one", async () => {
    expect((await fetchLogo(`${base}/logo.png`))?.subarray(1, 4).toString()).toBe("PNG");
    for (const url of [
      null,
      "",
      "not a url",
      "ftp://example.com/logo.png",
      `${base}/page.html`,
      `${base}/huge.png`,
      `${base}/gone.png`,
    ]) {
      expect(await fetchLogo(url), String(url)).toBeNull();
    }
  });

  it("draws the agency's logo and name at the top of the PDF, or its monogram without a logo", async () => {
    const report = {
      job: { title: "Chef de Partie", status: "PUBLISHED", occupationCode: null, showSalary: true },
      employerName: "Coastal Cafe",
      agencyName: "Harbour Migration",
      salaryText: "$70,000 a year",
      compliant: true,
      checks: [],
      placements: [],
      runs: [],
      advertisedFrom: null,
      advertisedUntil: null,
      daysAdvertised: 0,
      daysCountedIn: "Australia/Sydney",
      earliestLodgement: null,
      latestLodgement: null,
      intendedLodgement: null,
      redundancyOn: null,
      applicationCount: 0,
      outcomes: [{ status: "REJECTED", count: 0 }],
      applications: [],
      revisions: [],
      firstPublishedRevision: null,
      generatedAt: new Date("2026-12-01T00:00:00Z"),
    } as unknown as LmtReportData;
    const withLogo = await renderLmtReportPdf(report, new Map(), { name: "Harbour Migration", colour: "#0f766e", logo: png() });
    const pdf = withLogo.toString("latin1");
    expect(pdf).toMatch(/\/Subtype \/Image/);
    expect(pdf).toContain(Buffer.from("Harb").toString("hex")); // the name, as pdfkit writes text (hex)
    expect(pdf).not.toMatch(/REJECTED|PUBLISHED/);

    const monogram = (
      await renderLmtReportPdf(report, new Map(), { name: "Harbour Migration", colour: "#0f766e", logo: null })
    ).toString("latin1");
    expect(monogram).not.toMatch(/\/Subtype \/Image/);
    expect(monogram).toContain("484d"); // "HM"
  });
});
