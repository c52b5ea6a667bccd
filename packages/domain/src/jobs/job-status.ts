export type StoredJobStatus = "DRAFT" | "PUBLISHED" | "CLOSED";

/**
 * A job ad's status as of `now`: a published ad whose run has ended (closesAt has come) is
 * CLOSED even before the scheduled sweep writes it, so reads never have to write it.
 */
export function jobStatusAt<S extends string>(status: S, closesAt: Date | null, now: Date): S | "CLOSED" {
  if (status === "PUBLISHED" && closesAt !== null && closesAt.getTime() <= now.getTime()) return "CLOSED";
  return status;
}
