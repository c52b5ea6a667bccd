import type { LmtReportData } from "./lmt.service.js";

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : typeof value === "boolean" ? (value ? "Yes" : "No") : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (...cells: (string | number | boolean | null | undefined)[]) => cells.map(csvCell).join(",");
const day = (at: Date | null) => (at === null ? "" : at.toISOString().slice(0, 10));

/** The LMT report as CSV: one section per table, each with its header row (RFC 4180, CRLF). */
export function renderLmtReportCsv(r: LmtReportData, authors: ReadonlyMap<string, string>): string {
  const rows: string[] = [
    csvLine("Labour Market Testing report"),
    csvLine("Job title", r.job.title),
    csvLine("Employer", r.employerName),
    csvLine("Agency", r.agencyName),
    csvLine("Advertiser named in the ad", r.advertiserName),
    csvLine("Occupation (ANZSCO)", r.job.occupationCode),
    csvLine("Salary", r.salaryText),
    csvLine("Salary shown in the ad", r.job.showSalary),
    csvLine("Annual earnings", r.annualEarnings),
    csvLine("Salary disclosure threshold", r.salaryThreshold),
    csvLine("Compliant", r.compliant),
    csvLine("Advertised from", day(r.advertisedFrom)),
    csvLine("Advertised until", r.advertisedUntil === null ? "still advertised" : day(r.advertisedUntil)),
    csvLine("Days advertised", r.daysAdvertised),
    csvLine("Days counted in", r.daysCountedIn),
    csvLine("Applications", r.applicationCount),
    csvLine("Earliest lodgement", r.earliestLodgement),
    csvLine("Latest lodgement", r.latestLodgement),
    csvLine("Intended lodgement", r.intendedLodgement),
    csvLine("Redundancy in the occupation", r.redundancyOn),
    csvLine("Generated", r.generatedAt.toISOString()),
    "",
    csvLine("Checks"),
    csvLine("Code", "Check", "Result", "Detail"),
    ...r.checks.map((c) => csvLine(c.code, c.label, c.passed ? "PASS" : "FAIL", c.detail)),
    "",
    csvLine("Placements"),
    csvLine("Board", "National reach", "Starts", "Ends", "Days", "Applications", "Views", "Source code", "URL", "Tracking link"),
    ...r.placements.map((p) =>
      csvLine(
        p.board,
        p.nationalReach,
        p.startsOn,
        p.endsOn ?? "running",
        p.days,
        p.applicationCount,
        p.views,
        p.sourceCode,
        p.url,
        p.trackingUrl,
      ),
    ),
    "",
    csvLine("Runs"),
    csvLine("Board", "National reach", "Starts", "Ends", "Days", "Counted", "Gap before"),
    ...r.runs.map((run) =>
      csvLine(
        run.board,
        run.nationalReach,
        run.startsOn,
        run.endsOn,
        run.days,
        run.counted,
        run.gaps.map((g) => `${g.days} day(s) after ${g.after}`).join("; "),
      ),
    ),
    "",
    csvLine("Outcomes"),
    csvLine("Status", "Applications"),
    ...r.outcomes.map((o) => csvLine(o.status, o.count)),
    "",
    csvLine("Applications"),
    csvLine("Candidate", "Placement", "Source", "Applied", "Status", "Outcome reason"),
    ...r.applications.map((a) =>
      csvLine(a.candidateName, a.placementBoard, a.source, a.appliedAt.toISOString(), a.status, a.outcomeReason),
    ),
    "",
    csvLine("Revisions"),
    csvLine(
      "Number",
      "Saved at",
      "Author",
      "After publish",
      "Title",
      "Salary",
      "Salary shown",
      "Work type",
      "Location",
      "Requirements",
    ),
    ...r.revisions.map((v) =>
      csvLine(
        v.number,
        v.createdAt.toISOString(),
        v.authorUserId === null ? "" : (authors.get(v.authorUserId) ?? ""),
        v.afterPublish,
        v.title,
        v.salary === null
          ? ""
          : `${v.salary.min ?? ""}-${v.salary.max ?? ""} ${v.salary.currency} per ${v.salary.period.toLowerCase()}`,
        v.showSalary,
        v.workType,
        v.location === null ? "" : [v.location.city, v.location.state, v.location.postcode].filter(Boolean).join(" "),
        v.requirements,
      ),
    ),
  ];
  return `${rows.join("\r\n")}\r\n`;
}

/**
 * The evidence pack's applicants: one row per application with the channel it came through, its
 * status and outcome reason. An erased candidate (R10) stays anonymous: a placeholder, never a name.
 */
export function renderApplicantsCsv(r: LmtReportData): string {
  const rows = [
    csvLine("Applied", "Candidate", "Channel", "Tracking code", "Status", "Outcome reason"),
    ...r.applications.map((a) =>
      csvLine(
        a.appliedAt.toISOString(),
        a.erased ? "Erased candidate" : a.candidateName,
        a.placementBoard ?? "",
        a.source ?? "",
        a.status,
        a.outcomeReason,
      ),
    ),
  ];
  return rows.join("\r\n") + "\r\n";
}
