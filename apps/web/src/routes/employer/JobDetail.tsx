import { Link, useNavigate, useParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { JobDetailView } from "../../features/jobs/components/JobDetailView";
import { JobStatusBadge } from "../../features/jobs/components/JobStatusBadge";
import { useJob } from "../../features/jobs/hooks/use-jobs";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

/** One job ad: the ad, its status and payment, revisions, and Edit / Close / Delete. */
export function JobDetail() {
  const { jobId = "" } = useParams();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const { job, loading, error, refetch } = useJob(jobId);
  const employerName = viewer?.currentOrganization.name ?? "";

  if (loading) return <Loading fill label="Loading the job ad…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load the job ad" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (job === null) {
    return (
      <EmptyState icon="compass" title="Job ad not found" action={<Link to={paths.employerJobs()}>Back to jobs</Link>}>
        It may have been deleted, or it belongs to another account.
      </EmptyState>
    );
  }

  return (
    <div className="stack">
      <title>{`${job.title} · ${employerName}`}</title>
      <p className="back-link">
        <Link to={paths.employerJobs()}>← Jobs</Link>
      </p>
      <PageHeader
        eyebrow={employerName}
        title={
          <>
            {job.title}
            <span className="title-badge">
              <JobStatusBadge status={job.status} />
            </span>
          </>
        }
      />
      <JobDetailView
        job={job}
        editPath={paths.employerJobEdit(job.id)}
        publishPath={paths.employerJobPublish(job.id)}
        lmtReportPath={paths.employerJobLmt(job.id)}
        onDeleted={() => void navigate(paths.employerJobs({ status: "DRAFT" }), { replace: true })}
      />
    </div>
  );
}
