import { Select, TextInput } from "../../../ui/Field";
import { SALARY_PERIODS, SALARY_PERIOD_LABELS, WORK_TYPES, WORK_TYPE_LABELS } from "../job-labels";

const WORK_TYPE_OPTIONS = WORK_TYPES.map((w) => ({ value: w, label: WORK_TYPE_LABELS[w] }));
const PERIOD_OPTIONS = SALARY_PERIODS.map((p) => ({ value: p, label: SALARY_PERIOD_LABELS[p].option }));
const STATE_OPTIONS = [
  { value: "", label: "Choose…" },
  ...["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"].map((s) => ({ value: s, label: s })),
];

/**
 * One of a job ad's inputs, bound to the form around it. The agent's job form and a contact's
 * vacancy form ask for these the same way; each form lays them out and checks them itself.
 */
export interface JobFieldProps {
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  error?: string | undefined;
}

export function RoleTitleField(props: JobFieldProps & { "data-autofocus"?: boolean }) {
  return <TextInput label="Role title" name="title" required maxLength={200} placeholder="e.g. Barista" {...props} />;
}

export function WorkTypeField(props: JobFieldProps) {
  return <Select label="Work type" name="workType" options={WORK_TYPE_OPTIONS} {...props} />;
}

export function CityField(props: JobFieldProps) {
  return <TextInput label="City or suburb" name="city" autoComplete="address-level2" required {...props} />;
}

export function StateField(props: JobFieldProps) {
  return <Select label="State" name="state" options={STATE_OPTIONS} {...props} />;
}

export function PostcodeField(props: JobFieldProps) {
  return <TextInput label="Postcode" name="postcode" inputMode="numeric" autoComplete="postal-code" maxLength={10} {...props} />;
}

export function SalaryMinField(props: JobFieldProps) {
  return <TextInput label="Minimum ($)" name="min" inputMode="numeric" placeholder="65000" {...props} />;
}

export function SalaryMaxField(props: JobFieldProps) {
  return <TextInput label="Maximum ($)" name="max" inputMode="numeric" placeholder="72000" {...props} />;
}

export function SalaryPeriodField(props: JobFieldProps) {
  return <Select label="Period" name="period" options={PERIOD_OPTIONS} {...props} />;
}
