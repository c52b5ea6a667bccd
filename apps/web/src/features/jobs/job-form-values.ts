import type { JobDetail_JobFragment, JobInput, SalaryPeriod, WorkType } from "../../gql/graphql";
import type { JobAdContent } from "./components/JobAdPreview";

/** LMT ads must run at least this many days (R8). */
export const LMT_MIN_DAYS = 28;
export const DEFAULT_DURATION_DAYS = 30;

/** The form's fields, named as the API names them (its field errors land beside the right input). */
export interface JobFormValues {
  title: string;
  workType: WorkType;
  min: string;
  max: string;
  period: SalaryPeriod;
  city: string;
  state: string;
  postcode: string;
  country: string;
  requirements: string;
  description: string;
  occupationCode: string;
  lmt: boolean;
  /** Whether the public ad shows the salary (it is recorded either way). */
  showSalary: boolean;
  durationDays: string;
}

export type JobFormField = Exclude<keyof JobFormValues, "lmt" | "showSalary">;
export const JOB_FORM_FIELDS = [
  "title",
  "workType",
  "min",
  "max",
  "period",
  "city",
  "state",
  "postcode",
  "country",
  "requirements",
  "description",
  "occupationCode",
  "durationDays",
] as const satisfies readonly JobFormField[];

export type JobFormErrors = Partial<Record<JobFormField, string>>;

export function emptyJobForm(): JobFormValues {
  return {
    title: "",
    workType: "FULL_TIME",
    min: "",
    max: "",
    period: "YEAR",
    city: "",
    state: "",
    postcode: "",
    country: "AU",
    requirements: "",
    description: "",
    occupationCode: "",
    lmt: false,
    showSalary: true,
    durationDays: String(DEFAULT_DURATION_DAYS),
  };
}

export function jobFormFrom(job: JobDetail_JobFragment): JobFormValues {
  return {
    title: job.title,
    workType: job.workType,
    min: job.salary?.min == null ? "" : String(job.salary.min),
    max: job.salary?.max == null ? "" : String(job.salary.max),
    period: job.salary?.period ?? "YEAR",
    city: job.location.city,
    state: job.location.state ?? "",
    postcode: job.location.postcode ?? "",
    country: job.location.country,
    requirements: job.requirements ?? "",
    description: job.description,
    occupationCode: job.occupationCode ?? "",
    lmt: job.lmt,
    showSalary: job.showSalary,
    durationDays: String(job.durationDays),
  };
}

const WHOLE = /^\d+$/;
const dollars = (text: string): number | null =>
  text.trim() === "" ? null : WHOLE.test(text.trim()) ? Number(text.trim()) : NaN;
const optional = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** The checks the API makes too, made first so the form answers at once. */
export function checkJobForm(v: JobFormValues): JobFormErrors {
  const errors: JobFormErrors = {};
  if (v.title.trim() === "") errors.title = "Enter the role's title.";
  if (v.description.trim() === "") errors.description = "Describe the role.";
  if (v.city.trim() === "") errors.city = "Enter the city or suburb.";
  if (v.postcode.trim() !== "" && !/^\d{4}$/.test(v.postcode.trim()) && v.country.trim().toUpperCase() === "AU")
    errors.postcode = "Use 4 digits.";
  const min = dollars(v.min);
  const max = dollars(v.max);
  if (Number.isNaN(min)) errors.min = "Whole dollars only, e.g. 65000.";
  if (Number.isNaN(max)) errors.max = "Whole dollars only, e.g. 72000.";
  if (min !== null && max !== null && !Number.isNaN(min) && !Number.isNaN(max) && min > max)
    errors.max = "The maximum must be at least the minimum.";
  const days = WHOLE.test(v.durationDays.trim()) ? Number(v.durationDays.trim()) : NaN;
  if (!Number.isInteger(days) || days < 1 || days > 365) errors.durationDays = "Run the ad for 1 to 365 days.";
  else if (v.lmt && days < LMT_MIN_DAYS)
    errors.durationDays = `A Labour Market Testing ad must run for at least ${LMT_MIN_DAYS} days.`;
  return errors;
}

export function toJobInput(v: JobFormValues): JobInput {
  const min = dollars(v.min);
  const max = dollars(v.max);
  return {
    title: v.title.trim(),
    workType: v.workType,
    salary: min === null && max === null ? null : { min, max, period: v.period, currency: "AUD" },
    location: {
      city: v.city.trim(),
      state: optional(v.state),
      postcode: optional(v.postcode),
      country: v.country.trim().toUpperCase() || "AU",
    },
    requirements: optional(v.requirements),
    description: v.description.trim(),
    occupationCode: optional(v.occupationCode),
    lmt: v.lmt,
    showSalary: v.showSalary,
    durationDays: Number(v.durationDays.trim()),
  };
}

/** The preview of an ad that is not saved yet. */
export function previewOf(v: JobFormValues, employerName: string): JobAdContent {
  const input = toJobInput(v);
  return {
    title: input.title,
    description: input.description,
    requirements: input.requirements ?? null,
    workType: input.workType,
    lmt: input.lmt ?? false,
    durationDays: input.durationDays ?? DEFAULT_DURATION_DAYS,
    occupationCode: input.occupationCode ?? null,
    location: {
      city: input.location.city,
      state: input.location.state ?? null,
      postcode: input.location.postcode ?? null,
      country: input.location.country ?? "AU",
    },
    // A salary the ad does not show is not in the preview either (candidates won't see it).
    salary:
      input.salary == null || !v.showSalary
        ? null
        : {
            min: input.salary.min ?? null,
            max: input.salary.max ?? null,
            period: input.salary.period,
            currency: input.salary.currency ?? "AUD",
          },
    employerName,
  };
}
