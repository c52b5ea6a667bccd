import { Link, useParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { LmtDownloads, LmtReportView } from "../../features/lmt/components/LmtReportView";
import { useLmtReport } from "../../features/lmt/hooks/use-lmt-report";
import { JobStatusBadge } from "../../features/jobs/components/JobStatusBadge";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

/** The Labour Market Testing report of one job ad, with CSV and PDF downloads (R8). */
export function LmtReport() {
  const { jobId = "" } = useParams();
  const { viewer } = useViewer();
  const { report, loading, error, refetch } = useLmtReport(jobId);
  const employerName = viewer?.currentOrganization.name ?? "";

  const back = (
    <p className="back-link">
      <Link to={jobId === "" ? paths.employerJobs() : paths.employerJob(jobId)}>← The job ad</Link>
    </p>
  );

  if (loading) return <Loading fill label="Loading the LMT report…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    if (p.code === "NOT_FOUND") {
      return (
        <EmptyState icon="compass" title="Job ad not found" action={<Link to={paths.employerJobs()}>Back to jobs</Link>}>
          It may have been deleted, or it belongs to another account.
        </EmptyState>
      );
    }
    if (p.code === "CONFLICT") {
      return (
        <div className="stack">
          {back}
          <EmptyState
            icon="document"
            title="Not a Labour Market Testing ad"
            action={<Link to={paths.employerJobEdit(jobId)}>Edit the ad</Link>}
          >
            Only ads with "Labour Market Testing (LMT) ad" switched on have an LMT report.
          </EmptyState>
        </div>
      );
    }
    return (
      <div className="stack">
        {back}
        <ErrorState title="Couldn't load the LMT report" message={p.message} requestId={p.requestId} onRetry={refetch} />
      </div>
    );
  }
  if (report === null) {
    return (
      <EmptyState icon="compass" title="Job ad not found" action={<Link to={paths.employerJobs()}>Back to jobs</Link>}>
        It may have been deleted, or it belongs to another account.
      </EmptyState>
    );
  }

  return (
    <div className="stack">
      <title>{`LMT report: ${report.job.title} · ${employerName}`}</title>
      {back}
      <PageHeader
        eyebrow={`${employerName} · Labour Market Testing`}
        title={
          <>
            LMT report: {report.job.title}
            <span className="title-badge">
              <JobStatusBadge status={report.job.status} />
            </span>
          </>
        }
        description="The record a case officer reads: checks, where and when the ad ran, the applicants and their outcomes."
        actions={<LmtDownloads report={report} />}
      />
      <LmtReportView report={report} />
    </div>
  );
}
