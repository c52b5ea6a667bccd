import { Link, useParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { JobStatusBadge } from "../../features/jobs/components/JobStatusBadge";
import { LmtDownloads, LmtReportView } from "../../features/lmt/components/LmtReportView";
import { useLmtReport } from "../../features/lmt/hooks/use-lmt-report";
import { Banner } from "../../ui/Banner";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

/** A client's LMT report opened from the tracker: read-only, from the agency's own account. */
export function AgencyLmtReport() {
  const { jobId = "" } = useParams();
  const { report, loading, error, refetch } = useLmtReport(jobId);
  const back = (
    <p className="back-link">
      <Link to={paths.agencyLmt()}>← LMT tracker</Link>
    </p>
  );
  if (loading) return <Loading fill label="Loading the LMT report…" />;
  if (error !== undefined || report === null) {
    const p = describeProblem(error);
    if (report === null || p.code === "NOT_FOUND") {
      return (
        <EmptyState title="LMT report not found" action={<Link to={paths.agencyLmt()}>Back to the LMT tracker</Link>}>
          The ad may have been deleted, or the client no longer works with your agency.
        </EmptyState>
      );
    }
    return (
      <div className="stack">
        {back}
        <ErrorState title="Couldn't load the LMT report" message={p.message} requestId={p.requestId} onRetry={refetch} />
      </div>
    );
  }
  return (
    <div className="stack">
      <title>{`LMT report: ${report.job.title} · ${report.employerName}`}</title>
      {back}
      <PageHeader
        eyebrow={`${report.employerName} · Labour Market Testing`}
        title={
          <>
            LMT report: {report.job.title}
            <span className="title-badge">
              <JobStatusBadge status={report.job.status} />
            </span>
          </>
        }
        description="Read-only from your agency's account. To record placements or change dates, open the client with Access company."
        actions={<LmtDownloads report={report} />}
      />
      <Banner tone="info" title="Read-only">
        You are reading {report.employerName}'s report from your own account.{" "}
        <Link to={paths.agencyClients()}>Manage Clients → Access company</Link> to change it.
      </Banner>
      <LmtReportView report={report} readOnly />
    </div>
  );
}
