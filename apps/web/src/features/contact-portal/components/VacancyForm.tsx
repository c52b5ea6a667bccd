import { useRef, type FormEvent } from "react";
import type { SalaryPeriod, WorkType } from "../../../gql/graphql";
import { Button } from "../../../ui/Button";
import { TextArea } from "../../../ui/Field";
import {
  CityField,
  PostcodeField,
  RoleTitleField,
  SalaryMaxField,
  SalaryMinField,
  SalaryPeriodField,
  StateField,
  WorkTypeField,
} from "../../jobs/components/JobFields";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import { useFormFields } from "../../shared/hooks/use-form-fields";
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
  const { values, setValues, fieldErrors, setFieldErrors, problem, setProblem, set, fail } = useFormFields(FIELDS, EMPTY);
  const form = useRef<HTMLFormElement>(null);

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
      focusFirst(fail(error));
    }
  }

  return (
    <form ref={form} className="form contact-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Vacancy">
      <FormProblemBanner problem={problem} />
      <RoleTitleField value={values.title} onChange={set("title")} error={fieldErrors.title} />
      <WorkTypeField value={values.workType} onChange={set("workType")} error={fieldErrors.workType} />
      <fieldset className="contact-fieldset">
        <legend className="contact-legend">Where</legend>
        <CityField value={values.city} onChange={set("city")} error={fieldErrors.city} />
        <div className="form-row">
          <StateField value={values.state} onChange={set("state")} error={fieldErrors.state} />
          <PostcodeField value={values.postcode} onChange={set("postcode")} error={fieldErrors.postcode} />
        </div>
      </fieldset>
      <fieldset className="contact-fieldset">
        <legend className="contact-legend">Salary (optional)</legend>
        <div className="form-row">
          <SalaryMinField value={values.min} onChange={set("min")} error={fieldErrors.min} />
          <SalaryMaxField value={values.max} onChange={set("max")} error={fieldErrors.max} />
        </div>
        <SalaryPeriodField value={values.period} onChange={set("period")} error={fieldErrors.period} />
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
