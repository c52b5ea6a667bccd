import { Badge } from "../../../ui/Badge";
import { Banner } from "../../../ui/Banner";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { useLmtReportActions, type LmtReportData } from "../hooks/use-lmt-report";
import { formatDollars, plural } from "../lmt-format";
import { LmtApplicationsCard } from "./LmtApplicationsCard";
import { LmtCheckList, passCount } from "./LmtCheckList";
import { LmtDatesCard } from "./LmtDatesCard";
import { LmtPlacementsCard } from "./LmtPlacementsCard";
import { LmtRevisionsCard } from "./LmtRevisionsCard";
import { LmtRunsCard } from "./LmtRunsCard";

/** "Download CSV", "Download PDF" and the evidence pack (ZIP): same-origin links, the session cookie rides along. */
export function LmtDownloads({ report }: { report: LmtReportData }) {
  const name = `lmt-${
    report.job.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "report"
  }`;
  return (
    <div className="lmt-downloads" role="group" aria-label="Download the report">
      <a className="btn btn-secondary" href={report.csvUrl} download={`${name}.csv`}>
        Download CSV
      </a>
      <a className="btn btn-primary" href={report.pdfUrl} download={`${name}.pdf`}>
        Download PDF
      </a>
      <a className="btn btn-secondary" href={report.evidenceUrl} download={`${name}-evidence.zip`}>
        Download evidence pack<span className="visually-hidden"> (ZIP)</span>
      </a>
    </div>
  );
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The LMT report of one job (R8): checks, dates, placements, runs, applications, salary, revisions. */
export function LmtReportView({ report, readOnly = false }: { report: LmtReportData; readOnly?: boolean }) {
  const actions = useLmtReportActions(report.job.id);
  const failing = report.checks.filter((c) => !c.passed);
  const portal = report.placements.find((p) => p.isPortalAd);
  const salaryUnder = report.annualEarnings != null && report.annualEarnings < report.salaryThreshold;

  return (
    <div className="stack lmt-report">
      {report.job.status === "DRAFT" && (
        <Banner tone="info" title="Not published yet">
          The job's portal ad counts as a placement from the day it is published.
          {!readOnly && " You can record other placements now."}
        </Banner>
      )}
      <div className={report.compliant ? "lmt-status lmt-status-ok" : "lmt-status"} data-testid="lmt-status" role="status">
        <span className="lmt-status-mark" aria-hidden="true">
          {report.compliant ? "✓" : "!"}
        </span>
        <div>
          <p className="lmt-status-title">
            {report.compliant ? "Meets the LMT requirements" : "Not yet meeting the LMT requirements"}
          </p>
          <p className="lmt-status-text">
            {passCount(report.checks)}
            {failing.length > 0 && ` · to fix: ${failing.map((c) => c.label.toLowerCase()).join("; ")}`}
          </p>
        </div>
      </div>

      <div className="lmt-grid">
        <Card title="Checks" description="Publish-time checks, then what the placements show." data-testid="lmt-report-checks">
          <LmtCheckList checks={report.checks} showPhase />
        </Card>
        <div className="stack">
          <Card title="Summary" data-testid="lmt-summary">
            <dl className="details">
              <dt>Advertiser</dt>
              <dd>{report.advertiserName ?? "—"}</dd>
              <dt>Advertised</dt>
              <dd>
                {report.advertisedFrom == null ? (
                  "Not yet"
                ) : (
                  <>
                    <DateTime value={report.advertisedFrom} dateOnly /> –{" "}
                    {report.advertisedUntil == null ? "still running" : <DateTime value={report.advertisedUntil} dateOnly />}
                  </>
                )}
              </dd>
              <dt>Days advertised</dt>
              <dd className="num">{report.daysAdvertised}</dd>
              <dt>Applications</dt>
              <dd className="num">{report.applicationCount}</dd>
              <dt>Salary</dt>
              <dd data-testid="lmt-salary">
                <span className="cell-stack">
                  <span>
                    {report.salaryText ?? "Not recorded"}{" "}
                    {report.salaryText != null &&
                      (report.job.showSalary ? (
                        <Badge tone="success">Shown in the ad</Badge>
                      ) : (
                        <Badge tone="warning">Not shown in the ad</Badge>
                      ))}
                  </span>
                  {report.annualEarnings != null && (
                    <span className="muted">
                      {salaryUnder
                        ? `Under the ${formatDollars(report.salaryThreshold)} threshold: the ad must show it.`
                        : `At or over the ${formatDollars(report.salaryThreshold)} threshold: the ad need not show it.`}
                    </span>
                  )}
                </span>
              </dd>
            </dl>
          </Card>
          <LmtDatesCard report={report} saving={actions.savingDates} onSave={actions.setDates} readOnly={readOnly} />
        </div>
      </div>

      <LmtPlacementsCard
        report={report}
        defaultStart={portal?.startsOn ?? today()}
        adding={actions.adding}
        removing={actions.removing}
        onAdd={actions.addPlacement}
        onRemove={actions.removePlacement}
        readOnly={readOnly}
      />

      <div className="lmt-grid">
        <LmtRunsCard report={report} />
        <LmtRevisionsCard report={report} />
      </div>

      <LmtApplicationsCard report={report} />

      <p className="fine-print">
        Report generated <DateTime value={report.generatedAt} />. {plural(report.revisions.length, "revision")} kept
        {report.firstPublishedRevision != null && (
          <>
            ; first published <DateTime value={report.firstPublishedRevision.createdAt} dateOnly />
          </>
        )}
        .
      </p>
    </div>
  );
}
