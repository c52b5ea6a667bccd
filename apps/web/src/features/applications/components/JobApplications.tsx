import { useState } from "react";
import "../applications.css";
import { describeProblem } from "../../../apollo/error-messages";
import { Card } from "../../../ui/Card";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Select } from "../../../ui/Field";
import { Loading } from "../../../ui/Spinner";
import { APPLICATION_STATUSES, APPLICATION_STATUS_LABELS, type ApplicationStatus } from "../application-labels";
import { useApplications } from "../hooks/use-applications";
import { ApplicationRow } from "./ApplicationRow";

const FILTER_OPTIONS = [
  { value: "", label: "All applications" },
  ...APPLICATION_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s].label })),
];

/**
 * A job's applications for the employer, or for an agency working in the client's account:
 * candidate, contact, source, CV, and moving each through NEW → SHORTLISTED → INTERVIEWED →
 * HIRED or REJECTED (with a reason).
 */
export function JobApplications({ jobId }: { jobId: string }) {
  const [status, setStatus] = useState<ApplicationStatus | null>(null);
  const { applications, loading, error, refetch } = useApplications(jobId, status);
  const label = status === null ? "" : `${APPLICATION_STATUS_LABELS[status].label.toLowerCase()} `;

  return (
    <Card
      title="Applications"
      description="Candidates who applied through your job board."
      className="job-applications"
      actions={
        <div className="applications-filter">
          <Select
            label="Show"
            name="applicationStatus"
            value={status ?? ""}
            options={FILTER_OPTIONS}
            onChange={(e) => setStatus(e.target.value === "" ? null : (e.target.value as ApplicationStatus))}
          />
        </div>
      }
      data-testid="job-applications"
    >
      {loading ? (
        <Loading label="Loading applications…" />
      ) : error !== undefined ? (
        <ErrorState
          title="Couldn't load the applications"
          message={describeProblem(error).message}
          requestId={describeProblem(error).requestId}
          onRetry={refetch}
        />
      ) : applications.length === 0 ? (
        <EmptyState icon="people" title={status === null ? "No applications yet" : `No ${label}applications`}>
          {status === null
            ? "When candidates apply on the job board, they show up here."
            : "Choose another status to see the rest."}
        </EmptyState>
      ) : (
        <>
          <p className="list-summary" aria-live="polite">
            {applications.length} {label}
            {applications.length === 1 ? "application" : "applications"}
          </p>
          <ul className="application-list">
            {applications.map((a) => (
              <ApplicationRow key={a.id} application={a} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
