import { Link, useParams, useSearchParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { JsonLd } from "../../features/portal/components/JsonLd";
import { PortalJobAd } from "../../features/portal/components/PortalJobAd";
import { usePortalJob } from "../../features/portal/hooks/use-portal-board";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Loading } from "../../ui/Spinner";
import { usePortal } from "../layouts/PortalLayout";
import { paths } from "../paths";

/** /p/:slug/jobs/:jobId — the full ad, its JobPosting JSON-LD, and Apply (keeping ?source=). */
export function PortalJob() {
  const portal = usePortal();
  const { jobId = "" } = useParams();
  const [params] = useSearchParams();
  const source = params.get("source") ?? undefined;
  const { job, loading, error, refetch } = usePortalJob(portal.slug, jobId);
  const back = (
    <p className="back-link portal-back">
      <Link to={paths.portalBoard(portal.slug)}>← All jobs</Link>
    </p>
  );

  if (loading) return <Loading label="Loading the job…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load this job" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (job === null) {
    return (
      <>
        <title>{`Job not found · ${portal.title}`}</title>
        {back}
        <EmptyState
          icon="document"
          title="This job is no longer advertised"
          action={
            <Link className="btn btn-primary portal-btn" to={paths.portalBoard(portal.slug)}>
              See open jobs
            </Link>
          }
        >
          It may have been filled or closed.
        </EmptyState>
      </>
    );
  }

  const applyPath = paths.portalApply(portal.slug, job.id, { source });
  return (
    <>
      <title>{`${job.title} · ${job.employerName} · ${portal.title}`}</title>
      <JsonLd json={job.jsonLd} />
      {back}
      <div className="portal-job-page">
        <div className="portal-card">
          <PortalJobAd job={job} />
        </div>
        <aside className="portal-apply-aside" aria-label="Apply">
          <div className="portal-card portal-apply-card">
            <p className="strong">Interested?</p>
            <p className="muted">It takes a couple of minutes. Have your CV ready as a PDF or Word file.</p>
            <Link className="btn btn-primary btn-block portal-btn" to={applyPath}>
              Apply now
            </Link>
          </div>
        </aside>
      </div>
      <div className="portal-apply-sticky">
        <Link className="btn btn-primary btn-block portal-btn" to={applyPath} aria-label={`Apply now for ${job.title}`}>
          Apply now
        </Link>
      </div>
    </>
  );
}
