import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * The durable job queue (src/queue/): every piece of scheduled or retried work is a row here.
 * "Queue job" is not a job ad: the table is named so the two never meet in a query.
 *
 * state: queued (never tried) -> running (claimed, lease until locked_until) -> done, or failed
 * (waiting for its retry at run_at) -> ... -> dead (out of attempts: the dead letters, retried
 * by an operator). A running row whose lease ran out belongs to a process that stopped: it is
 * claimed again.
 */
export const queueJobs = pgTable(
  "queue_jobs",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    /** The handler's name, e.g. "mail.deliver" (src/queue/registry.ts). */
    name: text("name").notNull(),
    payload: jsonb("payload").notNull().default({}),
    state: text("state").notNull().default("queued"),
    runAt: ts("run_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    /** Unique when set: a schedule's slot ("every:<name>:<slot start>") or the caller's own key. */
    key: text("key"),
    lockedBy: text("locked_by"),
    lockedUntil: ts("locked_until"),
    lastError: text("last_error"),
    createdAt: ts("created_at").notNull(),
    startedAt: ts("started_at"),
    finishedAt: ts("finished_at"),
  },
  (t) => [
    uniqueIndex("queue_jobs_key").on(t.key),
    index("queue_jobs_due_idx")
      .on(t.runAt)
      .where(sql`state IN ('queued', 'failed')`),
    index("queue_jobs_lease_idx")
      .on(t.lockedUntil)
      .where(sql`state = 'running'`),
    index("queue_jobs_state_idx").on(t.state, t.id),
    check("queue_jobs_state_check", sql`state IN ('queued', 'running', 'failed', 'dead', 'done')`),
  ],
);
