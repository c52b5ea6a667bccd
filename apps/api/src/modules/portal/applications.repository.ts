import { and, count, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { applications, jobs, uploads } from "../../db/schema/index.js";

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationStatus = ApplicationRow["status"];
export type UploadMeta = Omit<typeof uploads.$inferSelect, "data">;

const uploadMeta = {
  id: uploads.id,
  filename: uploads.filename,
  contentType: uploads.contentType,
  size: uploads.size,
  uploaderAddress: uploads.uploaderAddress,
  createdAt: uploads.createdAt,
  attachedAt: uploads.attachedAt,
};

/**
 * Who may see an application is decided by its job: the job's employer is the viewer's current
 * organization (an employer's members, or a service provider while accessing that employer, R7).
 * Rows outside the scope are never loaded.
 */
function inEmployer(employerId: string) {
  return sql`${applications.jobId} IN (SELECT ${jobs.id} FROM ${jobs} WHERE ${jobs.employerId} = ${employerId})`;
}

export const applicationsRepository = {
  async insertUpload(db: Executor, values: typeof uploads.$inferInsert): Promise<UploadMeta> {
    const [row] = await db.insert(uploads).values(values).returning(uploadMeta);
    return row!;
  },

  /** Marks an upload as used; undefined when it does not exist or another application took it. */
  async attachUpload(db: Executor, id: string, at: Date): Promise<UploadMeta | undefined> {
    const [row] = await db
      .update(uploads)
      .set({ attachedAt: at })
      .where(and(eq(uploads.id, id), isNull(uploads.attachedAt)))
      .returning(uploadMeta);
    return row;
  },

  async sweepUploads(db: Executor, createdBefore: Date): Promise<number> {
    const rows = await db
      .delete(uploads)
      .where(and(isNull(uploads.attachedAt), lt(uploads.createdAt, createdBefore)))
      .returning({ id: uploads.id });
    return rows.length;
  },

  async insert(db: Executor, values: typeof applications.$inferInsert): Promise<ApplicationRow> {
    const [row] = await db.insert(applications).values(values).returning();
    return row!;
  },

  /** The job, when it belongs to the employer (the scope every read here starts from). */
  async jobOfEmployer(db: Executor, jobId: string, employerId: string): Promise<{ id: string; title: string } | undefined> {
    const [row] = await db
      .select({ id: jobs.id, title: jobs.title })
      .from(jobs)
      .where(and(eq(jobs.id, jobId), eq(jobs.employerId, employerId)))
      .limit(1);
    return row;
  },

  async forJob(db: Executor, jobId: string, status: ApplicationStatus | null): Promise<ApplicationRow[]> {
    return db
      .select()
      .from(applications)
      .where(and(eq(applications.jobId, jobId), status === null ? undefined : eq(applications.status, status)))
      .orderBy(desc(applications.createdAt), desc(applications.id));
  },

  async byIdForEmployer(db: Executor, id: string, employerId: string, lock = false) {
    const query = db
      .select({ application: applications, jobTitle: jobs.title, employerId: jobs.employerId })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(eq(applications.id, id), eq(jobs.employerId, employerId)))
      .limit(1);
    const [row] = lock ? await query.for("update", { of: applications }) : await query;
    return row;
  },

  async update(db: Executor, id: string, values: Partial<typeof applications.$inferInsert>): Promise<ApplicationRow> {
    const [row] = await db.update(applications).set(values).where(eq(applications.id, id)).returning();
    return row!;
  },

  /** The CV of an application in the employer's scope, bytes included. */
  async resumeForEmployer(db: Executor, applicationId: string, employerId: string) {
    const [row] = await db
      .select({ filename: uploads.filename, contentType: uploads.contentType, size: uploads.size, data: uploads.data })
      .from(applications)
      .innerJoin(uploads, eq(uploads.id, applications.resumeUploadId))
      .where(and(eq(applications.id, applicationId), inEmployer(employerId)))
      .limit(1);
    return row;
  },

  async countsFor(db: Executor, jobIds: readonly string[]): Promise<{ jobId: string; n: number }[]> {
    if (jobIds.length === 0) return [];
    return db
      .select({ jobId: applications.jobId, n: count() })
      .from(applications)
      .where(inArray(applications.jobId, [...jobIds]))
      .groupBy(applications.jobId);
  },
};
