import { describeProblem } from "../../../apollo/error-messages";
import { graphql } from "../../../gql";
import type { ContactCandidate_ApplicationFragment } from "../../../gql/graphql";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { ApplicationStatusBadge } from "../../applications/components/ApplicationStatusBadge";
import { useContactCandidates } from "../hooks/use-contact-jobs";

export const ContactCandidateFragment = graphql(`
  fragment ContactCandidate_application on Application {
    id
    candidateName
    candidateEmail
    phone
    status
    resumeUrl
    createdAt
    erasedAt
  }
`);

function Candidate({ candidate: c }: { candidate: ContactCandidate_ApplicationFragment }) {
  // R10: after a candidate's erasure there is no one to email and no CV to open.
  const erased = c.erasedAt != null;
  return (
    <li className="contact-candidate" data-testid="candidate">
      <div className="contact-candidate-head">
        <h3 className="contact-candidate-name">{c.candidateName}</h3>
        <ApplicationStatusBadge status={c.status} />
      </div>
      <dl className="contact-candidate-facts">
        {erased ? (
          <div className="contact-candidate-wide">
            <dt>Contact</dt>
            <dd className="muted">Personal details erased at the candidate's request</dd>
          </div>
        ) : (
          <>
            <div className="contact-candidate-wide">
              <dt>Email</dt>
              <dd>
                <a href={`mailto:${c.candidateEmail}`}>{c.candidateEmail}</a>
              </dd>
            </div>
            <div>
              <dt>Phone</dt>
              <dd>
                {c.phone === null || c.phone === "" ? (
                  <span className="muted">—</span>
                ) : (
                  <a href={`tel:${c.phone.replace(/\s+/g, "")}`}>{c.phone}</a>
                )}
              </dd>
            </div>
          </>
        )}
        <div>
          <dt>Applied</dt>
          <dd>
            <DateTime value={c.createdAt} dateOnly />
          </dd>
        </div>
        <div>
          <dt>CV</dt>
          <dd>
            {c.resumeUrl === null ? (
              <span className="muted">{erased ? "Erased" : "None"}</span>
            ) : (
              <a
                href={c.resumeUrl}
                target="_blank"
                rel="noopener"
                aria-label={`Open CV of ${c.candidateName} (opens in a new tab)`}
              >
                Open CV
              </a>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** A job's candidates, read-only: the agency moves them through the steps (R9). */
export function ContactCandidates({ jobId, agencyName }: { jobId: string; agencyName: string }) {
  const { candidates, loading, error, refetch } = useContactCandidates(jobId);
  if (loading) return <Loading label="Loading candidates…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load the candidates" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (candidates.length === 0) {
    return (
      <EmptyState icon="people" title="No candidates yet">
        When people apply on {agencyName}'s job board, they show up here.
      </EmptyState>
    );
  }
  return (
    <>
      <p className="list-summary" aria-live="polite">
        {candidates.length === 1 ? "1 candidate" : `${candidates.length} candidates`} · {agencyName} updates their status
      </p>
      <ul className="contact-candidate-list" aria-label="Candidates">
        {candidates.map((c) => (
          <Candidate key={c.id} candidate={c} />
        ))}
      </ul>
    </>
  );
}
