import { addDays, dayIn, formatCents, runDays, toDay, type Day, type LmtCheck, type LmtRun } from "@app/domain";
import type { JobRevisionRow, JobRow } from "../jobs/jobs.repository.js";
import type { ApplicationStatus } from "../portal/applications.repository.js";

/** What the LMT report holds, and the small pure helpers that build it (lmt.service.ts assembles it). */
export const PORTAL_PLACEMENT_CODE = "portal";
export const MAX_PLACEMENTS = 50;

export interface PlacementInput {
  board: string;
  nationalReach: boolean;
  url?: string | null;
  /** YYYY-MM-DD (a DateTime is read as its UTC day). */
  startsOn: string;
  /** Null while it still runs. */
  endsOn?: string | null;
}

export interface LmtPlacementView {
  /** The recorded placement's id, or "portal:<jobId>" for the job's own portal ad. */
  id: string;
  isPortalAd: boolean;
  board: string;
  nationalReach: boolean;
  url: string | null;
  sourceCode: string;
  trackingUrl: string | null;
  startsOn: Day;
  endsOn: Day | null;
  days: number;
  applicationCount: number;
  /** Views of the job page through this placement's link (one per visitor a day), when loaded. */
  views: number | null;
  /** A recorded placement's proof (a screenshot or PDF of the ad as it ran), when one was uploaded. */
  proof?: LmtProofView | null;
}

export interface LmtProofView {
  filename: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
  /** Same-origin download link. */
  url: string;
}

export interface LmtRunView extends LmtRun {
  counted: boolean;
}

export interface LmtApplicationView {
  id: string;
  candidateName: string;
  source: string | null;
  placementId: string | null;
  placementBoard: string | null;
  status: ApplicationStatus;
  outcomeReason: string | null;
  appliedAt: Date;
  /** The candidate had their personal data erased (R10): the name is the stored placeholder. */
  erased: boolean;
}

export interface LmtReportData {
  job: JobRow;
  /** Read by an agency from its own account (the LMT tracker): nothing on it can be changed there. */
  readOnly: boolean;
  employerName: string;
  agencyName: string | null;
  advertiserName: string | null;
  compliant: boolean;
  checks: LmtCheck[];
  advertisedFrom: Date | null;
  advertisedUntil: Date | null;
  daysAdvertised: number;
  applicationCount: number;
  csvUrl: string;
  pdfUrl: string;
  evidenceUrl: string;
  placements: LmtPlacementView[];
  runs: LmtRunView[];
  earliestLodgement: Day | null;
  latestLodgement: Day | null;
  intendedLodgement: Day | null;
  redundancyOn: Day | null;
  portalNationalReach: boolean;
  salaryText: string | null;
  annualEarnings: number | null;
  salaryThreshold: number;
  revisions: JobRevisionRow[];
  firstPublishedRevision: JobRevisionRow | null;
  applications: LmtApplicationView[];
  outcomes: { status: ApplicationStatus; count: number }[];
  generatedAt: Date;
  /** The calendar the days are counted on (LMT_TIME_ZONE). */
  daysCountedIn: string;
}

export const STATUSES: ApplicationStatus[] = ["NEW", "SHORTLISTED", "INTERVIEWED", "REJECTED", "HIRED"];
export const PER: Record<string, string> = { HOUR: "an hour", DAY: "a day", WEEK: "a week", MONTH: "a month", YEAR: "a year" };

export function lmtReportCsvPath(jobId: string): string {
  return `/lmt/${jobId}/report.csv`;
}
export function lmtReportPdfPath(jobId: string): string {
  return `/lmt/${jobId}/report.pdf`;
}
/** The evidence pack (issue 14): one ZIP with the report, the ad's revisions, the invoice, proofs and applicants. */
export function lmtEvidencePath(jobId: string): string {
  return `/lmt/${jobId}/evidence.zip`;
}
/** Where a manual placement's proof is uploaded (POST) and downloaded (GET). */
export function lmtProofPath(placementId: string): string {
  return `/lmt/placements/${placementId}/proof`;
}

/** A calendar day from "YYYY-MM-DD" or an ISO date-time (its day in timeZone); null when it is neither. */
export function parseDay(value: string, timeZone: string): Day | null {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const at = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && toDay(at) === text ? text : null;
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const at = new Date(text);
    return Number.isNaN(at.getTime()) ? null : dayIn(at, timeZone);
  }
  return null;
}

/** "seek", "jora-local", "ad" for a name with no letters or digits. */
export function slugOf(board: string): string {
  const slug = board
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug === "" ? "ad" : slug;
}

export function salaryText(job: JobRow): string | null {
  if (job.salaryPeriod === null || (job.salaryMin === null && job.salaryMax === null)) return null;
  const currency = job.salaryCurrency ?? "AUD";
  const amount = (n: number) => formatCents(n * 100, currency).replace(/\.00$/, "");
  const range =
    job.salaryMin !== null && job.salaryMax !== null && job.salaryMin !== job.salaryMax
      ? `${amount(job.salaryMin)} - ${amount(job.salaryMax)}`
      : amount((job.salaryMax ?? job.salaryMin)!);
  return `${range} ${PER[job.salaryPeriod] ?? ""} (${currency})`.replace(/\s+\(/, " (");
}

/** Days on which at least one ad ran (a union, so overlapping ads count once). */
export function unionDays(spans: readonly { startsOn: Day; endsOn: Day }[]): number {
  const sorted = [...spans].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  let total = 0;
  let current: { startsOn: Day; endsOn: Day } | null = null;
  for (const s of sorted) {
    if (current !== null && s.startsOn <= addDays(current.endsOn, 1)) {
      if (s.endsOn > current.endsOn) current.endsOn = s.endsOn;
      continue;
    }
    if (current !== null) total += runDays(current.startsOn, current.endsOn);
    current = { ...s };
  }
  return current === null ? total : total + runDays(current.startsOn, current.endsOn);
}

/** R8: placements, lodgement dates and the LMT report of an LMT job ad. */
