import { Badge } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { Table, type Column } from "../../../ui/Table";
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS } from "../../applications/application-labels";
import type { LmtReportData } from "../hooks/use-lmt-report";

type Row = LmtReportData["applications"][number];

const columns: readonly Column<Row>[] = [
  {
    key: "candidate",
    header: "Candidate",
    label: "Candidate",
    cell: (a) => (
      <span className="cell-stack">
        <span className="strong">{a.candidateName}</span>
        <span className="muted">
          <DateTime value={a.appliedAt} dateOnly />
        </span>
      </span>
    ),
  },
  {
    key: "placement",
    header: "Placement",
    label: "Placement",
    cell: (a) =>
      a.placementBoard == null ? (
        <span className="muted">{a.source == null ? "Direct" : `Source: ${a.source}`}</span>
      ) : (
        a.placementBoard
      ),
  },
  {
    key: "status",
    header: "Status",
    label: "Status",
    cell: (a) => <Badge tone={APPLICATION_STATUS_LABELS[a.status].tone}>{APPLICATION_STATUS_LABELS[a.status].label}</Badge>,
  },
  {
    key: "reason",
    header: "Outcome reason",
    label: "Reason",
    cell: (a) =>
      a.outcomeReason == null || a.outcomeReason === "" ? (
        <span className="muted">—</span>
      ) : (
        <span className="lmt-reason">{a.outcomeReason}</span>
      ),
  },
];

/** Every applicant, where they came from and their outcome with its reason; counts per outcome. */
export function LmtApplicationsCard({ report }: { report: LmtReportData }) {
  const counts = new Map(report.outcomes.map((o) => [o.status, o.count]));
  return (
    <Card
      title="Applications"
      description="Each applicant's outcome and reason, as the case officer will read them."
      className="card-flush"
      data-testid="lmt-applications"
    >
      <ul className="lmt-outcomes" aria-label="Outcomes">
        {APPLICATION_STATUSES.map((s) => (
          <li key={s} className="lmt-outcome">
            <span className="lmt-outcome-count num">{counts.get(s) ?? 0}</span>
            <span className="muted">{APPLICATION_STATUS_LABELS[s].label}</span>
          </li>
        ))}
      </ul>
      {report.applications.length === 0 ? (
        <div className="lmt-card-body">
          <EmptyState icon="people" title="No applications yet">
            Applications from any placement will be listed here with their outcomes.
          </EmptyState>
        </div>
      ) : (
        <Table caption="Applications" columns={columns} rows={report.applications} rowKey={(a) => a.id} />
      )}
    </Card>
  );
}
