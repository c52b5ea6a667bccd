import { Link, useParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { ContactCandidates } from "../../features/contact-portal/components/ContactCandidates";
import { ContactJobFacts } from "../../features/contact-portal/components/ContactJobList";
import { useContactJob } from "../../features/contact-portal/hooks/use-contact-jobs";
import { JobStatusBadge } from "../../features/jobs/components/JobStatusBadge";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Loading } from "../../ui/Spinner";
import { usePortal } from "../layouts/PortalLayout";
import { paths } from "../paths";

/** /p/:slug/client/jobs/:jobId — one job ad and its candidates, read-only. */
export function ContactJob() {
  const portal = usePortal();
  const { jobId = "" } = useParams();
  const { job, loading, error, refetch } = useContactJob(jobId);
  const back = (
    <p className="back-link portal-back">
      <Link to={paths.portalClient(portal.slug)}>← All job ads</Link>
    </p>
  );

  if (loading) return <Loading label="Loading the job ad…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load this job ad" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (job === null) {
    return (
      <>
        {back}
        <EmptyState icon="compass" title="We couldn't find this job ad">
          It may have been deleted, or it belongs to another company.
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <title>{`${job.title} · ${portal.title}`}</title>
      {back}
      <section className="contact-job-detail" aria-labelledby="contact-job-title">
        <div className="contact-job-head">
          <h2 className="contact-section-title" id="contact-job-title">
            {job.title}
          </h2>
          <JobStatusBadge status={job.status} />
        </div>
        <ContactJobFacts job={job} agencyName={portal.serviceProvider.name} />
      </section>
      <section aria-labelledby="contact-candidates-title">
        <h2 className="contact-subsection-title" id="contact-candidates-title">
          Candidates
        </h2>
        <ContactCandidates jobId={job.id} agencyName={portal.serviceProvider.name} />
      </section>
    </>
  );
}
