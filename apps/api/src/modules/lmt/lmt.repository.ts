import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { clientConnections, jobs, lmtPlacements, lmtSettings, organizations } from "../../db/schema/index.js";

export type LmtPlacementRow = typeof lmtPlacements.$inferSelect;
export type LmtSettingsRow = typeof lmtSettings.$inferSelect;
export type LmtJobRow = typeof jobs.$inferSelect;

/** LMT records of a job. Reads start from the job's employer (the scope), so another employer's rows are never loaded. */
export const lmtRepository = {
  async jobOfEmployer(db: Executor, jobId: string, employerId: string, lock = false): Promise<LmtJobRow | undefined> {
    const query = db
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, jobId), eq(jobs.employerId, employerId)))
      .limit(1);
    const [row] = lock ? await query.for("update") : await query;
    return row;
  },

  /** A job whose employer is an ACTIVE client of the service provider (the connection is re-read: R7). */
  async jobOfActiveClient(db: Executor, jobId: string, serviceProviderId: string): Promise<LmtJobRow | undefined> {
    const [row] = await db
      .select({ job: jobs })
      .from(jobs)
      .innerJoin(
        clientConnections,
        and(
          eq(clientConnections.clientId, jobs.employerId),
          eq(clientConnections.serviceProviderId, serviceProviderId),
          eq(clientConnections.status, "ACTIVE"),
        ),
      )
      .where(eq(jobs.id, jobId))
      .limit(1);
    return row?.job;
  },

  /** A placement with its job, when the job is the employer's. */
  async placementOfEmployer(
    db: Executor,
    id: string,
    employerId: string,
  ): Promise<{ placement: LmtPlacementRow; job: LmtJobRow } | undefined> {
    const [row] = await db
      .select({ placement: lmtPlacements, job: jobs })
      .from(lmtPlacements)
      .innerJoin(jobs, eq(jobs.id, lmtPlacements.jobId))
      .where(and(eq(lmtPlacements.id, id), eq(jobs.employerId, employerId)))
      .limit(1);
    return row;
  },

  async placements(db: Executor, jobId: string): Promise<LmtPlacementRow[]> {
    return db
      .select()
      .from(lmtPlacements)
      .where(eq(lmtPlacements.jobId, jobId))
      .orderBy(asc(lmtPlacements.startsOn), asc(lmtPlacements.createdAt));
  },

  async insertPlacement(db: Executor, values: typeof lmtPlacements.$inferInsert): Promise<LmtPlacementRow> {
    const [row] = await db.insert(lmtPlacements).values(values).returning();
    return row!;
  },

  async deletePlacement(db: Executor, id: string): Promise<void> {
    await db.delete(lmtPlacements).where(eq(lmtPlacements.id, id));
  },

  async settings(db: Executor, jobId: string): Promise<LmtSettingsRow | undefined> {
    const [row] = await db.select().from(lmtSettings).where(eq(lmtSettings.jobId, jobId)).limit(1);
    return row;
  },

  async saveSettings(db: Executor, values: typeof lmtSettings.$inferInsert): Promise<LmtSettingsRow> {
    const { jobId: _jobId, ...changes } = values;
    const [row] = await db
      .insert(lmtSettings)
      .values(values)
      .onConflictDoUpdate({ target: lmtSettings.jobId, set: changes })
      .returning();
    return row!;
  },

  async organizationNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(inArray(organizations.id, [...ids]));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
