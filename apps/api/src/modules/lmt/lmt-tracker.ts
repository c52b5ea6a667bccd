import { WINDOW_CLOSING_WITHIN_DAYS, type Day, type LmtCheck } from "@app/domain";
import { csvLine } from "./report-csv.js";

/** One row of the LMT tracker: an LMT ad of an ACTIVE client, as the agency sees it from its own account. */
export interface LmtTrackerRow {
  jobId: string;
  connectionId: string;
  clientId: string;
  clientName: string;
  serviceProviderId: string;
  title: string;
  status: "DRAFT" | "PUBLISHED" | "CLOSED";
  publishedAt: Date | null;
  /** Each placement with national reach and the days it has run so far. */
  nationalPlacements: { board: string; days: number; startsOn: Day; endsOn: Day | null }[];
  /** The days each placement needs (the rules in force). */
  requiredDays: number;
  failingChecks: LmtCheck[];
  compliant: boolean;
  earliestLodgement: Day | null;
  latestLodgement: Day | null;
  intendedLodgement: Day | null;
  redundancyOn: Day | null;
  readyToLodge: boolean;
  /** Days until the lodgement window closes (0 on its last day); null when closed or not yet known. */
  windowClosesInDays: number | null;
}

export interface LmtTrackerFilter {
  clientId?: string | null;
  status?: LmtTrackerRow["status"] | null;
  readyToLodge?: boolean | null;
  /** The window closes within WINDOW_CLOSING_WITHIN_DAYS days. */
  windowClosing?: boolean | null;
  failingCheck?: boolean | null;
}

export const LMT_TRACKER_SORTS = ["CLIENT", "ROLE", "STATUS", "EARLIEST_LODGEMENT", "LATEST_LODGEMENT", "WINDOW_CLOSES"] as const;
export type LmtTrackerSort = (typeof LMT_TRACKER_SORTS)[number];

export function filterTrackerRows(rows: readonly LmtTrackerRow[], f: LmtTrackerFilter): LmtTrackerRow[] {
  return rows.filter(
    (r) =>
      (f.clientId == null || r.clientId === f.clientId) &&
      (f.status == null || r.status === f.status) &&
      (f.readyToLodge !== true || r.readyToLodge) &&
      (f.windowClosing !== true || (r.windowClosesInDays !== null && r.windowClosesInDays <= WINDOW_CLOSING_WITHIN_DAYS)) &&
      (f.failingCheck !== true || r.failingChecks.length > 0),
  );
}

/** Sorted by the chosen column; rows without a value (no lodgement dates yet) go last either way. */
export function sortTrackerRows(rows: readonly LmtTrackerRow[], sort: LmtTrackerSort, descending: boolean): LmtTrackerRow[] {
  const key = (r: LmtTrackerRow): string | number | null => {
    switch (sort) {
      case "CLIENT":
        return r.clientName.toLowerCase();
      case "ROLE":
        return r.title.toLowerCase();
      case "STATUS":
        return r.status;
      case "EARLIEST_LODGEMENT":
        return r.earliestLodgement;
      case "LATEST_LODGEMENT":
        return r.latestLodgement;
      case "WINDOW_CLOSES":
        return r.windowClosesInDays;
    }
  };
  const direction = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? tieBreak(a, b) : ka === null ? 1 : -1;
    const order = ka < kb ? -1 : ka > kb ? 1 : 0;
    return order !== 0 ? order * direction : tieBreak(a, b);
  });
}

function tieBreak(a: LmtTrackerRow, b: LmtTrackerRow): number {
  return a.clientName.localeCompare(b.clientName) || a.title.localeCompare(b.title) || a.jobId.localeCompare(b.jobId);
}

const STATUS_WORDS = { DRAFT: "Draft", PUBLISHED: "Published", CLOSED: "Closed" } as const;

/** The cells the tracker shows, in its order: the screen and the CSV read the same words. */
export function trackerCells(r: LmtTrackerRow): string[] {
  return [
    r.clientName,
    r.title,
    STATUS_WORDS[r.status],
    r.nationalPlacements.length === 0
      ? "None yet"
      : r.nationalPlacements.map((p) => `${p.board}: ${Math.min(p.days, r.requiredDays)}/${r.requiredDays} days`).join("; "),
    r.failingChecks.length === 0 ? "None" : r.failingChecks.map((c) => c.label).join("; "),
    r.earliestLodgement ?? "",
    r.latestLodgement ?? "",
    r.redundancyOn === null ? "No" : `Yes (${r.redundancyOn})`,
    r.readyToLodge ? "Yes" : "No",
    r.windowClosesInDays === null ? "" : String(r.windowClosesInDays),
  ];
}

export const TRACKER_HEADERS = [
  "Client",
  "Role",
  "Status",
  "National placements (days advertised)",
  "Failing checks",
  "Earliest lodgement",
  "Latest lodgement",
  "Redundancy",
  "Ready to lodge",
  "Window closes in (days)",
];

export function renderTrackerCsv(rows: readonly LmtTrackerRow[]): string {
  return [csvLine(...TRACKER_HEADERS), ...rows.map((r) => csvLine(...trackerCells(r)))].join("\r\n") + "\r\n";
}

/** The CSV's address for the same filter and order (GET, same origin). */
export function trackerCsvPath(f: LmtTrackerFilter, sort: LmtTrackerSort, descending: boolean): string {
  const q = new URLSearchParams();
  if (f.clientId != null) q.set("client", f.clientId);
  if (f.status != null) q.set("status", f.status);
  if (f.readyToLodge === true) q.set("ready", "1");
  if (f.windowClosing === true) q.set("closing", "1");
  if (f.failingCheck === true) q.set("failing", "1");
  q.set("sort", sort);
  if (descending) q.set("desc", "1");
  return `/lmt/tracker.csv?${q.toString()}`;
}

export function parseTrackerQuery(q: URLSearchParams): { filter: LmtTrackerFilter; sort: LmtTrackerSort; descending: boolean } {
  const status = q.get("status");
  const sort = q.get("sort");
  return {
    filter: {
      clientId: q.get("client"),
      status: status === "DRAFT" || status === "PUBLISHED" || status === "CLOSED" ? status : null,
      readyToLodge: q.get("ready") === "1",
      windowClosing: q.get("closing") === "1",
      failingCheck: q.get("failing") === "1",
    },
    sort: (LMT_TRACKER_SORTS as readonly string[]).includes(sort ?? "") ? (sort as LmtTrackerSort) : "CLIENT",
    descending: q.get("desc") === "1",
  };
}
