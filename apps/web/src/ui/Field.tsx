import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

interface FieldFrameProps {
  /** A fixed id instead of useId's: pages rendered on the server and hydrated by another renderer need ids both agree on. */
  fieldId?: string | undefined;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, control, hint and error wired together (for, aria-describedby, aria-invalid). */
export function Field({ fieldId, label, hint, error, children }: FieldFrameProps) {
  const generated = useId();
  const inputId = fieldId ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const hasError = error !== undefined && error !== "";
  const describedBy = [hint !== undefined ? hintId : "", hasError ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={hasError ? "field field-invalid" : "field"}>
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      {children({ inputId, describedBy, invalid: hasError })}
      {hint !== undefined && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {hasError && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  fieldId?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

export function TextInput({ fieldId, label, hint, error, className, ...input }: TextInputProps) {
  return (
    <Field fieldId={fieldId} label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className={["input", className ?? ""].filter(Boolean).join(" ")}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...input}
        />
      )}
    </Field>
  );
}

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> {
  fieldId?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

export function TextArea({ fieldId, label, hint, error, className, rows = 4, ...textarea }: TextAreaProps) {
  return (
    <Field fieldId={fieldId} label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <textarea
          id={inputId}
          rows={rows}
          className={["input textarea", className ?? ""].filter(Boolean).join(" ")}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...textarea}
        />
      )}
    </Field>
  );
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { value: string; label: string }[];
}

export function Select({ label, hint, error, options, ...select }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          className="input select"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          {...select}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
}

export interface ChoiceGroupProps<V extends string> {
  legend: ReactNode;
  name: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly ChoiceOption<V>[];
  error?: string | undefined;
  /** Side by side from tablet width up; always stacked on phones. */
  columns?: 1 | 2;
}

/** Radio buttons drawn as selectable cards, grouped under a legend. */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  value,
  onChange,
  options,
  error,
  columns = 1,
}: ChoiceGroupProps<V>) {
  const errorId = useId();
  const hasError = error !== undefined && error !== "";
  return (
    <fieldset
      className={hasError ? "field choice-group field-invalid" : "field choice-group"}
      aria-describedby={hasError ? errorId : undefined}
    >
      <legend className="field-label">{legend}</legend>
      <div className={columns === 2 ? "choice-grid choice-grid-2" : "choice-grid"}>
        {options.map((o) => (
          <label
            key={o.value}
            className={["choice", o.value === value ? "choice-selected" : "", o.disabled === true ? "choice-disabled" : ""]
              .filter(Boolean)
              .join(" ")}
          >
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              disabled={o.disabled}
              onChange={() => onChange(o.value)}
            />
            <span className="choice-text">
              <span className="choice-label">{o.label}</span>
              {o.description !== undefined && <span className="choice-description">{o.description}</span>}
            </span>
          </label>
        ))}
      </div>
      {hasError && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
