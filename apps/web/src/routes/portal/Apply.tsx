import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { ApplyForm } from "../../features/portal/components/ApplyForm";
import { usePortalJob } from "../../features/portal/hooks/use-portal-board";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Loading } from "../../ui/Spinner";
import { usePortal } from "../layouts/PortalLayout";
import { paths } from "../paths";

export interface AppliedState {
  jobTitle: string;
  email: string;
  submittedAt: string;
}

/** /p/:slug/jobs/:jobId/apply — the application form; `?source=` from the job link is recorded. */
export function Apply() {
  const portal = usePortal();
  const { jobId = "" } = useParams();
  const [params] = useSearchParams();
  const source = params.get("source");
  const navigate = useNavigate();
  const { job, loading, error, refetch } = usePortalJob(portal.slug, jobId);

  if (loading) return <Loading label="Loading the job…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load this job" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (job === null) {
    return (
      <EmptyState
        icon="document"
        title="This job is no longer taking applications"
        action={
          <Link className="btn btn-primary portal-btn" to={paths.portalBoard(portal.slug)}>
            See open jobs
          </Link>
        }
      >
        It may have been filled or closed.
      </EmptyState>
    );
  }

  return (
    <div className="portal-apply">
      <title>{`Apply: ${job.title} · ${portal.title}`}</title>
      <p className="back-link portal-back">
        <Link to={paths.portalJob(portal.slug, job.id, { source: source ?? undefined })}>← Back to the job</Link>
      </p>
      <div className="portal-card">
        <header className="portal-apply-header">
          <p className="portal-ad-employer">{job.employerName}</p>
          <h1 className="portal-ad-title">Apply for {job.title}</h1>
        </header>
        <ApplyForm
          slug={portal.slug}
          jobId={job.id}
          agencyName={portal.serviceProvider.name}
          employerName={job.employerName}
          yourDataPath={paths.portalYourData(portal.slug)}
          source={source}
          onApplied={(receipt) =>
            void navigate(paths.portalApplied(portal.slug, receipt.id), {
              state: {
                jobTitle: receipt.jobTitle,
                email: receipt.email,
                submittedAt: receipt.submittedAt,
              } satisfies AppliedState,
            })
          }
        />
      </div>
    </div>
  );
}
