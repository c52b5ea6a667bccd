import { Link, useLoaderData } from "react-router";
import { PortalJobAd } from "../../features/portal/components/PortalJobAd";
import { EmptyState } from "../../ui/EmptyState";
import { useBoard } from "../board";
import type { JobLoaderData } from "../loaders";

/** An ad that is not (or no longer) here: 404 for an unknown one, 410 for a closed one. */
export function NotAdvertised({ status }: { status: 404 | 410 }) {
  const board = useBoard();
  return (
    <>
      <p className="back-link portal-back">
        <Link to={board.home}>← All jobs</Link>
      </p>
      <EmptyState
        title={status === 410 ? "This job is no longer advertised" : "We couldn't find this job"}
        action={
          <Link className="btn btn-primary portal-btn" to={board.home}>
            See open jobs
          </Link>
        }
      >
        {status === 410 ? "It has been filled or closed." : "The address may be mistyped, or the ad was never published."}
      </EmptyState>
    </>
  );
}

/** /jobs/<id>/<slug> and /p/<slug>/jobs/<id>: the whole ad, with Apply (keeping ?source=). */
export function JobPage() {
  const board = useBoard();
  const data = useLoaderData() as JobLoaderData;
  if (data.job === null || !data.job.open) return <NotAdvertised status={data.job === null ? 404 : 410} />;
  const { job, source } = data;
  const applyPath = board.applyPath(job, source);
  return (
    <>
      <p className="back-link portal-back">
        <Link to={board.home}>← All jobs</Link>
      </p>
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
