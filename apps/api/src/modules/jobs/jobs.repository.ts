import { and, count, desc, eq, getTableColumns, inArray, lte, or, lt, sql } from "drizzle-orm";
import { preparedPerDatabase, rowFromRecord, type Executor } from "../../db/client.js";
import { uniqueViolation } from "../../db/unique-violation.js";
import { jobRevisions, jobs } from "../../db/schema/index.js";

/** Every column but the search vector, which only the database reads (portal search). */
const { search: _search, ...jobColumns } = getTableColumns(jobs);
export type JobRow = Omit<typeof jobs.$inferSelect, "search">;
export type JobValues = Omit<typeof jobs.$inferInsert, "id" | "employerId" | "status" | "createdAt" | "updatedAt">;
export type JobRevisionRow = typeof jobRevisions.$inferSelect;
export type JobStatus = JobRow["status"];

/** KEY_USED: another job of the employer was published with the same idempotency key meanwhile. */
export type PublishOutcome = "PUBLISHED" | "NOT_DRAFT" | "NOT_FOUND" | "CHECK" | "NO_CREDITS" | "KEY_USED";
export type PaymentSourceValue = NonNullable<JobRow["paidBy"]>;

export interface PublishAttempt {
  jobId: string;
  employerId: string;
  /** Whose credits to try, first to last (R1, decided in packages/domain). */
  payers: { org: string; source: PaymentSourceValue; sharing: boolean; summary: string }[];
  /** A card charge already made, used only when no payer has a credit. */
  card: { reference: string; amountCents: number; summary: string; invoice: Record<string, unknown> } | null;
  actorUserId: string;
  actingServiceProviderId: string | null;
  idempotencyKey: string | null;
  at: Date;
  /** For LMT ads: the updated_at (as the database wrote it) of the version the service checked. */
  checkedUpdatedAt: string | null;
}

/** Prepared: every publish runs it, and its parse and plan would otherwise be paid on each call. */
const publishJobQuery = preparedPerDatabase((db) =>
  db
    .select({
      outcome: sql<PublishOutcome>`out_outcome`,
      source: sql<PaymentSourceValue | null>`out_source`,
      job: sql<Record<string, unknown> | string | null>`out_job`,
    })
    .from(
      sql`publish_job(
        ${sql.placeholder("jobId")}::uuid, ${sql.placeholder("employerId")}::uuid, ${sql.placeholder("payers")}::json,
        ${sql.placeholder("card")}::json, ${sql.placeholder("actorUserId")}::uuid, ${sql.placeholder("actingServiceProviderId")}::uuid,
        ${sql.placeholder("idempotencyKey")}::text, ${sql.placeholder("at")}::timestamptz, ${sql.placeholder("checkedUpdatedAt")}::text)`,
    )
    .prepare("publish_job"),
);

export const jobsRepository = {
  /** The whole publish in one statement: see publish_job in db/functions.ts. */
  async publish(
    db: Executor,
    a: PublishAttempt,
  ): Promise<{ outcome: PublishOutcome; source: PaymentSourceValue | null; job: JobRow | null; jobUpdatedAt: string | null }> {
    let rows;
    try {
      rows = await publishJobQuery(db).execute({
        jobId: a.jobId,
        employerId: a.employerId,
        payers: JSON.stringify(a.payers),
        card: a.card === null ? null : JSON.stringify(a.card),
        actorUserId: a.actorUserId,
        actingServiceProviderId: a.actingServiceProviderId,
        idempotencyKey: a.idempotencyKey,
        at: a.at.toISOString(),
        checkedUpdatedAt: a.checkedUpdatedAt,
      });
    } catch (e) {
      if (uniqueViolation(e) === "jobs_publish_idempotency_key")
        return { outcome: "KEY_USED", source: null, job: null, jobUpdatedAt: null };
      throw e;
    }
    const [row] = rows;
    if (!row) throw new Error("publish_job returned nothing");
    const record = typeof row.job === "string" ? (JSON.parse(row.job) as Record<string, unknown>) : row.job;
    return {
      outcome: row.outcome,
      source: row.source,
      job: record === null ? null : rowFromRecord(jobs, record),
      jobUpdatedAt: record === null ? null : String(record.updated_at),
    };
  },

  async insert(db: Executor, values: typeof jobs.$inferInsert): Promise<JobRow> {
    const [row] = await db.insert(jobs).values(values).returning(jobColumns);
    return row!;
  },

  /** Only the employer's own rows are ever loaded: a job of another employer is simply not found. */
  async byIdForEmployer(db: Executor, id: string, employerId: string): Promise<JobRow | undefined> {
    const [row] = await db
      .select(jobColumns)
      .from(jobs)
      .where(and(eq(jobs.id, id), eq(jobs.employerId, employerId)))
      .limit(1);
    return row;
  },

  async byIds(db: Executor, ids: readonly string[]): Promise<JobRow[]> {
    if (ids.length === 0) return [];
    return db
      .select(jobColumns)
      .from(jobs)
      .where(inArray(jobs.id, [...ids]));
  },

  /** Locks the row for the rest of the transaction. */
  async lockForEmployer(db: Executor, id: string, employerId: string): Promise<JobRow | undefined> {
    const [row] = await db
      .select(jobColumns)
      .from(jobs)
      .where(and(eq(jobs.id, id), eq(jobs.employerId, employerId)))
      .for("update")
      .limit(1);
    return row;
  },

  async update(db: Executor, id: string, values: Partial<typeof jobs.$inferInsert>): Promise<JobRow> {
    const [row] = await db.update(jobs).set(values).where(eq(jobs.id, id)).returning(jobColumns);
    return row!;
  },

  async deleteDraft(db: Executor, id: string, employerId: string): Promise<boolean> {
    const rows = await db
      .delete(jobs)
      .where(and(eq(jobs.id, id), eq(jobs.employerId, employerId), eq(jobs.status, "DRAFT")))
      .returning({ id: jobs.id });
    return rows.length > 0;
  },

  /** Published jobs whose run has ended close themselves. */
  async closeExpired(db: Executor, now: Date, employerId?: string): Promise<number> {
    const rows = await db
      .update(jobs)
      .set({ status: "CLOSED", updatedAt: now })
      .where(
        and(
          eq(jobs.status, "PUBLISHED"),
          lte(jobs.closesAt, now),
          employerId === undefined ? undefined : eq(jobs.employerId, employerId),
        ),
      )
      .returning({ id: jobs.id });
    return rows.length;
  },

  async page(
    db: Executor,
    employerId: string,
    status: JobStatus | null,
    limit: number,
    after: { createdAt: Date; id: string } | null,
  ) {
    return db
      .select(jobColumns)
      .from(jobs)
      .where(
        and(
          eq(jobs.employerId, employerId),
          status === null ? undefined : eq(jobs.status, status),
          after === null
            ? undefined
            : or(lt(jobs.createdAt, after.createdAt), and(eq(jobs.createdAt, after.createdAt), lt(jobs.id, after.id))),
        ),
      )
      .orderBy(desc(jobs.createdAt), desc(jobs.id))
      .limit(limit);
  },

  async countFor(db: Executor, employerId: string, status: JobStatus | null): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(jobs)
      .where(and(eq(jobs.employerId, employerId), status === null ? undefined : eq(jobs.status, status)));
    return row?.n ?? 0;
  },

  async nextRevisionNumber(db: Executor, jobId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`COALESCE(MAX(${jobRevisions.number}), 0)::int` })
      .from(jobRevisions)
      .where(eq(jobRevisions.jobId, jobId));
    return (row?.n ?? 0) + 1;
  },

  async insertRevision(db: Executor, values: typeof jobRevisions.$inferInsert): Promise<void> {
    await db.insert(jobRevisions).values(values);
  },

  async revisionsFor(db: Executor, jobIds: readonly string[]): Promise<JobRevisionRow[]> {
    if (jobIds.length === 0) return [];
    return db
      .select()
      .from(jobRevisions)
      .where(inArray(jobRevisions.jobId, [...jobIds]))
      .orderBy(jobRevisions.jobId, jobRevisions.number);
  },

  /** The job an employer's publish idempotency key was first used for, if any. */
  async jobIdForPublishKey(db: Executor, employerId: string, idempotencyKey: string): Promise<string | undefined> {
    const [row] = await db
      .select({ jobId: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.employerId, employerId), eq(jobs.publishIdempotencyKey, idempotencyKey)))
      .limit(1);
    return row?.jobId;
  },
};
