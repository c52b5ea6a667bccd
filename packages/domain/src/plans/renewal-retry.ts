/**
 * R5 renewals that fail: a declined renewal is tried again on this schedule (days after the
 * period's end) before the subscription ends. Meanwhile the subscription stays ACTIVE but grants
 * nothing: the last period's credits expired at its end.
 */
export const RENEWAL_RETRY_DAYS = [1, 3, 7] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When to try again after `declinedAttempts` declines of the renewal due at `periodEnd`; null when
 * that was the last try and the subscription ends.
 */
export function renewalRetryAt(periodEnd: Date, declinedAttempts: number): Date | null {
  if (!Number.isInteger(declinedAttempts) || declinedAttempts < 1)
    throw new RangeError(`Not a count of declines: ${declinedAttempts}`);
  const days = RENEWAL_RETRY_DAYS[declinedAttempts - 1];
  return days === undefined ? null : new Date(periodEnd.getTime() + days * DAY_MS);
}

/** The idempotency key of one attempt at renewing a period: the first keeps the original form. */
export function renewalAttemptKey(prefix: string, subscriptionId: string, periodStart: Date, attempt: number): string {
  const base = `${prefix}${subscriptionId}:${periodStart.toISOString()}`;
  return attempt === 0 ? base : `${base}:retry-${attempt}`;
}
