import type { LmtReportData } from "./lmt.service.js";

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? "" : typeof value === "boolean" ? (value ? "Yes" : "No") : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (...cells: (string | number | boolean | null | undefined)[]) => cells.map(cell).join(",");
const day = (at: Date | null) => (at === null ? "" : at.toISOString().slice(0, 10));

/** The LMT report as CSV: one section per table, each with its header row (RFC 4180, CRLF). */
export function renderLmtReportCsv(r: LmtReportData, authors: ReadonlyMap<string, string>): string {
  const rows: string[] = [
    line("Labour Market Testing report"),
    line("Job title", r.job.title),
    line("Employer", r.employerName),
    line("Agency", r.agencyName),
    line("Advertiser named in the ad", r.advertiserName),
    line("Occupation (ANZSCO)", r.job.occupationCode),
    line("Salary", r.salaryText),
    line("Salary shown in the ad", r.job.showSalary),
    line("Annual earnings", r.annualEarnings),
    line("Salary disclosure threshold", r.salaryThreshold),
    line("Compliant", r.compliant),
    line("Advertised from", day(r.advertisedFrom)),
    line("Advertised until", r.advertisedUntil === null ? "still advertised" : day(r.advertisedUntil)),
    line("Days advertised", r.daysAdvertised),
    line("Days counted in", r.daysCountedIn),
    line("Applications", r.applicationCount),
    line("Earliest lodgement", r.earliestLodgement),
    line("Latest lodgement", r.latestLodgement),
    line("Intended lodgement", r.intendedLodgement),
    line("Redundancy in the occupation", r.redundancyOn),
    line("Generated", r.generatedAt.toISOString()),
    "",
    line("Checks"),
    line("Code", "Check", "Result", "Detail"),
    ...r.checks.map((c) => line(c.code, c.label, c.passed ? "PASS" : "FAIL", c.detail)),
    "",
    line("Placements"),
    line("Board", "National reach", "Starts", "Ends", "Days", "Applications", "Views", "Source code", "URL", "Tracking link"),
    ...r.placements.map((p) =>
      line(
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
    line("Runs"),
    line("Board", "National reach", "Starts", "Ends", "Days", "Counted", "Gap before"),
    ...r.runs.map((run) =>
      line(
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
    line("Outcomes"),
    line("Status", "Applications"),
    ...r.outcomes.map((o) => line(o.status, o.count)),
    "",
    line("Applications"),
    line("Candidate", "Placement", "Source", "Applied", "Status", "Outcome reason"),
    ...r.applications.map((a) =>
      line(a.candidateName, a.placementBoard, a.source, a.appliedAt.toISOString(), a.status, a.outcomeReason),
    ),
    "",
    line("Revisions"),
    line(
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
      line(
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
