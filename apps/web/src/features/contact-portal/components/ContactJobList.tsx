import { Link } from "react-router";
import { describeProblem } from "../../../apollo/error-messages";
import { graphql } from "../../../gql";
import type { ContactJobCard_JobFragment } from "../../../gql/graphql";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { JobStatusBadge } from "../../jobs/components/JobStatusBadge";
import { WORK_TYPE_LABELS, formatLocation } from "../../jobs/job-labels";
import { loadMoreFooter } from "../../shared/components/LoadMoreFooter";
import { useContactJobs } from "../hooks/use-contact-jobs";

export const ContactJobCardFragment = graphql(`
  fragment ContactJobCard_job on Job {
    id
    title
    status
    workType
    createdAt
    publishedAt
    closesAt
    applicationCount
    location {
      city
      state
      postcode
      country
    }
  }
`);

export type ContactJob = ContactJobCard_JobFragment;

function applicationsText(count: number): string {
  return count === 1 ? "1 application" : `${count} applications`;
}

/** Where the ad is in its life, in words: sent and waiting, running, or over. */
function JobDates({ job, agencyName }: { job: ContactJob; agencyName: string }) {
  if (job.status === "DRAFT") {
    return (
      <>
        Draft since <DateTime value={job.createdAt} dateOnly />: {agencyName} finishes and publishes it
      </>
    );
  }
  return (
    <>
      {job.publishedAt !== null && (
        <>
          Published <DateTime value={job.publishedAt} dateOnly />
        </>
      )}
      {job.closesAt !== null && (
        <>
          {job.publishedAt !== null && " · "}
          {job.status === "CLOSED" ? "Closed " : "Closes "}
          <DateTime value={job.closesAt} dateOnly />
        </>
      )}
    </>
  );
}

/** Under a job ad's title, in its card and on its page: where and what, then where the ad is in its life. */
export function ContactJobFacts({ job, agencyName }: { job: ContactJob; agencyName: string }) {
  return (
    <>
      <p className="contact-job-meta">
        {formatLocation(job.location)} · {WORK_TYPE_LABELS[job.workType]}
      </p>
      <p className="contact-job-dates">
        <JobDates job={job} agencyName={agencyName} />
      </p>
    </>
  );
}

/** One job ad as a card; its title opens the candidates. */
function ContactJobCard({ job, agencyName, jobPath }: { job: ContactJob; agencyName: string; jobPath: string }) {
  return (
    <li className="contact-job" data-testid="contact-job">
      <div className="contact-job-head">
        <h3 className="contact-job-title">
          <Link to={jobPath}>{job.title}</Link>
        </h3>
        <JobStatusBadge status={job.status} />
      </div>
      <ContactJobFacts job={job} agencyName={agencyName} />
      <p className="contact-job-count">
        <span className="num">{applicationsText(job.applicationCount)}</span>
      </p>
    </li>
  );
}

export interface ContactJobListProps {
  agencyName: string;
  jobPath: (id: string) => string;
  vacancyPath: string;
}

/** The company's job ads in every status, newest first: a contact follows them here (R9). */
export function ContactJobList({ agencyName, jobPath, vacancyPath }: ContactJobListProps) {
  const { jobs, totalCount, hasNextPage, loading, error, refetch, loadMore, loadingMore, loadMoreError } = useContactJobs();

  if (loading) return <Loading label="Loading your job ads…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load your job ads" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (jobs.length === 0) {
    return (
      <EmptyState
        icon="document"
        title="No job ads yet"
        action={
          <Link className="btn btn-primary portal-btn" to={vacancyPath}>
            Submit a vacancy
          </Link>
        }
      >
        Send {agencyName} a vacancy and they will write up and publish the ad.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="list-summary" aria-live="polite" data-testid="contact-jobs-total">
        {totalCount === null ? "" : totalCount === 1 ? "1 job ad" : `${totalCount} job ads`}
      </p>
      <ul className="contact-job-list" aria-label="Job ads">
        {jobs.map((job) => (
          <ContactJobCard key={job.id} job={job} agencyName={agencyName} jobPath={jobPath(job.id)} />
        ))}
      </ul>
      <div className="contact-more">{loadMoreFooter({ hasNextPage, loadingMore, loadMoreError, loadMore })}</div>
    </>
  );
}
