import type { JobInput } from "../../gql/graphql";

/**
 * The form's input made safe to send for the live checks: numbers that are not whole yet count
 * as empty, and a duration being typed is sent as it stands (0 while empty) so RUN_LENGTH answers.
 */
export function lmtCheckInput(input: JobInput): JobInput {
  const whole = (n: number | null | undefined) => (n == null || !Number.isFinite(n) ? null : n);
  const days = Number.isFinite(input.durationDays) ? Math.max(0, Math.min(365, Math.trunc(input.durationDays ?? 0))) : 0;
  const min = whole(input.salary?.min);
  const max = whole(input.salary?.max);
  return {
    ...input,
    title: input.title.slice(0, 200),
    salary: input.salary == null || (min === null && max === null) ? null : { ...input.salary, min, max },
    durationDays: days,
  };
}
