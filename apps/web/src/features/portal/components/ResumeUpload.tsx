import { useEffect, useId, useRef, useState, type ChangeEvent } from "react";
import { MAX_RESUME_BYTES } from "@app/domain";
import { Spinner } from "../../../ui/Spinner";
import { UploadRefused, uploadResume, type UploadedFile } from "../upload-resume";

export type ResumeState =
  | { kind: "empty" }
  | { kind: "uploading"; name: string; progress: number }
  | { kind: "done"; file: UploadedFile }
  | { kind: "failed"; name: string; message: string };

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface ResumeUploadProps {
  state: ResumeState;
  onChange: (state: ResumeState) => void;
  /** From the application form (e.g. the API's resumeUploadId message). */
  error?: string | undefined;
  /** A fixed id (see Field's fieldId). */
  fieldId?: string;
}

/**
 * Choosing a file uploads it at once (POST /uploads) and shows its progress; the server decides
 * whether it is a PDF, DOC or DOCX by its content, and its refusal is shown as it words it.
 */
export function ResumeUpload({ state, onChange, error, fieldId }: ResumeUploadProps) {
  const generated = useId();
  const inputId = fieldId ?? generated;
  const hintId = `${inputId}-hint`;
  const statusId = `${inputId}-status`;
  const abort = useRef<AbortController | null>(null);
  const [announce, setAnnounce] = useState("");
  useEffect(() => () => abort.current?.abort(), []);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file === undefined) return;
    abort.current?.abort();
    if (file.size > MAX_RESUME_BYTES) {
      onChange({ kind: "failed", name: file.name, message: `${file.name} is ${sizeText(file.size)}. A CV can be at most 5 MB.` });
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    onChange({ kind: "uploading", name: file.name, progress: 0 });
    setAnnounce(`Uploading ${file.name}…`);
    try {
      const uploaded = await uploadResume(
        file,
        (progress) => onChange({ kind: "uploading", name: file.name, progress }),
        controller.signal,
      );
      onChange({ kind: "done", file: uploaded });
      setAnnounce(`${uploaded.filename} uploaded.`);
    } catch (e) {
      if (controller.signal.aborted) return;
      const message = e instanceof UploadRefused ? e.message : "The CV could not be uploaded. Try again.";
      onChange({ kind: "failed", name: file.name, message });
      setAnnounce(message);
    }
  }

  const message = state.kind === "failed" ? state.message : error;
  const invalid = message !== undefined && message !== "";
  const describedBy = [hintId, invalid ? statusId : ""].filter(Boolean).join(" ");

  return (
    <div className={invalid ? "field field-invalid" : "field"}>
      <label className="field-label" htmlFor={inputId}>
        CV
      </label>
      <div className={`portal-upload portal-upload-${state.kind}`}>
        <input
          id={inputId}
          className="portal-upload-input"
          type="file"
          name="cv"
          accept=".pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => void choose(e)}
        />
        {state.kind === "empty" || state.kind === "failed" ? (
          <div className="portal-upload-body">
            <span className="portal-upload-icon" aria-hidden="true">
              ⇪
            </span>
            <span className="portal-upload-text">
              <span className="strong">{state.kind === "failed" ? "Choose another file" : "Choose a file"}</span>
              <span className="muted">PDF, DOC or DOCX, up to 5 MB</span>
            </span>
            <span className="btn btn-secondary btn-sm portal-upload-button" aria-hidden="true">
              Browse
            </span>
          </div>
        ) : state.kind === "uploading" ? (
          <div className="portal-upload-body">
            <Spinner size="sm" />
            <span className="portal-upload-text">
              <span className="strong break-anywhere">{state.name}</span>
              <progress className="portal-progress" max={1} value={state.progress} aria-label={`Uploading ${state.name}`} />
            </span>
          </div>
        ) : (
          <div className="portal-upload-body">
            <span className="portal-upload-icon portal-upload-ok" aria-hidden="true">
              ✓
            </span>
            <span className="portal-upload-text">
              <span className="strong break-anywhere" data-testid="uploaded-cv">
                {state.file.filename}
              </span>
              <span className="muted">Uploaded · {sizeText(state.file.size)}</span>
            </span>
            <span className="btn btn-ghost btn-sm portal-upload-button" aria-hidden="true">
              Replace
            </span>
          </div>
        )}
      </div>
      <p className="field-hint" id={hintId}>
        We check the file itself, so it must really be a PDF or Word document.
      </p>
      {invalid && (
        <p className="field-error" id={statusId}>
          {message}
        </p>
      )}
      <span className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </span>
    </div>
  );
}
