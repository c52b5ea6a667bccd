import { Link } from "react-router";
import type { LmtTrackerQuery } from "../../../gql/graphql";
import { Badge } from "../../../ui/Badge";
import { Table, type Column } from "../../../ui/Table";
import { JobStatusBadge } from "../../jobs/components/JobStatusBadge";
import { formatDay } from "../lmt-format";

export type LmtTrackerRowData = LmtTrackerQuery["lmtTracker"]["rows"][number];

/** One row per LMT ad; the role opens its LMT report (read-only, from the agency's own account). */
export function LmtTrackerTable({
  rows,
  reportPath,
}: {
  rows: readonly LmtTrackerRowData[];
  reportPath: (jobId: string) => string;
}) {
  const columns: readonly Column<LmtTrackerRowData>[] = [
    { key: "client", header: "Client", label: "Client", cell: (r) => <span className="strong">{r.clientName}</span> },
    {
      key: "role",
      header: "Role",
      label: "Role",
      cell: (r) => (
        <Link to={reportPath(r.jobId)} data-testid="tracker-row-link">
          {r.title}
        </Link>
      ),
    },
    { key: "status", header: "Status", label: "Status", cell: (r) => <JobStatusBadge status={r.status} /> },
    {
      key: "placements",
      header: "National placements",
      label: "National placements",
      cell: (r) =>
        r.nationalPlacements.length === 0 ? (
          <span className="muted">None yet</span>
        ) : (
          <ul className="tracker-placements">
            {r.nationalPlacements.map((p, i) => (
              <li key={`${p.board}-${i}`}>
                <span>{p.board}</span>{" "}
                <span className={p.days >= r.requiredDays ? "num text-success" : "num"}>
                  {Math.min(p.days, r.requiredDays)}/{r.requiredDays} days
                </span>
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: "checks",
      header: "Failing checks",
      label: "Failing checks",
      cell: (r) =>
        r.failingChecks.length === 0 ? (
          <Badge tone="success">All pass</Badge>
        ) : (
          <ul className="tracker-checks">
            {r.failingChecks.map((c) => (
              <li key={c.code}>{c.label}</li>
            ))}
          </ul>
        ),
    },
    {
      key: "lodgement",
      header: "Lodgement window",
      label: "Lodgement window",
      cell: (r) =>
        r.earliestLodgement == null ? (
          <span className="muted">Not known yet</span>
        ) : (
          <span className="cell-stack tracker-lodgement">
            <span>
              {formatDay(r.earliestLodgement)} – {formatDay(r.latestLodgement)}
            </span>
            {r.readyToLodge && <Badge tone="success">Ready to lodge</Badge>}
            {r.windowClosesInDays != null && r.windowClosesInDays <= 14 && (
              <Badge tone="warning">
                Closes in {r.windowClosesInDays} day{r.windowClosesInDays === 1 ? "" : "s"}
              </Badge>
            )}
          </span>
        ),
    },
    {
      key: "redundancy",
      header: "Redundancy",
      label: "Redundancy",
      cell: (r) =>
        r.redundancyOn == null ? (
          <span className="muted">No</span>
        ) : (
          <Badge tone="danger">Yes, {formatDay(r.redundancyOn)}</Badge>
        ),
    },
  ];
  return <Table caption="LMT ads of your clients" columns={columns} rows={rows} rowKey={(r) => r.jobId} />;
}
