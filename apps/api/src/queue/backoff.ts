/** The first retry waits this long; each further one twice as long as the last. */
export const RETRY_BASE_MS = 30_000;
/** No retry waits longer than this. */
export const RETRY_MAX_MS = 60 * 60_000;
/** Attempts a queue job gets before it lands in the dead letters (a failing mail: tried at 0, 30 s, 90 s). */
export const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * How long a job waits after its `attempt`-th failure (1-based): exponential, capped. No jitter:
 * jobs that failed together were due together, and SKIP LOCKED spreads them over the workers.
 */
export function retryDelayMs(attempt: number, baseMs = RETRY_BASE_MS, maxMs = RETRY_MAX_MS): number {
  if (attempt < 1) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30));
}

/** The start of the schedule slot `at` falls in: slots of `everyMs` from the epoch, moved by `offsetMs`. */
export function slotStart(at: Date, everyMs: number, offsetMs = 0): Date {
  const t = at.getTime() - offsetMs;
  return new Date(Math.floor(t / everyMs) * everyMs + offsetMs);
}
