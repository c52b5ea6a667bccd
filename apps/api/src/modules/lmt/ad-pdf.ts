import PDFDocument from "pdfkit";
import { formatCents } from "@app/domain";
import type { JobRevisionRow } from "../jobs/jobs.repository.js";
import { PER } from "./lmt-report.js";

/** One version of the ad for the evidence pack, with the dates it was the ad the public saw. */
export interface AdVersion {
  revision: JobRevisionRow;
  /** "As first published" or "Revision 3 (edited after publishing)". */
  label: string;
  employerName: string;
  advertiserName: string | null;
  /** When this version went up (publication, or the edit being saved) and until when it stayed (null: still up). */
  shownFrom: Date;
  shownUntil: Date | null;
  author: string | null;
}

const WORK_TYPE_WORDS: Record<string, string> = {
  FULL_TIME: "Full time",
  PART_TIME: "Part time",
  CASUAL: "Casual",
  CONTRACT: "Contract",
  TEMPORARY: "Temporary",
  INTERNSHIP: "Internship",
};

const stamp = (at: Date) => `${at.toISOString().replace("T", " ").slice(0, 16)} UTC`;

function salaryOf(revision: JobRevisionRow): string {
  const s = revision.salary;
  if (s === null || (s.min === null && s.max === null)) return "Not recorded";
  const amount = (n: number) => formatCents(n * 100, s.currency).replace(/\.00$/, "");
  const range =
    s.min !== null && s.max !== null && s.min !== s.max ? `${amount(s.min)} - ${amount(s.max)}` : amount((s.max ?? s.min)!);
  const shown =
    revision.showSalary === false ? " (not shown in the ad)" : revision.showSalary === true ? " (shown in the ad)" : "";
  return `${range} ${PER[s.period] ?? ""} (${s.currency})${shown}`;
}

/**
 * The ad as it stood in one stored revision (title, place, work type, salary, description,
 * requirements), headed with the dates it was shown: what a case officer reads as "the ad as it
 * ran". Built-in Helvetica, uncompressed so the text can be read back (as the LMT report).
 */
export function renderAdVersionPdf(v: AdVersion): Promise<Buffer> {
  const r = v.revision;
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    compress: false,
    info: { Title: `${r.title}: ${v.label}`, Author: v.advertiserName ?? v.employerName, CreationDate: r.createdAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const pair = (label: string, value: string) => {
    doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value);
  };
  doc.font("Helvetica").fontSize(10).fillColor("#444").text(v.label);
  pair("Shown from", stamp(v.shownFrom));
  pair("Shown until", v.shownUntil === null ? "still shown" : stamp(v.shownUntil));
  pair("Revision", `${r.number}, saved ${stamp(r.createdAt)}${v.author === null ? "" : ` by ${v.author}`}`);
  doc.moveDown(1).fillColor("#000").font("Helvetica-Bold").fontSize(18).text(r.title);
  doc
    .moveDown(0.3)
    .font("Helvetica")
    .fontSize(11)
    .text(v.advertiserName ?? v.employerName);
  const place = r.location === null ? null : [r.location.city, r.location.state, r.location.postcode, r.location.country];
  doc.moveDown(0.6).fontSize(10);
  if (place !== null) pair("Location", place.filter((p) => p !== null && p !== "").join(", "));
  if (r.workType !== null) pair("Work type", WORK_TYPE_WORDS[r.workType] ?? r.workType);
  pair("Salary", salaryOf(r));
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text("Description");
  doc.moveDown(0.2).font("Helvetica").fontSize(10).text(r.description);
  if (r.requirements !== null && r.requirements.trim() !== "") {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text("Requirements");
    doc.moveDown(0.2).font("Helvetica").fontSize(10).text(r.requirements);
  }
  doc.end();
  return done;
}
