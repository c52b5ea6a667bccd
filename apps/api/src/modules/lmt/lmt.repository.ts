import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { clientConnections, jobs, lmtPlacementProofs, lmtPlacements, lmtSettings, organizations } from "../../db/schema/index.js";

export type LmtPlacementRow = typeof lmtPlacements.$inferSelect;
export type LmtSettingsRow = typeof lmtSettings.$inferSelect;
export type LmtJobRow = typeof jobs.$inferSelect;
export type LmtProofRow = typeof lmtPlacementProofs.$inferSelect;
export type LmtProofMeta = Omit<LmtProofRow, "bytes"> & { size: number };

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

  /** The job a placement belongs to (no scope: the caller authorizes through the job's report). */
  async jobIdOfPlacement(db: Executor, id: string): Promise<string | undefined> {
    const [row] = await db.select({ jobId: lmtPlacements.jobId }).from(lmtPlacements).where(eq(lmtPlacements.id, id)).limit(1);
    return row?.jobId;
  },

  /** One proof per placement: a new upload replaces the old one. */
  async saveProof(db: Executor, values: typeof lmtPlacementProofs.$inferInsert): Promise<void> {
    const { placementId: _placementId, ...changes } = values;
    await db
      .insert(lmtPlacementProofs)
      .values(values)
      .onConflictDoUpdate({ target: lmtPlacementProofs.placementId, set: changes });
  },

  /** The job's proofs without their bytes (the report shows their names and sizes). */
  async proofsOfJob(db: Executor, jobId: string): Promise<LmtProofMeta[]> {
    return db
      .select({
        placementId: lmtPlacementProofs.placementId,
        filename: lmtPlacementProofs.filename,
        contentType: lmtPlacementProofs.contentType,
        uploadedAt: lmtPlacementProofs.uploadedAt,
        size: sql<number>`octet_length(${lmtPlacementProofs.bytes})::int`,
      })
      .from(lmtPlacementProofs)
      .innerJoin(lmtPlacements, eq(lmtPlacements.id, lmtPlacementProofs.placementId))
      .where(eq(lmtPlacements.jobId, jobId));
  },

  async proof(db: Executor, placementId: string): Promise<LmtProofRow | undefined> {
    const [row] = await db.select().from(lmtPlacementProofs).where(eq(lmtPlacementProofs.placementId, placementId)).limit(1);
    return row;
  },
};
