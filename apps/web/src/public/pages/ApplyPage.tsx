import { Link, useActionData, useLoaderData, useNavigate } from "react-router";
import { ApplyForm } from "../../features/portal/components/ApplyForm";
import { fetchExecute, publicApi } from "../api";
import { useBoard } from "../board";
import type { ApplyActionData, JobLoaderData } from "../loaders";
import { NotAdvertised } from "./JobPage";

export interface AppliedState {
  jobTitle: string;
  email: string;
  submittedAt: string;
}

const browserApi = publicApi(fetchExecute);

/** …/apply: the application form; without JavaScript it posts to this page's action. */
export function ApplyPage() {
  const board = useBoard();
  const data = useLoaderData() as JobLoaderData;
  const refused = useActionData() as ApplyActionData | undefined;
  const navigate = useNavigate();
  if (data.job === null || !data.job.open) return <NotAdvertised status={data.job === null ? 404 : 410} />;
  const { job, source } = data;
  return (
    <div className="portal-apply">
      <p className="back-link portal-back">
        <Link to={board.jobPath(job, source)}>← Back to the job</Link>
      </p>
      <div className="portal-card">
        <header className="portal-apply-header">
          <p className="portal-ad-employer">{job.employerName}</p>
          <h1 className="portal-ad-title">{`Apply for ${job.title}`}</h1>
        </header>
        <ApplyForm
          action={board.applyPath(job, source)}
          boardSlug={board.slug}
          jobId={job.id}
          agencyName={board.agencyName ?? job.agencyName}
          employerName={job.employerName}
          yourDataPath={board.yourDataPath}
          source={source}
          refused={refused?.refused ?? null}
          apply={(input) => browserApi.apply(input)}
          onApplied={(receipt) =>
            void navigate(`${board.appliedPath(receipt.id)}?job=${encodeURIComponent(job.id)}`, {
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
