import { Badge } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import type { LmtReportData } from "../hooks/use-lmt-report";

/** What ran when: every revision with its author and time; the ad as first published is marked. */
export function LmtRevisionsCard({ report }: { report: LmtReportData }) {
  const first = report.firstPublishedRevision?.number ?? null;
  const revisions = [...report.revisions].sort((a, b) => b.number - a.number);
  return (
    <Card
      title="Revisions"
      description="Every saved version of the ad, newest first."
      className="card-flush"
      data-testid="lmt-revisions"
    >
      <ol className="revision-list lmt-timeline">
        {revisions.map((r) => (
          <li key={r.number} className={r.number === first ? "revision lmt-revision-first" : "revision"}>
            <span className="revision-number">#{r.number}</span>
            <span className="cell-stack">
              <span className="strong">{r.title}</span>
              <span className="muted">
                <DateTime value={r.createdAt} />
                {r.author != null && <> · {r.author.name}</>}
              </span>
            </span>
            {r.number === first ? (
              <Badge tone="info">First published</Badge>
            ) : r.afterPublish ? (
              <Badge tone="warning">After publishing</Badge>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
