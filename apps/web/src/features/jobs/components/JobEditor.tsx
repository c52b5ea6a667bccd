import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { formProblem } from "../../../apollo/error-messages";
import type { JobDetail_JobFragment } from "../../../gql/graphql";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import {
  JOB_FORM_FIELDS,
  checkJobForm,
  emptyJobForm,
  jobFormFrom,
  previewOf,
  toJobInput,
  type JobFormErrors,
} from "../job-form-values";
import { useSaveJob } from "../hooks/use-jobs";
import { JobAdPreview } from "./JobAdPreview";
import { JobForm } from "./JobForm";
import { LmtRecordChangeDialog } from "../../lmt/components/LmtRecordChangeDialog";
import { isLmtRecordChange } from "../../lmt/lmt-record-change";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import type { FormProblem } from "../../shared/hooks/use-form-fields";

export interface JobEditorProps {
  /** Null for a new ad. */
  job: JobDetail_JobFragment | null;
  /** The organization the ad is for (the client, while an agency works in its account). */
  employerName: string;
  onSaved: (job: JobDetail_JobFragment) => void;
  cancelTo: string;
}

/** Two steps: the form, then "Review & preview" showing the ad as candidates will see it, then save. */
export function JobEditor({ job, employerName, onSaved, cancelTo }: JobEditorProps) {
  const { save, loading } = useSaveJob();
  const [values, setValues] = useState(() => (job === null ? emptyJobForm() : jobFormFrom(job)));
  const [errors, setErrors] = useState<JobFormErrors>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [step, setStep] = useState<"form" | "preview">("form");
  const [confirmRecordChange, setConfirmRecordChange] = useState(false);
  const published = job !== null && job.status === "PUBLISHED";

  function go(next: "form" | "preview") {
    setStep(next);
    window.scrollTo({ top: 0 });
  }

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkJobForm(values);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      const first = event.currentTarget.querySelector<HTMLElement>(`[name="${Object.keys(found)[0] ?? ""}"]`);
      first?.focus();
      return;
    }
    go("preview");
  }

  async function saveJob(confirmLmtRecordChange = false) {
    setProblem(null);
    try {
      onSaved(await save(job?.id ?? null, toJobInput(values), { confirmLmtRecordChange }));
    } catch (e) {
      setConfirmRecordChange(false);
      if (!confirmLmtRecordChange && isLmtRecordChange(e)) {
        // A published LMT ad: ask first, then send the same edit again, confirmed (R8).
        setConfirmRecordChange(true);
        return;
      }
      const result = formProblem(e, JOB_FORM_FIELDS);
      setErrors(result.fieldErrors);
      setProblem({ problem: result.problem, unplaced: result.unplaced });
      if (Object.keys(result.fieldErrors).length > 0) go("form");
    }
  }

  const banner = <FormProblemBanner problem={problem} />;
  const lmtWarning = published && values.lmt && (
    <Banner tone="warning" title="This LMT ad is already published">
      Saving changes the advertising record. Every revision is kept and listed on the ad's page for the LMT report.
    </Banner>
  );

  if (step === "preview") {
    return (
      <div className="stack">
        {banner}
        {lmtWarning}
        <Card title="Review & preview" description="This is how candidates will see your ad. Check it, then save.">
          <JobAdPreview ad={previewOf(values, employerName)} />
        </Card>
        <div className="form-actions form-actions-end">
          <Button variant="ghost" onClick={() => go("form")} disabled={loading}>
            Back to edit
          </Button>
          <Button variant="primary" loading={loading} onClick={() => void saveJob()}>
            {published ? "Save changes" : "Save & continue"}
          </Button>
        </div>
        <LmtRecordChangeDialog
          open={confirmRecordChange}
          busy={loading}
          onConfirm={() => void saveJob(true)}
          onClose={() => setConfirmRecordChange(false)}
        />
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={review} noValidate aria-label={job === null ? "Post a job" : "Edit job ad"}>
      {banner}
      {problem === null && Object.keys(errors).length > 0 && (
        <Banner tone="danger" title="Please check the highlighted fields">
          Some details are missing or not quite right.
        </Banner>
      )}
      {lmtWarning}
      <Card>
        <JobForm values={values} errors={errors} onChange={setValues} durationLocked={published} jobId={job?.id ?? null} />
      </Card>
      <div className="form-actions form-actions-end">
        <Link className="btn btn-ghost" to={cancelTo}>
          Cancel
        </Link>
        <Button type="submit" variant="primary">
          Review &amp; preview
        </Button>
      </div>
    </form>
  );
}
