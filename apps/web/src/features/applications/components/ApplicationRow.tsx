import { useId, useState, type FormEvent } from "react";
import { formProblem } from "../../../apollo/error-messages";
import { graphql } from "../../../gql";
import type { ApplicationRow_ApplicationFragment } from "../../../gql/graphql";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { DateTime } from "../../../ui/DateTime";
import { Select, TextArea } from "../../../ui/Field";
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS, reasonRequired, type ApplicationStatus } from "../application-labels";
import { useSetApplicationStatus } from "../hooks/use-applications";
import { ApplicationStatusBadge } from "./ApplicationStatusBadge";

export const ApplicationRowFragment = graphql(`
  fragment ApplicationRow_application on Application {
    id
    candidateName
    candidateEmail
    phone
    coverNote
    resumeUrl
    status
    outcomeReason
    source
    consentAt
    createdAt
    erasedAt
  }
`);

const STATUS_OPTIONS = APPLICATION_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s].label }));

/** One candidate: contact details, CV, cover note, and moving them to the next step. */
export function ApplicationRow({ application: a }: { application: ApplicationRow_ApplicationFragment }) {
  const { setStatus, loading } = useSetApplicationStatus();
  const [next, setNext] = useState<ApplicationStatus>(a.status);
  const [reason, setReason] = useState(a.outcomeReason ?? "");
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();
  // R10: after a candidate's erasure there is no one to email and no CV to open.
  const erased = a.erasedAt != null;
  const changed = next !== a.status || (reason.trim() !== (a.outcomeReason ?? "") && next !== "NEW");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setReasonError(undefined);
    if (reasonRequired(next) && reason.trim() === "") {
      setReasonError("Say why the candidate was unsuccessful: it is kept for the Labour Market Testing record.");
      return;
    }
    try {
      const updated = await setStatus(a.id, next, reason.trim() === "" ? null : reason.trim());
      setNext(updated.status);
      setReason(updated.outcomeReason ?? "");
    } catch (error) {
      const r = formProblem(error, ["outcomeReason"] as const);
      setReasonError(r.fieldErrors.outcomeReason);
      if (r.fieldErrors.outcomeReason === undefined) setProblem(r.unplaced.length > 0 ? r.unplaced.join(" ") : r.problem.message);
    }
  }

  return (
    <li className="application" aria-labelledby={headingId} data-testid="application">
      <div className="application-head">
        <div className="application-who">
          <h3 className="application-name" id={headingId}>
            {a.candidateName}
          </h3>
          {erased ? (
            <p className="application-contact muted">Personal details erased at the candidate's request</p>
          ) : (
            <p className="application-contact">
              <a href={`mailto:${a.candidateEmail}`} className="break-anywhere">
                {a.candidateEmail}
              </a>
              {a.phone !== null && a.phone !== "" && (
                <>
                  {" · "}
                  <a href={`tel:${a.phone.replace(/\s+/g, "")}`}>{a.phone}</a>
                </>
              )}
            </p>
          )}
        </div>
        <ApplicationStatusBadge status={a.status} />
      </div>
      <dl className="application-facts">
        <div>
          <dt>Received</dt>
          <dd>
            <DateTime value={a.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{a.source === null || a.source === "" ? <span className="muted">Direct</span> : a.source}</dd>
        </div>
        <div>
          <dt>CV</dt>
          <dd>
            {a.resumeUrl === null ? (
              <span className="muted">{erased ? "Erased" : "None attached"}</span>
            ) : (
              <a href={a.resumeUrl} target="_blank" rel="noopener" aria-label={`Open CV of ${a.candidateName}`}>
                Open CV
              </a>
            )}
          </dd>
        </div>
      </dl>
      {a.coverNote !== null && a.coverNote.trim() !== "" && (
        <details className="application-note">
          <summary>Cover note</summary>
          <p>{a.coverNote}</p>
        </details>
      )}
      {a.outcomeReason !== null && a.outcomeReason !== "" && (
        <p className="application-reason">
          <span className="muted">Reason: </span>
          {a.outcomeReason}
        </p>
      )}
      <form className="application-move" onSubmit={(e) => void submit(e)} noValidate aria-label={`Status of ${a.candidateName}`}>
        <Select
          label={`Status for ${a.candidateName}`}
          name="status"
          value={next}
          options={STATUS_OPTIONS}
          onChange={(e) => {
            setNext(e.target.value as ApplicationStatus);
            setReasonError(undefined);
          }}
        />
        {(next !== a.status || next === "REJECTED" || a.outcomeReason !== null) && next !== "NEW" && (
          <TextArea
            label={reasonRequired(next) ? "Reason (required)" : "Reason (optional)"}
            name="outcomeReason"
            rows={2}
            hint="Kept with the outcome for the Labour Market Testing record."
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError}
          />
        )}
        {problem !== null && <Banner tone="danger">{problem}</Banner>}
        <div className="form-actions">
          <Button type="submit" size="sm" variant="primary" loading={loading} disabled={!changed}>
            Update status
          </Button>
          {changed && (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                setNext(a.status);
                setReason(a.outcomeReason ?? "");
                setReasonError(undefined);
              }}
            >
              Cancel
            </Button>
          )}
        </div>
      </form>
    </li>
  );
}
