import { useState, type FormEvent } from "react";
import { ApiError } from "../../../public/api";
import type { ApplyReceipt, ApplyRefusal, ApplyValues } from "../../../public/types";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { TextArea, TextInput } from "../../../ui/Field";
import { ResumeUpload, type ResumeState } from "./ResumeUpload";

const FIELDS = ["name", "email", "phone", "coverNote", "resumeUploadId", "consent"] as const;
type ApplyField = (typeof FIELDS)[number];
type Errors = Partial<Record<ApplyField, string>>;

/** What the candidate typed, as the server sends it back with a refusal (no JavaScript). */
export interface ApplyFormValues {
  name: string;
  email: string;
  phone: string;
  coverNote: string;
  consent: boolean;
}

export interface ApplyFormProps {
  /** Where the form posts without JavaScript: the apply page itself (its action). */
  action: string;
  /** ApplyInput.portalSlug: the agency's portal, or the national board's slug. */
  boardSlug: string;
  jobId: string;
  /** Who receives the application, for the privacy notice: the agency (none on the national board) and the employer. */
  agencyName: string | null;
  employerName: string;
  /** The "Your data" page (R10), opened in a new tab so the form keeps what was typed. */
  yourDataPath: string;
  /** The `source` query parameter of the link the candidate came through. */
  source: string | null;
  /** A refusal of a submit without JavaScript: the values and the server's messages. */
  refused?: { values: ApplyFormValues; refusal: ApplyRefusal } | null;
  apply: (input: ApplyValues) => Promise<ApplyReceipt>;
  onApplied: (receipt: ApplyReceipt & { email: string }) => void;
}

/** The API's field names onto the form's (the file field of a submit without JavaScript is `cv`). */
function placed(refusal: ApplyRefusal): { errors: Errors; unplaced: string[] } {
  const errors: Errors = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(refusal.fields)) {
    const name = field === "cv" || field === "file" ? "resumeUploadId" : field;
    if ((FIELDS as readonly string[]).includes(name)) errors[name as ApplyField] = message;
    else unplaced.push(message);
  }
  return { errors, unplaced };
}

function bannerText(refusal: ApplyRefusal, unplaced: string[]): string {
  if (unplaced.length > 0) return unplaced.join(" ");
  return refusal.code === "BAD_USER_INPUT" ? "Fix the fields marked below, then send it again." : refusal.message;
}

/**
 * Name, contact details, cover note, CV and consent. A real form: without JavaScript it posts
 * (multipart, with the file) to the apply page, whose action applies; with JavaScript the CV
 * uploads as soon as it is chosen, with progress, and the form applies through the API.
 */
export function ApplyForm(props: ApplyFormProps) {
  const { action, boardSlug, jobId, agencyName, employerName, yourDataPath, source, refused } = props;
  const initial = refused?.values ?? { name: "", email: "", phone: "", coverNote: "", consent: false };
  const [values, setValues] = useState({
    name: initial.name,
    email: initial.email,
    phone: initial.phone,
    coverNote: initial.coverNote,
  });
  const [consent, setConsent] = useState(initial.consent);
  const [resume, setResume] = useState<ResumeState>({ kind: "empty" });
  const fromServer = refused == null ? null : placed(refused.refusal);
  const [fieldErrors, setFieldErrors] = useState<Errors>(fromServer?.errors ?? {});
  const [problem, setProblem] = useState<string | null>(
    refused == null || fromServer === null ? null : bannerText(refused.refusal, fromServer.unplaced),
  );
  const [loading, setLoading] = useState(false);

  const set = (field: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  function localErrors(): Errors {
    const errors: Errors = {};
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
    const form = event.currentTarget;
    setProblem(null);
    const errors = localErrors();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      const first = FIELDS.find((f) => errors[f] !== undefined);
      form.querySelector<HTMLElement>(`[data-field="${first}"] input, [data-field="${first}"] textarea`)?.focus();
      return;
    }
    const optional = (v: string) => (v.trim() === "" ? null : v.trim());
    setLoading(true);
    try {
      const receipt = await props.apply({
        portalSlug: boardSlug,
        jobId,
        name: values.name.trim(),
        email: values.email.trim(),
        phone: optional(values.phone),
        coverNote: optional(values.coverNote),
        resumeUploadId: resume.kind === "done" ? resume.file.id : null,
        consent,
        source,
      });
      props.onApplied({ ...receipt, email: values.email.trim() });
    } catch (error) {
      setLoading(false);
      const refusal: ApplyRefusal =
        error instanceof ApiError
          ? { message: error.message, code: error.code, fields: error.fields }
          : { message: "Something went wrong on our side. Try again in a moment.", code: "UNKNOWN", fields: {} };
      const result = placed(refusal);
      setFieldErrors(result.errors);
      // An expired or used upload cannot be sent again: the candidate picks the file again.
      if (result.errors.resumeUploadId !== undefined) setResume({ kind: "empty" });
      setProblem(bannerText(refusal, result.unplaced));
    }
  }

  const consentInvalid = fieldErrors.consent !== undefined;
  return (
    <form
      className="form portal-apply-form"
      method="post"
      action={action}
      encType="multipart/form-data"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Application"
    >
      {problem !== null && (
        <Banner tone="danger" title="Your application was not sent">
          {problem}
        </Banner>
      )}
      {source !== null && <input type="hidden" name="source" value={source} />}
      <div data-field="name">
        <TextInput
          fieldId="apply-name"
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
          fieldId="apply-email"
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
          fieldId="apply-phone"
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
          fieldId="apply-cv"
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
          fieldId="apply-cover-note"
          label="Cover note (optional)"
          name="coverNote"
          rows={5}
          hint="A few lines on why you'd be great for this role."
          value={values.coverNote}
          onChange={set("coverNote")}
          error={fieldErrors.coverNote}
        />
      </div>
      <div data-field="consent" className={consentInvalid ? "field field-invalid" : "field"}>
        <div className="portal-consent">
          <input
            id="apply-consent"
            type="checkbox"
            name="consent"
            value="yes"
            checked={consent}
            onChange={(e) => {
              setConsent(e.target.checked);
              if (e.target.checked) setFieldErrors(({ consent: _dropped, ...rest }) => rest);
            }}
            aria-describedby={consentInvalid ? "apply-consent-notice apply-consent-error" : "apply-consent-notice"}
            aria-invalid={consentInvalid || undefined}
          />
          <label htmlFor="apply-consent">I agree to the privacy notice below</label>
        </div>
        <p className="portal-privacy" id="apply-consent-notice">
          <strong>Privacy notice.</strong>
          {` ${agencyName === null ? employerName : `${agencyName} and ${employerName}`} will use your details, cover note and CV only to consider you for this job and to contact you about it. They keep a record of the outcome, as Australian Labour Market Testing rules require. You can `}
          <a href={yourDataPath} target="_blank" rel="noopener">
            ask for a copy or erasure of your data<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          {" at any time."}
        </p>
        {consentInvalid && (
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
