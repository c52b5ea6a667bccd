import { useRef, useState, type FormEvent } from "react";
import { formProblem, type Problem } from "../../../apollo/error-messages";
import type { SalaryPeriod, WorkType } from "../../../gql/graphql";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Select, TextArea, TextInput } from "../../../ui/Field";
import { SALARY_PERIODS, SALARY_PERIOD_LABELS, WORK_TYPES, WORK_TYPE_LABELS } from "../../jobs/job-labels";
import { useSubmitVacancy, type VacancyInput } from "../hooks/use-submit-vacancy";
import type { ContactJob } from "./ContactJobList";

/** Named as the API names them, so its field errors ("location.city", "salary.max") land beside the right input. */
const FIELDS = ["title", "workType", "city", "state", "postcode", "min", "max", "period", "description", "requirements"] as const;
type VacancyField = (typeof FIELDS)[number];
type Values = Record<Exclude<VacancyField, "workType" | "period">, string> & { workType: WorkType; period: SalaryPeriod };

const EMPTY: Values = {
  title: "",
  workType: "FULL_TIME",
  city: "",
  state: "",
  postcode: "",
  min: "",
  max: "",
  period: "YEAR",
  description: "",
  requirements: "",
};

const WORK_TYPE_OPTIONS = WORK_TYPES.map((w) => ({ value: w, label: WORK_TYPE_LABELS[w] }));
const PERIOD_OPTIONS = SALARY_PERIODS.map((p) => ({ value: p, label: SALARY_PERIOD_LABELS[p].option }));
const STATE_OPTIONS = [
  { value: "", label: "Choose…" },
  ...["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"].map((s) => ({ value: s, label: s })),
];

const optional = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** Whole dollars, or null when empty; NaN when it is not a whole number (the API takes integers only). */
function dollars(text: string): number | null {
  const t = text.trim().replace(/[$,\s]/g, "");
  if (t === "") return null;
  return /^\d+$/.test(t) ? Number(t) : NaN;
}

/**
 * What a salary box holds must be a whole number before it can be sent at all; every other rule
 * (required fields, min ≤ max) is the API's, and its words come back beside the fields.
 */
function toInput(v: Values): { input: VacancyInput | null; errors: Partial<Record<VacancyField, string>> } {
  const min = dollars(v.min);
  const max = dollars(v.max);
  const errors: Partial<Record<VacancyField, string>> = {};
  if (Number.isNaN(min)) errors.min = "Whole dollars only, e.g. 65000.";
  if (Number.isNaN(max)) errors.max = "Whole dollars only, e.g. 72000.";
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    input: {
      title: v.title.trim(),
      workType: v.workType,
      location: { city: v.city.trim(), state: optional(v.state), postcode: optional(v.postcode), country: "AU" },
      salary: min === null && max === null ? null : { min, max, period: v.period, currency: "AUD" },
      description: v.description.trim(),
      requirements: optional(v.requirements),
    },
    errors,
  };
}

export interface VacancyFormProps {
  /** The agency the vacancy goes to, named on the button's promise. */
  agencyName: string;
  onSubmitted: (job: ContactJob) => void;
}

/** A contact asks its agency to advertise a role (R9): the agency finishes and publishes the ad. */
export function VacancyForm({ agencyName, onSubmitted }: VacancyFormProps) {
  const { submit, loading } = useSubmitVacancy();
  const [values, setValues] = useState<Values>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<VacancyField, string>>>({});
  const [problem, setProblem] = useState<{ problem: Problem; unplaced: string[] } | null>(null);
  const form = useRef<HTMLFormElement>(null);

  const set = (field: VacancyField) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  function focusFirst(errors: Partial<Record<VacancyField, string>>) {
    const first = FIELDS.find((f) => errors[f] !== undefined);
    if (first !== undefined) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const { input, errors } = toInput(values);
    setFieldErrors(errors);
    if (input === null) {
      focusFirst(errors);
      return;
    }
    try {
      const job = await submit(input);
      setValues(EMPTY);
      onSubmitted(job);
    } catch (error) {
      const result = formProblem(error, FIELDS);
      setFieldErrors(result.fieldErrors);
      setProblem({ problem: result.problem, unplaced: result.unplaced });
      focusFirst(result.fieldErrors);
    }
  }

  return (
    <form ref={form} className="form contact-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Vacancy">
      {problem !== null && (
        <Banner tone="danger" title={problem.problem.title}>
          {problem.unplaced.length > 0 ? problem.unplaced.join(" ") : problem.problem.message}
        </Banner>
      )}
      <TextInput
        label="Role title"
        name="title"
        required
        maxLength={200}
        placeholder="e.g. Barista"
        value={values.title}
        onChange={set("title")}
        error={fieldErrors.title}
      />
      <Select
        label="Work type"
        name="workType"
        value={values.workType}
        options={WORK_TYPE_OPTIONS}
        onChange={set("workType")}
        error={fieldErrors.workType}
      />
      <fieldset className="contact-fieldset">
        <legend className="contact-legend">Where</legend>
        <TextInput
          label="City or suburb"
          name="city"
          required
          autoComplete="address-level2"
          value={values.city}
          onChange={set("city")}
          error={fieldErrors.city}
        />
        <div className="form-row">
          <Select
            label="State"
            name="state"
            value={values.state}
            options={STATE_OPTIONS}
            onChange={set("state")}
            error={fieldErrors.state}
          />
          <TextInput
            label="Postcode"
            name="postcode"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={10}
            value={values.postcode}
            onChange={set("postcode")}
            error={fieldErrors.postcode}
          />
        </div>
      </fieldset>
      <fieldset className="contact-fieldset">
        <legend className="contact-legend">Salary (optional)</legend>
        <div className="form-row">
          <TextInput
            label="Minimum ($)"
            name="min"
            inputMode="numeric"
            placeholder="65000"
            value={values.min}
            onChange={set("min")}
            error={fieldErrors.min}
          />
          <TextInput
            label="Maximum ($)"
            name="max"
            inputMode="numeric"
            placeholder="72000"
            value={values.max}
            onChange={set("max")}
            error={fieldErrors.max}
          />
        </div>
        <Select
          label="Period"
          name="period"
          value={values.period}
          options={PERIOD_OPTIONS}
          onChange={set("period")}
          error={fieldErrors.period}
        />
        <p className="field-hint">Whole dollars, before tax. {agencyName} decides with you whether the ad shows it.</p>
      </fieldset>
      <fieldset className="contact-fieldset">
        <legend className="contact-legend">The job</legend>
        <TextArea
          label="About the role"
          name="description"
          required
          rows={6}
          hint="What the job is, the hours, the team and the workplace."
          value={values.description}
          onChange={set("description")}
          error={fieldErrors.description}
        />
        <TextArea
          label="Who you are looking for (optional)"
          name="requirements"
          rows={3}
          hint="Skills, experience and qualifications."
          value={values.requirements}
          onChange={set("requirements")}
          error={fieldErrors.requirements}
        />
      </fieldset>
      <Button type="submit" variant="primary" className="btn-block portal-btn" loading={loading}>
        Send to {agencyName}
      </Button>
    </form>
  );
}
