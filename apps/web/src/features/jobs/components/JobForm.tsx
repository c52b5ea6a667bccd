import type { ReactNode } from "react";
import { TextArea, TextInput } from "../../../ui/Field";
import { Switch } from "../../../ui/Switch";
import { LMT_MIN_DAYS, toJobInput, type JobFormErrors, type JobFormField, type JobFormValues } from "../job-form-values";
import { LmtChecksPanel } from "../../lmt/components/LmtChecksPanel";
import { lmtCheckInput } from "../../lmt/lmt-input";
import {
  CityField,
  PostcodeField,
  RoleTitleField,
  SalaryMaxField,
  SalaryMinField,
  SalaryPeriodField,
  StateField,
  WorkTypeField,
} from "./JobFields";

export interface JobFormProps {
  values: JobFormValues;
  errors: JobFormErrors;
  onChange: (values: JobFormValues) => void;
  /** A published ad's run cannot change. */
  durationLocked?: boolean;
  /** The saved job being edited, if any: the live LMT checks use its LMT dates. */
  jobId?: string | null;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{title}</legend>
      <div className="form">{children}</div>
    </fieldset>
  );
}

/** The job ad's fields; validation and saving belong to the editor around it. */
export function JobForm({ values, errors, onChange, durationLocked = false, jobId = null }: JobFormProps) {
  const set = (field: JobFormField) => (e: { target: { value: string } }) => onChange({ ...values, [field]: e.target.value });

  return (
    <div className="job-form">
      <Section title="The role">
        <RoleTitleField value={values.title} onChange={set("title")} error={errors.title} data-autofocus />
        <div className="form-row">
          <WorkTypeField value={values.workType} onChange={set("workType")} error={errors.workType} />
          <TextInput
            label="ANZSCO code (optional)"
            name="occupationCode"
            inputMode="numeric"
            maxLength={6}
            value={values.occupationCode}
            onChange={set("occupationCode")}
            error={errors.occupationCode}
            hint="The occupation, e.g. 431111 for a barista."
          />
        </div>
      </Section>

      <Section title="Salary">
        <div className="form-row form-row-3">
          <SalaryMinField value={values.min} onChange={set("min")} error={errors.min} />
          <SalaryMaxField value={values.max} onChange={set("max")} error={errors.max} />
          <SalaryPeriodField value={values.period} onChange={set("period")} error={errors.period} />
        </div>
        <p className="field-hint">
          Whole dollars, before tax. Leave both empty to not show a salary (LMT ads under the threshold must show one).
        </p>
        <Switch
          label="Show the salary in the ad"
          description="When off, the salary is recorded (and in the LMT report) but candidates don't see it."
          checked={values.showSalary}
          onChange={(showSalary) => onChange({ ...values, showSalary })}
        />
      </Section>

      <Section title="Location">
        <div className="form-row">
          <CityField value={values.city} onChange={set("city")} error={errors.city} />
          <StateField value={values.state} onChange={set("state")} error={errors.state} />
        </div>
        <div className="form-row">
          <PostcodeField value={values.postcode} onChange={set("postcode")} error={errors.postcode} />
          <TextInput
            label="Country"
            name="country"
            autoComplete="country"
            maxLength={2}
            value={values.country}
            onChange={set("country")}
            error={errors.country}
            hint="Two letters; AU for Australia."
          />
        </div>
      </Section>

      <Section title="The ad">
        <TextArea
          label="Candidate requirements"
          name="requirements"
          rows={4}
          value={values.requirements}
          onChange={set("requirements")}
          error={errors.requirements}
          hint="Skills, experience and qualifications you are looking for."
        />
        <TextArea
          label="Description"
          name="description"
          required
          rows={8}
          value={values.description}
          onChange={set("description")}
          error={errors.description}
          hint="What the job is, the team and the workplace. A blank line starts a new paragraph."
        />
      </Section>

      <Section title="Advertising">
        <div className="lmt-box">
          <Switch
            label="Labour Market Testing (LMT) ad"
            description={`For employer-sponsored visas: the ad must meet the LMT rules and run for at least ${LMT_MIN_DAYS} days. Every edit is kept as a revision for the LMT record.`}
            checked={values.lmt}
            onChange={(lmt) =>
              onChange({
                ...values,
                lmt,
                durationDays:
                  lmt && Number(values.durationDays) < LMT_MIN_DAYS && !durationLocked
                    ? String(LMT_MIN_DAYS)
                    : values.durationDays,
              })
            }
          />
        </div>
        <TextInput
          label="Duration (days)"
          name="durationDays"
          type="number"
          inputMode="numeric"
          min={values.lmt ? LMT_MIN_DAYS : 1}
          max={365}
          value={values.durationDays}
          onChange={set("durationDays")}
          error={errors.durationDays}
          disabled={durationLocked}
          hint={
            durationLocked
              ? "A published ad's run cannot change."
              : values.lmt
                ? `At least ${LMT_MIN_DAYS} days for an LMT ad.`
                : "How long the ad runs once published, 1 to 365 days."
          }
          className="input-narrow"
        />
        {values.lmt && <LmtChecksPanel input={lmtCheckInput(toJobInput(values))} jobId={jobId} />}
      </Section>
    </div>
  );
}
