import { formatCents } from "@app/domain";
import type { JobStatus, PaymentSource, SalaryPeriod, WorkType } from "../../gql/graphql";
import type { BadgeTone } from "../../ui/Badge";

export type { JobStatus, PaymentSource, SalaryPeriod, WorkType };

export const WORK_TYPE_LABELS = {
  FULL_TIME: "Full time",
  PART_TIME: "Part time",
  CONTRACT: "Contract",
  CASUAL: "Casual",
  TEMPORARY: "Temporary",
} satisfies Record<WorkType, string>;

export const SALARY_PERIOD_LABELS = {
  HOUR: { option: "Per hour", short: "an hour" },
  DAY: { option: "Per day", short: "a day" },
  WEEK: { option: "Per week", short: "a week" },
  MONTH: { option: "Per month", short: "a month" },
  YEAR: { option: "Per year", short: "a year" },
} satisfies Record<SalaryPeriod, { option: string; short: string }>;

export const JOB_STATUS_LABELS = {
  DRAFT: { label: "Draft", tone: "neutral" },
  PUBLISHED: { label: "Published", tone: "success" },
  CLOSED: { label: "Closed", tone: "warning" },
} satisfies Record<JobStatus, { label: string; tone: BadgeTone }>;

/** Order of the work type select and of the salary period select. */
export const WORK_TYPES = Object.keys(WORK_TYPE_LABELS) as WorkType[];
export const SALARY_PERIODS: SalaryPeriod[] = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"];

/** Salaries are whole dollars: 65000 -> "$65,000". */
function dollars(amount: number, currency: string): string {
  return formatCents(amount * 100, currency);
}

export function formatSalary(
  salary: { min: number | null; max: number | null; period: SalaryPeriod; currency: string } | null,
): string | null {
  if (salary === null || (salary.min === null && salary.max === null)) return null;
  const per = SALARY_PERIOD_LABELS[salary.period].short;
  const { min, max, currency } = salary;
  if (min !== null && max !== null)
    return min === max ? `${dollars(min, currency)} ${per}` : `${dollars(min, currency)} – ${dollars(max, currency)} ${per}`;
  if (min !== null) return `From ${dollars(min, currency)} ${per}`;
  return `Up to ${dollars(max ?? 0, currency)} ${per}`;
}

export function formatLocation(location: {
  city: string;
  state: string | null;
  postcode: string | null;
  country: string;
}): string {
  const place = [location.city, [location.state, location.postcode].filter((p) => p !== null && p !== "").join(" ")]
    .filter((p) => p !== "")
    .join(", ");
  return location.country === "AU" || location.country === "" ? place : `${place}, ${location.country}`;
}

/** Who paid for a published ad, as a line of text. */
export function paidWithText(
  payment: { source: PaymentSource; amountCents: number | null; payer: { name: string } },
  currency = "AUD",
): string {
  switch (payment.source) {
    case "SERVICE_PROVIDER_CREDITS":
      return `Paid with ${payment.payer.name}'s shared credits`;
    case "OWN_CREDITS":
      return `Paid with ${payment.payer.name}'s own credits`;
    case "CARD":
      return payment.amountCents === null ? "Paid by card" : `Paid by card (${formatCents(payment.amountCents, currency)})`;
  }
}
