import { describe, expect, it } from "vitest";
import { checkResume, MAX_RESUME_BYTES, sniffResume } from "./resume-file.js";
import { jobPosting, jobPostingJsonLd, type JobPostingFacts } from "./job-posting.js";
import { checkApplication, decideStatusChange } from "./applications.js";
import { checkPortalSettings } from "./portal-settings.js";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

/** A minimal ZIP central directory entry naming `name`. */
function centralEntry(name: string): number[] {
  const header = new Array<number>(46).fill(0);
  header.splice(0, 4, 0x50, 0x4b, 0x01, 0x02);
  header[28] = name.length & 0xff;
  header[29] = name.length >> 8;
  return [...header, ...new TextEncoder().encode(name)];
}
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("sniffResume (R10: by content, not name)", () => {
  it.each([
    ["PDF", bytes("%PDF-1.7\n..."), "PDF"],
    ["Word 97-2003 (OLE)", bytes(OLE, "rest"), "DOC"],
    [
      "DOCX: a ZIP naming word/document.xml",
      bytes(ZIP, "local...", centralEntry("[Content_Types].xml"), centralEntry("word/document.xml")),
      "DOCX",
    ],
    ["a ZIP that is not a Word document (xlsx)", bytes(ZIP, "local...", centralEntry("xl/workbook.xml")), null],
    ["a PNG", bytes(PNG, "IHDR"), null],
    ["plain text", bytes("Curriculum vitae"), null],
    ["almost PDF", bytes("%PDF"), null],
    ["empty", bytes(), null],
  ] as const)("%s → %s", (_name, file, expected) => expect(sniffResume(file)?.kind ?? null).toBe(expected));
});

describe("checkResume", () => {
  it.each([
    ["empty", bytes(), 0, "EMPTY"],
    ["over 5 MB", bytes("%PDF-"), MAX_RESUME_BYTES + 1, "TOO_LARGE"],
    ["exactly 5 MB", bytes("%PDF-"), MAX_RESUME_BYTES, null],
    ["a PNG named .pdf", bytes(PNG), 8, "NOT_A_DOCUMENT"],
  ] as const)("%s → %s", (_name, file, size, reason) => {
    const result = checkResume(file, size);
    expect(result.ok ? null : result.reason).toBe(reason);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});

const job: JobPostingFacts = {
  title: "Barista </script><script>alert(1)</script>",
  description: "Coffee & cake",
  publishedAt: new Date("2026-03-01T00:00:00Z"),
  closesAt: new Date("2026-03-31T00:00:00Z"),
  employerName: "Beach Cafe",
  workType: "FULL_TIME",
  location: { city: "Manly", state: "NSW", postcode: "2095", country: "AU" },
  salary: { min: 65000, max: 72000, period: "YEAR", currency: "AUD" },
};

describe("jobPosting JSON-LD", () => {
  it("holds the fields search engines read", () => {
    expect(jobPosting(job)).toMatchObject({
      "@type": "JobPosting",
      datePosted: "2026-03-01T00:00:00.000Z",
      validThrough: "2026-03-31T00:00:00.000Z",
      hiringOrganization: { name: "Beach Cafe" },
      jobLocation: { address: { addressLocality: "Manly", addressRegion: "NSW", postalCode: "2095", addressCountry: "AU" } },
      baseSalary: { currency: "AUD", value: { minValue: 65000, maxValue: 72000, unitText: "YEAR" } },
      employmentType: "FULL_TIME",
    });
  });

  it("cannot close its script tag and parses back to the same text", () => {
    const text = jobPostingJsonLd(job);
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text).title).toBe(job.title);
  });

  it("leaves out what is unknown", () => {
    const posting = jobPosting({
      ...job,
      closesAt: null,
      salary: null,
      location: { city: "Perth", state: null, postcode: null, country: "AU" },
    });
    expect(posting).not.toHaveProperty("validThrough");
    expect(posting).not.toHaveProperty("baseSalary");
    expect(posting.jobLocation).toEqual({
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: "Perth", addressCountry: "AU" },
    });
  });
});

describe("decideStatusChange", () => {
  it.each([
    ["REJECTED without a reason", "REJECTED", null, false, null],
    ["REJECTED with blanks only", "REJECTED", "   ", false, null],
    ["REJECTED with a reason", "REJECTED", " No licence ", true, "No licence"],
    ["SHORTLISTED without a reason", "SHORTLISTED", undefined, true, null],
    ["HIRED with a note", "HIRED", "Starts Monday", true, "Starts Monday"],
  ] as const)("%s", (_n, to, reason, ok, kept) => {
    const r = decideStatusChange(to, reason);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.outcomeReason).toBe(kept);
    else expect(r.fields.outcomeReason).toBeDefined();
  });
});

describe("checkApplication (R10)", () => {
  const isEmail = (v: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v);
  it.each([
    ["complete, with consent", { name: "Ann", email: "ann@example.com", consent: true }, []],
    ["without consent", { name: "Ann", email: "ann@example.com", consent: false }, ["consent"]],
    ["no name, bad email", { name: " ", email: "nope", consent: true }, ["email", "name"]],
  ] as const)("%s", (_n, input, fields) => expect(Object.keys(checkApplication(input, isEmail)).sort()).toEqual(fields));
});

describe("checkPortalSettings", () => {
  const ok = { slug: "acme-jobs", title: "Acme Jobs", primaryColor: "#5b21b6" };
  it.each([
    ["valid", ok, []],
    ["uppercase is normalised", { ...ok, slug: "Acme-Jobs" }, []],
    ["too short, bad colour", { ...ok, slug: "a", primaryColor: "purple" }, ["primaryColor", "slug"]],
    ["reserved", { ...ok, slug: "admin" }, ["slug"]],
    ["double hyphen", { ...ok, slug: "a--b" }, ["slug"]],
    ["http logo", { ...ok, logoUrl: "http://x.test/l.png" }, ["logoUrl"]],
  ] as const)("%s", (_n, input, fields) => expect(Object.keys(checkPortalSettings(input)).sort()).toEqual(fields));
});
