import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { rowFromRecord, rowsOf, type Executor } from "../db/client.js";
import { queueJobs } from "../db/schema/index.js";

export type QueueJobRow = typeof queueJobs.$inferSelect;
export type QueueJobState = "queued" | "running" | "failed" | "dead" | "done";
export const QUEUE_JOB_STATES: readonly QueueJobState[] = ["queued", "running", "failed", "dead", "done"];

export interface NewQueueJob {
  name: string;
  payload: unknown;
  runAt: Date;
  maxAttempts: number;
  key: string | null;
  createdAt: Date;
}

/** Queries only: what a claim, a completion or a retry means is decided in queue.ts. */
export const queueRepository = {
  /** A job with a key that exists already is not added again (a schedule's slot, a caller's idempotency key). */
  async insert(db: Executor, job: NewQueueJob): Promise<number | null> {
    const rows = await db
      .insert(queueJobs)
      .values({ ...job, payload: job.payload ?? {} })
      .onConflictDoNothing({ target: queueJobs.key })
      .returning({ id: queueJobs.id });
    return rows[0]?.id ?? null;
  },

  /**
   * Claims up to `limit` jobs this worker has handlers for: due ones, and running ones whose lease
   * ran out (their process stopped). SKIP LOCKED: workers claiming at once each get other rows.
   */
  async claim(db: Executor, args: { names: readonly string[]; worker: string; now: Date; leaseUntil: Date; limit: number }) {
    if (args.names.length === 0 || args.limit < 1) return [];
    const result = await db.execute(sql`
      UPDATE queue_jobs q
      SET state = 'running', attempts = q.attempts + 1, locked_by = ${args.worker},
          locked_until = ${args.leaseUntil.toISOString()}::timestamptz, started_at = ${args.now.toISOString()}::timestamptz
      FROM (
        SELECT id FROM queue_jobs
        WHERE name IN ${args.names}
          AND ((state IN ('queued', 'failed') AND run_at <= ${args.now.toISOString()}::timestamptz)
            OR (state = 'running' AND locked_until <= ${args.now.toISOString()}::timestamptz))
        ORDER BY run_at, id
        LIMIT ${args.limit}
        FOR UPDATE SKIP LOCKED
      ) due
      WHERE q.id = due.id
      RETURNING q.*`);
    return rowsOf<Record<string, unknown>>(result).map((r) => rowFromRecord(queueJobs, r));
  },

  /** The lease of jobs this worker still runs moves on; returns the ids it still holds. */
  async extendLease(db: Executor, worker: string, ids: readonly number[], until: Date): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await db
      .update(queueJobs)
      .set({ lockedUntil: until })
      .where(and(inArray(queueJobs.id, [...ids]), eq(queueJobs.state, "running"), eq(queueJobs.lockedBy, worker)))
      .returning({ id: queueJobs.id });
    return rows.map((r) => r.id);
  },

  /**
   * Ends one claimed attempt. Matching on the attempt makes it a fence: a worker whose lease ran
   * out and whose job another worker claimed since cannot overwrite that worker's outcome.
   */
  async finish(
    db: Executor,
    claimed: { id: number; attempts: number },
    outcome: { state: QueueJobState; at: Date; runAt?: Date; error?: string | null },
  ): Promise<boolean> {
    const rows = await db
      .update(queueJobs)
      .set({
        // locked_by stays: it names the worker that ran the last attempt.
        state: outcome.state,
        lockedUntil: null,
        ...(outcome.state === "done" || outcome.state === "dead" ? { finishedAt: outcome.at } : {}),
        ...(outcome.runAt ? { runAt: outcome.runAt } : {}),
        ...(outcome.error !== undefined ? { lastError: outcome.error } : {}),
      })
      .where(and(eq(queueJobs.id, claimed.id), eq(queueJobs.state, "running"), eq(queueJobs.attempts, claimed.attempts)))
      .returning({ id: queueJobs.id });
    return rows.length > 0;
  },

  /** A dead (or waiting) job starts over with all its attempts, due now. */
  async retry(db: Executor, id: number, now: Date): Promise<QueueJobRow | undefined> {
    const [row] = await db
      .update(queueJobs)
      .set({ state: "queued", attempts: 0, runAt: now, finishedAt: null })
      .where(and(eq(queueJobs.id, id), inArray(queueJobs.state, ["dead", "failed"])))
      .returning();
    return row;
  },

  async retryDead(db: Executor, name: string | null, now: Date): Promise<number> {
    const rows = await db
      .update(queueJobs)
      .set({ state: "queued", attempts: 0, runAt: now, finishedAt: null })
      .where(and(eq(queueJobs.state, "dead"), name === null ? undefined : eq(queueJobs.name, name)))
      .returning({ id: queueJobs.id });
    return rows.length;
  },

  async byId(db: Executor, id: number): Promise<QueueJobRow | undefined> {
    const [row] = await db.select().from(queueJobs).where(eq(queueJobs.id, id));
    return row;
  },

  async list(db: Executor, args: { states: readonly QueueJobState[]; name: string | null; limit: number }) {
    return db
      .select()
      .from(queueJobs)
      .where(and(inArray(queueJobs.state, [...args.states]), args.name === null ? undefined : eq(queueJobs.name, args.name)))
      .orderBy(desc(queueJobs.id))
      .limit(args.limit);
  },

  /** Per state: how many, and when the oldest became due (for depth and age). */
  async stats(db: Executor): Promise<{ state: QueueJobState; count: number; oldestRunAt: Date | null }[]> {
    const result = await db.execute(sql`
      SELECT state, count(*)::int AS count, min(run_at) AS oldest FROM queue_jobs
      WHERE state <> 'done' GROUP BY state`);
    return rowsOf<{ state: QueueJobState; count: number; oldest: string | Date | null }>(result).map((r) => ({
      state: r.state,
      count: Number(r.count),
      oldestRunAt: r.oldest === null ? null : new Date(r.oldest),
    }));
  },

  /** Finished jobs are kept a while to be looked at, then deleted; dead letters stay until retried. */
  async deleteDoneBefore(db: Executor, before: Date): Promise<number> {
    const rows = await db
      .delete(queueJobs)
      .where(and(eq(queueJobs.state, "done"), lt(queueJobs.finishedAt, before)))
      .returning({ id: queueJobs.id });
    return rows.length;
  },
};
