import { Badge } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";
import { EmptyState } from "../../../ui/EmptyState";
import type { LmtReportData } from "../hooks/use-lmt-report";
import { formatDay, plural } from "../lmt-format";

/** Each board's ads merged into runs: overlaps are fine, a missed day is a gap and is flagged. */
export function LmtRunsCard({ report }: { report: LmtReportData }) {
  return (
    <Card
      title="Runs"
      description="Each board's ads joined up: overlapping or back-to-back days continue a run; a missed day breaks it."
      data-testid="lmt-runs"
    >
      {report.runs.length === 0 ? (
        <EmptyState icon="clock" title="Nothing has run yet">
          Runs appear once the ad is published or a placement is added.
        </EmptyState>
      ) : (
        <ul className="lmt-runs">
          {report.runs.map((r) => (
            <li key={`${r.board}-${r.startsOn}`} className="lmt-run">
              <div className="lmt-run-head">
                <span className="strong">{r.board}</span>
                <span className="lmt-run-badges">
                  {r.nationalReach ? <Badge tone="success">National</Badge> : <Badge tone="neutral">Not national</Badge>}
                  {r.counted ? <Badge tone="success">Counts</Badge> : <Badge tone="warning">Doesn't count</Badge>}
                </span>
              </div>
              <p className="muted">
                {formatDay(r.startsOn)} – {formatDay(r.endsOn)} · {plural(r.days, "day")}
              </p>
              {r.gaps.map((g) => (
                <p key={`${g.after}-${g.resumedOn}`} className="lmt-gap" role="note">
                  <span aria-hidden="true">⚠ </span>
                  {r.board}: not advertised for {plural(g.days, "day")} after {g.after} (resumed {g.resumedOn})
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
