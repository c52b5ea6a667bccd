import PDFDocument from "pdfkit";
import { APPLICATION_STATUS_WORDS } from "@app/domain";
import type { LmtReportData } from "./lmt.service.js";

/** Who the report is from, as its readers know them: the agency's (or the employer's) name, colour and logo. */
export interface ReportBrand {
  name: string;
  /** The job board's colour, #rrggbb. */
  colour: string;
  /** PNG or JPEG bytes (fetchLogo), or null for a monogram. */
  logo: Buffer | null;
}

const JOB_STATUS_WORDS: Record<string, string> = { DRAFT: "Draft", PUBLISHED: "Published", CLOSED: "Closed" };

const MARGIN = 48;
const WIDTH = 595.28 - 2 * MARGIN; // A4

/**
 * The LMT report as a PDF a case officer can read: the ad, the checks, where and when it ran, the
 * lodgement dates, the applications and their outcomes, and every revision. Built-in Helvetica
 * only; uncompressed so the text can be read back.
 */
export function renderLmtReportPdf(
  r: LmtReportData,
  authors: ReadonlyMap<string, string>,
  brand: ReportBrand = { name: r.agencyName ?? r.employerName, colour: "#5b21b6", logo: null },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: false,
    info: { Title: `LMT report: ${r.job.title}`, Author: r.agencyName ?? r.employerName, CreationDate: r.generatedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const day = (at: Date | null) => (at === null ? "-" : at.toISOString().slice(0, 10));

  const heading = (text: string) => {
    if (doc.y > 740) doc.addPage();
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor("#000").text(text, MARGIN, doc.y, { width: WIDTH });
    doc.moveDown(0.3).font("Helvetica").fontSize(9.5);
  };
  const pair = (label: string, value: string) => {
    const y = doc.y;
    doc.font("Helvetica-Bold").text(label, MARGIN, y, { width: 160 });
    const afterLabel = doc.y;
    doc.font("Helvetica").text(value, MARGIN + 165, y, { width: WIDTH - 165 });
    doc.y = Math.max(doc.y, afterLabel);
    doc.moveDown(0.2);
  };
  /** A table: widths are fractions of the page width; a row grows to its tallest cell. */
  const table = (headers: string[], widths: number[], rows: string[][]) => {
    const xs = widths.reduce<number[]>((acc, _w, i) => [...acc, i === 0 ? MARGIN : acc[i - 1]! + widths[i - 1]! * WIDTH], []);
    const drawRow = (cells: string[], bold: boolean) => {
      const height = Math.max(
        ...cells.map((c, i) =>
          doc.font(bold ? "Helvetica-Bold" : "Helvetica").heightOfString(c, { width: widths[i]! * WIDTH - 6 }),
        ),
      );
      if (doc.y + height > 790) doc.addPage();
      const y = doc.y;
      cells.forEach((c, i) =>
        doc.font(bold ? "Helvetica-Bold" : "Helvetica").text(c, xs[i]!, y, { width: widths[i]! * WIDTH - 6 }),
      );
      doc.y = y + height + 3;
      doc.x = MARGIN;
    };
    drawRow(headers, true);
    if (rows.length === 0) drawRow(["None."], false);
    for (const row of rows) drawRow(row, false);
  };

  // The letterhead: the logo (or a monogram in the board's colour) and the name of who reports.
  const MARK = 40;
  let drawn = false;
  if (brand.logo !== null) {
    try {
      doc.image(brand.logo, MARGIN, MARGIN, { fit: [MARK * 3, MARK], valign: "center" });
      drawn = true;
    } catch {
      drawn = false; // An image pdfkit cannot read: the monogram instead.
    }
  }
  const nameX = drawn ? MARGIN + MARK * 3 + 12 : MARGIN + MARK + 12;
  if (!drawn) {
    const initials = brand.name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => w[0]!.toUpperCase())
      .join("");
    doc.roundedRect(MARGIN, MARGIN, MARK, MARK, 6).fill(/^#[0-9a-f]{6}$/i.test(brand.colour) ? brand.colour : "#5b21b6");
    doc
      .font("Helvetica-Bold")
      .fontSize(15)
      .fillColor("#fff")
      .text(initials, MARGIN, MARGIN + 12, { width: MARK, align: "center" });
  }
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .fillColor("#000")
    .text(brand.name, nameX, MARGIN + 12, { width: WIDTH - (nameX - MARGIN) });
  doc.y = MARGIN + MARK + 14;
  doc.font("Helvetica-Bold").fontSize(18).text("Labour Market Testing report", MARGIN, doc.y, { width: WIDTH });
  doc
    .moveDown(0.2)
    .font("Helvetica")
    .fontSize(10)
    .fillColor("#444")
    .text(`Generated ${r.generatedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`);
  doc.fillColor("#000").moveDown(0.8).fontSize(9.5);
  pair("Position", r.job.title);
  pair("Employer", r.employerName);
  if (r.agencyName !== null) pair("Recruitment agency", r.agencyName);
  if (r.job.occupationCode !== null) pair("Occupation (ANZSCO)", r.job.occupationCode);
  pair("Salary", `${r.salaryText ?? "not recorded"}${r.job.showSalary ? " (shown in the ad)" : " (not shown in the ad)"}`);
  pair("Status", JOB_STATUS_WORDS[r.job.status] ?? r.job.status);
  pair("Result", r.compliant ? "Meets the LMT checks" : "Does not yet meet every LMT check");

  heading("Checks");
  table(
    ["Check", "Result", "Detail"],
    [0.42, 0.1, 0.48],
    r.checks.map((c) => [c.label, c.passed ? "Met" : "Not met", c.detail ?? ""]),
  );

  heading("Placements");
  table(
    ["Board", "National", "Dates", "Days", "Applications", "Views"],
    [0.32, 0.1, 0.27, 0.08, 0.15, 0.08],
    r.placements.map((p) => [
      p.board + (p.url !== null ? `\n${p.url}` : ""),
      p.nationalReach ? "Yes" : "No",
      `${p.startsOn} to ${p.endsOn ?? "still running"}`,
      String(p.days),
      String(p.applicationCount),
      p.views === null ? "-" : String(p.views),
    ]),
  );
  const gaps = r.runs.flatMap((run) => run.gaps.map((g) => `${run.board}: not advertised for ${g.days} day(s) after ${g.after}`));
  if (gaps.length > 0) {
    doc.moveDown(0.3).font("Helvetica-Bold").text("Breaks in continuity", MARGIN);
    for (const g of gaps) doc.font("Helvetica").text(g, MARGIN);
  }

  heading("Dates");
  pair("Advertised from", day(r.advertisedFrom));
  pair(
    "Advertised until",
    r.advertisedUntil === null ? (r.advertisedFrom === null ? "-" : "still advertised") : day(r.advertisedUntil),
  );
  pair("Days advertised", `${r.daysAdvertised} (${r.daysCountedIn} days)`);
  pair("Earliest lodgement", r.earliestLodgement ?? "not yet known");
  pair("Latest lodgement", r.latestLodgement ?? "not yet known");
  if (r.intendedLodgement !== null) pair("Intended lodgement", r.intendedLodgement);
  if (r.redundancyOn !== null) pair("Redundancy in the occupation", r.redundancyOn);

  heading("Applications");
  pair("Applications", String(r.applicationCount));
  const outcomes = r.outcomes.filter((o) => o.count > 0);
  pair(
    "Outcomes",
    outcomes.length === 0 ? "None yet" : outcomes.map((o) => `${APPLICATION_STATUS_WORDS[o.status]}: ${o.count}`).join(", "),
  );
  doc.moveDown(0.3);
  table(
    ["Candidate", "Placement", "Applied", "Outcome", "Reason"],
    [0.22, 0.22, 0.12, 0.14, 0.3],
    r.applications.map((a) => [
      a.candidateName,
      a.placementBoard ?? a.source ?? "-",
      day(a.appliedAt),
      APPLICATION_STATUS_WORDS[a.status],
      a.outcomeReason ?? "",
    ]),
  );

  heading("Revisions");
  if (r.firstPublishedRevision !== null) pair("As first published", `Revision ${r.firstPublishedRevision.number}`);
  table(
    ["No.", "Saved", "By", "Stage", "Title"],
    [0.07, 0.2, 0.25, 0.16, 0.32],
    r.revisions.map((v) => [
      String(v.number),
      v.createdAt.toISOString().replace("T", " ").slice(0, 16),
      v.authorUserId === null ? "-" : (authors.get(v.authorUserId) ?? "-"),
      v.afterPublish ? "After publishing" : "Before publishing",
      v.title,
    ]),
  );
  doc.end();
  return done;
}
