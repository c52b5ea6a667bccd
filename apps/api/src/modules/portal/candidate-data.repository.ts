import { and, asc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import {
  applications,
  auditEvents,
  candidateDataRequests,
  jobs,
  organizations,
  outboxEmails,
  portals,
  uploads,
} from "../../db/schema/index.js";

export type CandidateDataRequestRow = typeof candidateDataRequests.$inferSelect;

/** R10: the rows a candidate's email reaches (their applications, CVs and mail) and the links they asked for. */
export const candidateDataRepository = {
  async hasApplications(db: Executor, email: string): Promise<boolean> {
    const [row] = await db
      .select({ id: applications.id })
      .from(applications)
      .where(and(eq(applications.candidateEmail, email), isNull(applications.erasedAt)))
      .limit(1);
    return row !== undefined;
  },

  /** Expired links go: each holds an address. */
  async deleteExpiredRequests(db: Executor, now: Date): Promise<void> {
    await db.delete(candidateDataRequests).where(lte(candidateDataRequests.expiresAt, now));
  },

  async insertRequest(db: Executor, values: typeof candidateDataRequests.$inferInsert): Promise<void> {
    await db.insert(candidateDataRequests).values(values);
  },

  /** A link that still works (unexpired; erasure deletes them all). Locked when `forUpdate`. */
  async usableRequest(db: Executor, tokenHash: string, kind: CandidateDataRequestRow["kind"], now: Date, forUpdate = false) {
    const query = db
      .select()
      .from(candidateDataRequests)
      .where(
        and(
          eq(candidateDataRequests.tokenHash, tokenHash),
          eq(candidateDataRequests.kind, kind),
          gt(candidateDataRequests.expiresAt, now),
        ),
      );
    const [row] = forUpdate ? await query.for("update") : await query;
    return row;
  },

  /** Everything an export holds, oldest application first, CV bytes included. */
  async exportRows(db: Executor, email: string) {
    return db
      .select({
        id: applications.id,
        submittedAt: applications.createdAt,
        candidateName: applications.candidateName,
        candidateEmail: applications.candidateEmail,
        phone: applications.phone,
        coverNote: applications.coverNote,
        source: applications.source,
        status: applications.status,
        consentAt: applications.consentAt,
        jobTitle: jobs.title,
        employerName: organizations.name,
        portalTitle: portals.title,
        cvFilename: uploads.filename,
        cvContentType: uploads.contentType,
        cvData: uploads.data,
      })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .innerJoin(organizations, eq(organizations.id, jobs.employerId))
      .leftJoin(portals, eq(portals.id, applications.portalId))
      .leftJoin(uploads, eq(uploads.id, applications.resumeUploadId))
      .where(and(eq(applications.candidateEmail, email), isNull(applications.erasedAt)))
      .orderBy(asc(applications.createdAt), asc(applications.id));
  },

  /** The candidate's applications, locked for erasure, with what the activity log may name. */
  async applicationsToErase(db: Executor, email: string) {
    return db
      .select({
        id: applications.id,
        candidateName: applications.candidateName,
        resumeUploadId: applications.resumeUploadId,
        employerId: jobs.employerId,
      })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(and(eq(applications.candidateEmail, email), isNull(applications.erasedAt)))
      .for("update", { of: applications });
  },

  async eraseApplication(db: Executor, id: string, values: Partial<typeof applications.$inferInsert>): Promise<void> {
    await db.update(applications).set(values).where(eq(applications.id, id));
  },

  async deleteUploads(db: Executor, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await db.delete(uploads).where(inArray(uploads.id, [...ids]));
  },

  /** Mail to the candidate (confirmations, these very links): it holds their name and address. */
  async deleteMailTo(db: Executor, email: string): Promise<void> {
    await db.delete(outboxEmails).where(sql`lower(${outboxEmails.to}) = ${email}`);
  },

  /** Every link the candidate asked for: each holds their address. */
  async deleteRequests(db: Executor, email: string): Promise<void> {
    await db.delete(candidateDataRequests).where(eq(candidateDataRequests.email, email));
  },

  /** The employers' activity log lines about applications that mention `candidateName`. */
  async applicationLogLines(db: Executor, employerIds: readonly string[], candidateName: string) {
    if (employerIds.length === 0) return [];
    return db
      .select({ id: auditEvents.id, summary: auditEvents.summary })
      .from(auditEvents)
      .where(
        and(
          inArray(auditEvents.organizationId, [...employerIds]),
          eq(auditEvents.action, "application.status"),
          sql`strpos(${auditEvents.summary}, ${candidateName}) > 0`,
        ),
      );
  },

  async setLogSummary(db: Executor, id: number, summary: string): Promise<void> {
    await db.update(auditEvents).set({ summary }).where(eq(auditEvents.id, id));
  },
};
