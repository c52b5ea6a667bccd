import { Link, useNavigate, useParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { JobEditor } from "../../features/jobs/components/JobEditor";
import { useJob } from "../../features/jobs/hooks/use-jobs";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

/** Post a job: the form, the preview, then the payment screen. */
export function JobNew() {
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const employerName = viewer?.currentOrganization.name ?? "";
  return (
    <div className="stack narrow-page">
      <title>{`Post a job · ${employerName}`}</title>
      <PageHeader
        eyebrow={employerName}
        title="Post a job"
        description="Describe the role, check the preview, then choose how to pay and publish."
      />
      <JobEditor
        job={null}
        employerName={employerName}
        cancelTo={paths.employerJobs()}
        onSaved={(job) => void navigate(paths.employerJobPublish(job.id))}
      />
    </div>
  );
}

/** Edit a draft (then publish it) or a published ad (each save is a revision, R8). */
export function JobEdit() {
  const { jobId = "" } = useParams();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const { job, loading, error, refetch } = useJob(jobId);
  const employerName = viewer?.currentOrganization.name ?? "";

  let content;
  if (loading) content = <Loading label="Loading the job ad…" />;
  else if (error !== undefined) {
    const p = describeProblem(error);
    content = <ErrorState title="Couldn't load the job ad" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  } else if (job === null) {
    content = (
      <EmptyState icon="compass" title="Job ad not found" action={<Link to={paths.employerJobs()}>Back to jobs</Link>}>
        It may have been deleted, or it belongs to another account.
      </EmptyState>
    );
  } else if (job.status === "CLOSED") {
    content = (
      <EmptyState icon="document" title="This job ad is closed" action={<Link to={paths.employerJob(job.id)}>View the ad</Link>}>
        A closed ad can no longer be edited.
      </EmptyState>
    );
  } else {
    content = (
      <JobEditor
        key={job.id}
        job={job}
        employerName={employerName}
        cancelTo={paths.employerJob(job.id)}
        onSaved={(saved) =>
          void navigate(saved.status === "DRAFT" ? paths.employerJobPublish(saved.id) : paths.employerJob(saved.id))
        }
      />
    );
  }

  return (
    <div className="stack narrow-page">
      <title>{`Edit job ad · ${employerName}`}</title>
      <PageHeader eyebrow={employerName} title={job === null ? "Edit job ad" : `Edit: ${job.title}`} />
      {content}
    </div>
  );
}
