import { useState } from "react";
import { Link } from "react-router";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { graphql } from "../../../gql";
import type { JobDetail_JobFragment } from "../../../gql/graphql";
import { Badge } from "../../../ui/Badge";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { DateTime } from "../../../ui/DateTime";
import { WORK_TYPE_LABELS, formatLocation, paidWithText } from "../job-labels";
import { useCloseJob, useDeleteDraftJob } from "../hooks/use-jobs";
import { JobAdPreview, jobAdContent } from "./JobAdPreview";
import { JobApplications } from "../../applications/components/JobApplications";
import { JobChannelsCard } from "../../channels/components/JobChannelsCard";

/*
 * One flat fragment on purpose: the API limits queries to depth 6 and counts each fragment
 * spread as a level, so a spread of the ad's fields inside this one would not pass.
 */
export const JobDetailFragment = graphql(`
  fragment JobDetail_job on Job {
    id
    title
    publicPath
    description
    requirements
    workType
    lmt
    showSalary
    durationDays
    occupationCode
    location {
      city
      state
      postcode
      country
    }
    salary {
      min
      max
      period
      currency
    }
    employer {
      id
      name
    }
    status
    createdAt
    updatedAt
    publishedAt
    closesAt
    applicationCount
    createdBy {
      id
      name
    }
    createdByServiceProvider {
      id
      name
    }
    payment {
      source
      amountCents
      paidAt
      payer {
        id
        name
      }
    }
    invoice {
      id
      number
      pdfUrl
    }
    revisions {
      number
      createdAt
      afterPublish
      title
      workType
      location {
        city
        state
        postcode
        country
      }
      author {
        id
        name
      }
    }
  }
`);

type Job = JobDetail_JobFragment;

export interface JobDetailViewProps {
  job: Job;
  editPath: string;
  publishPath: string;
  /** The LMT report of an LMT ad. */
  lmtReportPath?: string;
  onDeleted: () => void;
}

/** A job ad: the ad itself, its facts and payment, its revisions, and what can be done with it. */
export function JobDetailView({ job, editPath, publishPath, lmtReportPath, onDeleted }: JobDetailViewProps) {
  const [confirm, setConfirm] = useState<"close" | "delete" | null>(null);
  const { close, loading: closing } = useCloseJob();
  const { deleteDraft, loading: deleting } = useDeleteDraftJob();
  const [problem, setProblem] = useState<Problem | null>(null);

  async function run() {
    setProblem(null);
    try {
      if (confirm === "close") await close(job.id);
      else if (confirm === "delete") {
        await deleteDraft(job.id);
        onDeleted();
        return;
      }
      setConfirm(null);
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  return (
    <div className="job-detail">
      <div className="job-detail-actions" role="group" aria-label="Job ad actions">
        {job.status === "DRAFT" && (
          <Link className="btn btn-primary" to={publishPath}>
            Publish
          </Link>
        )}
        {job.status !== "CLOSED" && (
          <Link className="btn btn-secondary" to={editPath}>
            Edit
          </Link>
        )}
        {job.status === "PUBLISHED" && job.publicPath !== null && (
          // The server-rendered ad candidates read: a full page load, not a screen of this app.
          <a className="btn btn-secondary" href={job.publicPath}>
            See it on the job board
          </a>
        )}
        {job.lmt && lmtReportPath !== undefined && (
          <Link className="btn btn-secondary" to={lmtReportPath}>
            LMT report
          </Link>
        )}
        {job.status === "PUBLISHED" && (
          <Button variant="ghost" className="text-danger" onClick={() => setConfirm("close")}>
            Close job
          </Button>
        )}
        {job.status === "DRAFT" && (
          <Button variant="ghost" className="text-danger" onClick={() => setConfirm("delete")}>
            Delete draft
          </Button>
        )}
      </div>
      <div className="job-detail-grid">
        <Card className="job-detail-ad">
          <JobAdPreview ad={jobAdContent(job)} />
        </Card>
        <div className="stack">
          <Card title="Status">
            <dl className="details">
              <dt>Created</dt>
              <dd>
                <DateTime value={job.createdAt} />
                {job.createdBy !== null && <> by {job.createdBy.name}</>}
                {job.createdByServiceProvider !== null && (
                  <span className="shared-text"> via {job.createdByServiceProvider.name}</span>
                )}
              </dd>
              <dt>Published</dt>
              <dd>{job.publishedAt === null ? "Not yet" : <DateTime value={job.publishedAt} />}</dd>
              <dt>{job.status === "CLOSED" ? "Closed" : "Closes"}</dt>
              <dd>{job.closesAt === null ? `${job.durationDays} days after publishing` : <DateTime value={job.closesAt} />}</dd>
              <dt>Applications</dt>
              <dd className="num">{job.applicationCount}</dd>
              <dt>Payment</dt>
              <dd
                data-testid="job-payment"
                className={job.payment?.source === "SERVICE_PROVIDER_CREDITS" ? "shared-text" : undefined}
              >
                {job.payment === null ? "Not paid yet" : paidWithText(job.payment)}
              </dd>
              {job.invoice != null && (
                <>
                  <dt>Tax invoice</dt>
                  <dd data-testid="job-invoice" className="receipt-cell">
                    <code className="nowrap">{job.invoice.number}</code>
                    <a href={job.invoice.pdfUrl} download={`tax-invoice-${job.invoice.number}.pdf`} className="receipt-link">
                      Download tax invoice (PDF)<span className="visually-hidden"> {job.invoice.number}</span>
                    </a>
                  </dd>
                </>
              )}
            </dl>
          </Card>
          <JobChannelsCard job={job} />
          <Card title="Revisions" description="Every saved version of the ad is kept." className="card-flush">
            <ol className="revision-list">
              {[...job.revisions]
                .sort((a, b) => b.number - a.number)
                .map((r) => (
                  <li key={r.number} className="revision">
                    <span className="revision-number">#{r.number}</span>
                    <span className="cell-stack">
                      <span className="strong">{r.title}</span>
                      {r.location !== null && r.workType !== null && (
                        <span className="muted">
                          {WORK_TYPE_LABELS[r.workType]} · {formatLocation(r.location)}
                        </span>
                      )}
                      <span className="muted">
                        <DateTime value={r.createdAt} />
                        {r.author !== null && <> · {r.author.name}</>}
                      </span>
                    </span>
                    {r.afterPublish && <Badge tone="warning">After publishing</Badge>}
                  </li>
                ))}
            </ol>
          </Card>
        </div>
      </div>
      {job.status !== "DRAFT" && <JobApplications jobId={job.id} />}
      <ConfirmDialog
        open={confirm !== null}
        title={confirm === "close" ? "Close this job ad?" : "Delete this draft?"}
        confirmLabel={confirm === "close" ? "Close job" : "Delete draft"}
        cancelLabel={confirm === "close" ? "Keep it running" : "Keep draft"}
        busy={closing || deleting}
        problem={problem}
        onConfirm={() => void run()}
        onClose={() => {
          setProblem(null);
          setConfirm(null);
        }}
      >
        {confirm === "close" ? (
          <p>
            <strong>{job.title}</strong> comes off the job board now and takes no more applications. The credit or payment that
            published it is not refunded.
          </p>
        ) : (
          <p>
            <strong>{job.title}</strong> and its revisions are deleted. This can't be undone.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}
