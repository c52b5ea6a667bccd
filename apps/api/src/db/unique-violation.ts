/**
 * The unique index a failed insert or update ran into, or null for any other error. Both
 * drivers report SQLSTATE 23505 (postgres.js names the index constraint_name, PGlite constraint),
 * and drizzle wraps the driver's error as `cause`.
 */
export function uniqueViolation(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const e = current as { code?: unknown; constraint_name?: unknown; constraint?: unknown; cause?: unknown };
    if (e.code === "23505") {
      const name = e.constraint_name ?? e.constraint;
      return typeof name === "string" ? name : "";
    }
    current = e.cause;
  }
  return null;
}
