import { Link } from "react-router";
import { graphql } from "../../../gql";
import type { JobsQuery } from "../../../gql/graphql";
import { describeProblem } from "../../../apollo/error-messages";
import { Badge } from "../../../ui/Badge";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Table, type Column } from "../../../ui/Table";
import { JOB_STATUS_LABELS, formatLocation, type JobStatus } from "../job-labels";
import { useJobs } from "../hooks/use-jobs";
import { JobStatusBadge } from "./JobStatusBadge";
import { loadMoreFooter } from "../../shared/components/LoadMoreFooter";

/*
 * The row's payment (payment.payer) is asked for beside this fragment, in the Jobs query: the
 * API limits queries to depth 6 and counts a fragment spread as a level.
 */
export const JobListFragment = graphql(`
  fragment JobList_job on Job {
    id
    title
    status
    createdAt
    publishedAt
    closesAt
    lmt
    applicationCount
    location {
      city
      state
      postcode
      country
    }
    createdByServiceProvider {
      id
      name
    }
  }
`);

type Job = JobsQuery["jobs"]["nodes"][number];

export interface JobListProps {
  status: JobStatus | null;
  jobPath: (id: string) => string;
  publishPath: (id: string) => string;
  newJobPath: string;
}

function PaidBy({ job }: { job: Job }) {
  const p = job.payment;
  if (p === null) return <span className="muted">—</span>;
  if (p.source === "SERVICE_PROVIDER_CREDITS") return <span className="shared-text">{p.payer.name} (shared credits)</span>;
  if (p.source === "OWN_CREDITS") return <span>{p.payer.name} (own credits)</span>;
  return <span>{p.payer.name} (card)</span>;
}

/** The organization's job ads in one status (or all), newest first, with "Load more". */
export function JobList({ status, jobPath, publishPath, newJobPath }: JobListProps) {
  const { jobs, totalCount, hasNextPage, loading, error, refetch, loadMore, loadingMore, loadMoreError } = useJobs(status);

  const columns: readonly Column<Job>[] = [
    {
      key: "role",
      header: "Role",
      label: "Role",
      cell: (j) => (
        <span className="cell-stack">
          <span>
            <Link to={jobPath(j.id)} className="strong">
              {j.title}
            </Link>
            {j.lmt && (
              <>
                {" "}
                <Badge tone="info">LMT</Badge>
              </>
            )}
          </span>
          <span className="muted">{formatLocation(j.location)}</span>
        </span>
      ),
    },
    { key: "status", header: "Status", label: "Status", cell: (j) => <JobStatusBadge status={j.status} /> },
    {
      key: "published",
      header: "Published",
      label: "Published",
      cell: (j) => (j.publishedAt === null ? <span className="muted">—</span> : <DateTime value={j.publishedAt} dateOnly />),
    },
    {
      key: "closes",
      header: "Closes",
      label: "Closes",
      cell: (j) => (j.closesAt === null ? <span className="muted">—</span> : <DateTime value={j.closesAt} dateOnly />),
    },
    { key: "paid", header: "Paid by", label: "Paid by", cell: (j) => <PaidBy job={j} /> },
    {
      key: "applications",
      header: "Applications",
      label: "Applications",
      align: "end",
      cell: (j) => <span className="num">{j.applicationCount}</span>,
    },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      label: "",
      align: "end",
      hideLabelWhenCollapsed: true,
      cell: (j) =>
        j.status === "DRAFT" ? (
          <Link className="btn btn-secondary btn-sm" to={publishPath(j.id)} aria-label={`Publish ${j.title}`}>
            Publish
          </Link>
        ) : (
          <Link className="btn btn-ghost btn-sm" to={jobPath(j.id)} aria-label={`View ${j.title}`}>
            View
          </Link>
        ),
    },
  ];

  if (loading) return <Loading label="Loading job ads…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load the job ads" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (jobs.length === 0) {
    return (
      <EmptyState
        icon="document"
        title={status === null ? "No job ads yet" : `No ${JOB_STATUS_LABELS[status].label.toLowerCase()} job ads`}
        action={
          <Link className="btn btn-primary" to={newJobPath}>
            Post a job
          </Link>
        }
      >
        {status === "DRAFT"
          ? "Ads you save without publishing wait here."
          : status === "CLOSED"
            ? "Ads that finished their run or were closed show here."
            : "Post a job ad and publish it with credits or by card."}
      </EmptyState>
    );
  }

  const kind = status === null ? "" : `${JOB_STATUS_LABELS[status].label.toLowerCase()} `;
  return (
    <>
      <p className="list-summary" aria-live="polite" data-testid="jobs-total">
        {totalCount === null ? "" : `${totalCount} ${kind}${totalCount === 1 ? "job ad" : "job ads"}`}
      </p>
      <Table
        caption="Job ads"
        columns={columns}
        rows={jobs}
        rowKey={(j) => j.id}
        footer={loadMoreFooter({ hasNextPage, loadingMore, loadMoreError, loadMore })}
      />
    </>
  );
}
