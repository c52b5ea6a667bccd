import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { formProblem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { TextArea, TextInput } from "../../../ui/Field";
import { useApplyToJob } from "../hooks/use-portal-board";
import { ResumeUpload, type ResumeState } from "./ResumeUpload";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import type { FormProblem } from "../../shared/hooks/use-form-fields";

const FIELDS = ["name", "email", "phone", "coverNote", "resumeUploadId", "consent"] as const;
type ApplyField = (typeof FIELDS)[number];

export interface ApplyReceipt {
  id: string;
  jobTitle: string;
  submittedAt: string;
  email: string;
}

export interface ApplyFormProps {
  slug: string;
  jobId: string;
  /** Who receives the application, for the privacy notice. */
  agencyName: string;
  employerName: string;
  /** The board's "Your data" page (R10), opened in a new tab so the form keeps what was typed. */
  yourDataPath: string;
  /** The `source` query parameter of the link the candidate came through. */
  source: string | null;
  onApplied: (receipt: ApplyReceipt) => void;
}

/** Name, contact details, cover note, CV and consent; applyToJob records the source. */
export function ApplyForm({ slug, jobId, agencyName, employerName, yourDataPath, source, onApplied }: ApplyFormProps) {
  const { apply, loading } = useApplyToJob();
  const [values, setValues] = useState({ name: "", email: "", phone: "", coverNote: "" });
  const [consent, setConsent] = useState(false);
  const [resume, setResume] = useState<ResumeState>({ kind: "empty" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ApplyField, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const set = (field: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  function localErrors(): Partial<Record<ApplyField, string>> {
    const errors: Partial<Record<ApplyField, string>> = {};
    if (values.name.trim() === "") errors.name = "Enter your name.";
    if (values.email.trim() === "") errors.email = "Enter your email address.";
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
      errors.email = "Enter an email address like name@example.com.";
    if (resume.kind === "empty") errors.resumeUploadId = "Attach your CV.";
    else if (resume.kind === "uploading") errors.resumeUploadId = "Wait for your CV to finish uploading.";
    else if (resume.kind === "failed") errors.resumeUploadId = "Choose a CV the server accepts.";
    if (!consent) errors.consent = "Tick the box to agree, so we can send your application.";
    return errors;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const errors = localErrors();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      const first = FIELDS.find((f) => errors[f] !== undefined);
      event.currentTarget.querySelector<HTMLElement>(`[data-field="${first}"] input, [data-field="${first}"] textarea`)?.focus();
      return;
    }
    try {
      const receipt = await apply({
        portalSlug: slug,
        jobId,
        name: values.name.trim(),
        email: values.email.trim(),
        phone: values.phone.trim() === "" ? null : values.phone.trim(),
        coverNote: values.coverNote.trim() === "" ? null : values.coverNote.trim(),
        resumeUploadId: resume.kind === "done" ? resume.file.id : null,
        consent,
        source,
      });
      onApplied({ ...receipt, email: values.email.trim() });
    } catch (error) {
      const result = formProblem(error, FIELDS);
      setFieldErrors(result.fieldErrors);
      // An expired or used upload cannot be sent again: the candidate picks the file again.
      if (result.fieldErrors.resumeUploadId !== undefined) setResume({ kind: "empty" });
      const wait = result.problem.retryAfterSeconds;
      const unplaced =
        result.problem.code === "RATE_LIMITED" && wait !== null
          ? [
              `${result.problem.message} You can try again in ${wait < 60 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}.`,
            ]
          : result.unplaced;
      setProblem({ problem: result.problem, unplaced });
    }
  }

  return (
    <form className="form portal-apply-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Application">
      <FormProblemBanner problem={problem} />
      <div data-field="name">
        <TextInput
          label="Full name"
          name="name"
          autoComplete="name"
          required
          value={values.name}
          onChange={set("name")}
          error={fieldErrors.name}
        />
      </div>
      <div data-field="email">
        <TextInput
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          required
          hint="We'll send your confirmation here."
          value={values.email}
          onChange={set("email")}
          error={fieldErrors.email}
        />
      </div>
      <div data-field="phone">
        <TextInput
          label="Phone (optional)"
          type="tel"
          name="phone"
          autoComplete="tel"
          inputMode="tel"
          value={values.phone}
          onChange={set("phone")}
          error={fieldErrors.phone}
        />
      </div>
      <div data-field="resumeUploadId">
        <ResumeUpload
          state={resume}
          onChange={(s) => {
            setResume(s);
            if (s.kind === "done") setFieldErrors(({ resumeUploadId: _dropped, ...rest }) => rest);
          }}
          error={fieldErrors.resumeUploadId}
        />
      </div>
      <div data-field="coverNote">
        <TextArea
          label="Cover note (optional)"
          name="coverNote"
          rows={5}
          hint="A few lines on why you'd be great for this role."
          value={values.coverNote}
          onChange={set("coverNote")}
          error={fieldErrors.coverNote}
        />
      </div>
      <div data-field="consent" className={fieldErrors.consent !== undefined ? "field field-invalid" : "field"}>
        <div className="portal-consent">
          <input
            id="apply-consent"
            type="checkbox"
            name="consent"
            checked={consent}
            onChange={(e) => {
              setConsent(e.target.checked);
              if (e.target.checked) setFieldErrors(({ consent: _dropped, ...rest }) => rest);
            }}
            aria-describedby={
              fieldErrors.consent !== undefined ? "apply-consent-notice apply-consent-error" : "apply-consent-notice"
            }
            aria-invalid={fieldErrors.consent !== undefined || undefined}
          />
          <label htmlFor="apply-consent">I agree to the privacy notice below</label>
        </div>
        <p className="portal-privacy" id="apply-consent-notice">
          <strong>Privacy notice.</strong> {agencyName} and {employerName} will use your details, cover note and CV only to
          consider you for this job and to contact you about it. They keep a record of the outcome, as Australian Labour Market
          Testing rules require. You can{" "}
          <Link to={yourDataPath} target="_blank" rel="noopener">
            ask for a copy or erasure of your data<span className="visually-hidden"> (opens in a new tab)</span>
          </Link>{" "}
          at any time.
        </p>
        {fieldErrors.consent !== undefined && (
          <p className="field-error" id="apply-consent-error">
            {fieldErrors.consent}
          </p>
        )}
      </div>
      <Button type="submit" variant="primary" className="btn-block portal-btn" loading={loading}>
        Send application
      </Button>
    </form>
  );
}
