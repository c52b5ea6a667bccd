import { useState } from "react";
import { Link } from "react-router";
import { describeProblem } from "../../../apollo/error-messages";
import type { JobDetail_JobFragment } from "../../../gql/graphql";
import { Banner } from "../../../ui/Banner";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { WORK_TYPE_LABELS, formatLocation, formatSalary, paidWithText } from "../job-labels";
import { useJob } from "../hooks/use-jobs";
import { usePublishQuote } from "../hooks/use-publish-job";
import { ChannelChoice } from "../../channels/components/ChannelChoice";
import { chosenFeeds, sameChoice } from "../../channels/channel-labels";
import { useChooseJobChannels, useJobChannels } from "../../channels/hooks/use-job-channels";
import { JobStatusBadge } from "./JobStatusBadge";
import { PublishPayment } from "./PublishPayment";

export interface PublishPanelProps {
  jobId: string;
  accessing: { clientName: string; agencyName: string } | null;
  paths: { job: string; edit: string; jobs: string; newJob: string; dashboard: string; shareCredits: string };
}

/** The payment screen of a draft, and what it shows once the ad is published. */
export function PublishPanel({ jobId, accessing, paths }: PublishPanelProps) {
  const { job, loading, error, refetch } = useJob(jobId);
  const [published, setPublished] = useState<JobDetail_JobFragment | null>(null);
  const draft = job !== null && job.status === "DRAFT" && published === null;
  const quote = usePublishQuote(jobId, !draft);
  const channels = useJobChannels(jobId, !draft);
  const { choose, loading: choosing } = useChooseJobChannels();
  // null until a box is changed: what the API proposes for this draft (an LMT ad: every national channel).
  const [picked, setPicked] = useState<ReadonlySet<string> | null>(null);
  const saved = channels.channels === null ? null : chosenFeeds(channels.channels);
  const chosen = picked ?? saved ?? new Set<string>();

  /** Saves the choice before the publish; unchanged, nothing is sent (so a retried publish stays the same request). */
  async function saveChannels() {
    if (picked === null || saved === null || sameChoice(picked, saved)) return;
    await choose(jobId, [...picked]);
  }

  if (published !== null) return <PublishedState job={published} justNow paths={paths} />;
  if (loading) return <Loading label="Loading the job ad…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load the job ad" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (job === null) {
    return (
      <EmptyState icon="compass" title="Job ad not found" action={<Link to={paths.jobs}>Back to jobs</Link>}>
        It may have been deleted, or it belongs to another account.
      </EmptyState>
    );
  }
  if (!draft) return <PublishedState job={job} justNow={false} paths={paths} />;

  const salary = formatSalary(job.salary);
  return (
    <div className="publish-grid">
      <div className="stack">
        <Card title="Job ad" actions={<Link to={paths.edit}>Edit</Link>}>
          <p className="publish-job-title">{job.title}</p>
          <ul className="plain-facts">
            <li>{formatLocation(job.location)}</li>
            <li>{WORK_TYPE_LABELS[job.workType]}</li>
            {salary !== null && <li>{salary}</li>}
            <li>
              Runs {job.durationDays} days{job.lmt && " · Labour Market Testing ad"}
            </li>
          </ul>
          <p className="fine-print">
            <Link to={paths.job}>See the ad as candidates will</Link>
          </p>
        </Card>
        <ChannelChoice
          channels={channels.channels}
          loading={channels.loading}
          error={channels.error}
          onRetry={channels.refetch}
          chosen={chosen}
          lmt={job.lmt}
          disabled={choosing}
          onChange={(slug, on) => {
            const next = new Set(chosen);
            if (on) next.add(slug);
            else next.delete(slug);
            setPicked(next);
          }}
        />
      </div>
      {quote.loading ? (
        <Card>
          <Loading label="Working out how this ad is paid…" />
        </Card>
      ) : quote.error !== undefined || quote.quote === null ? (
        <Card>
          <ErrorState
            title="Couldn't work out the payment"
            message={describeProblem(quote.error).message}
            requestId={describeProblem(quote.error).requestId}
            onRetry={quote.refetch}
          />
        </Card>
      ) : (
        <PublishPayment
          jobId={job.id}
          quote={quote.quote}
          accessing={accessing}
          shareCreditsPath={paths.shareCredits}
          onQuoteStale={quote.refetch}
          onPublished={setPublished}
          beforePublish={saveChannels}
        />
      )}
    </div>
  );
}

function PublishedState({
  job,
  justNow,
  paths,
}: {
  job: JobDetail_JobFragment;
  justNow: boolean;
  paths: PublishPanelProps["paths"];
}) {
  const shared = job.payment?.source === "SERVICE_PROVIDER_CREDITS";
  return (
    <Card className="published-card" data-testid="publish-result">
      <div className="stack-sm">
        {job.status === "CLOSED" ? (
          <Banner tone="warning" title="This job ad is closed">
            It no longer runs, so there is nothing to publish.
          </Banner>
        ) : (
          <Banner tone="success" title={justNow ? "Job ad published" : "This job ad is already published"}>
            <strong>{job.title}</strong> is on the national job board
            {job.closesAt !== null && (
              <>
                {" "}
                until <DateTime value={job.closesAt} dateOnly />
              </>
            )}
            .
          </Banner>
        )}
        <dl className="details">
          <dt>Status</dt>
          <dd>
            <JobStatusBadge status={job.status} />
          </dd>
          <dt>Payment</dt>
          <dd className={shared ? "shared-text" : undefined} data-testid="paid-with">
            {job.payment === null ? "Not paid" : paidWithText(job.payment)}
          </dd>
          {job.publishedAt !== null && (
            <>
              <dt>Published</dt>
              <dd>
                <DateTime value={job.publishedAt} />
              </dd>
            </>
          )}
        </dl>
        <div className="form-actions wrap">
          <Link className="btn btn-primary" to={paths.job}>
            View job ad
          </Link>
          {job.publicPath !== null && job.status === "PUBLISHED" && (
            // A server-rendered public page, not a screen of this app: a full page load.
            <a className="btn btn-secondary" href={job.publicPath} data-testid="public-ad-link">
              See it on the job board
            </a>
          )}
          <Link className="btn btn-secondary" to={paths.jobs}>
            Back to jobs
          </Link>
          <Link className="btn btn-ghost" to={paths.newJob}>
            Post another job
          </Link>
        </div>
      </div>
    </Card>
  );
}
