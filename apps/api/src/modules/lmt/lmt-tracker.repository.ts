import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { clientConnections, jobs, lmtPlacements, lmtSettings, organizations, portals } from "../../db/schema/index.js";
import type { LmtJobRow, LmtPlacementRow, LmtSettingsRow } from "./lmt.repository.js";

export interface TrackedJobRow {
  job: LmtJobRow;
  serviceProviderId: string;
  connectionId: string;
  clientName: string;
}

/**
 * The tracker's reads: every query covers all the ads at once, so the number of queries is the
 * same for 2 ads or 2,000. Ads are reached only through an ACTIVE connection, so a revoked
 * client's ads are never loaded.
 */
export const lmtTrackerRepository = {
  /** LMT ads of the ACTIVE clients of one service provider, or of every service provider (null: the scheduler). */
  async trackedJobs(db: Executor, serviceProviderId: string | null): Promise<TrackedJobRow[]> {
    return db
      .select({
        job: jobs,
        serviceProviderId: clientConnections.serviceProviderId,
        connectionId: clientConnections.id,
        clientName: organizations.name,
      })
      .from(clientConnections)
      .innerJoin(jobs, and(eq(jobs.employerId, clientConnections.clientId), eq(jobs.lmt, true)))
      .innerJoin(organizations, eq(organizations.id, jobs.employerId))
      .where(
        and(
          eq(clientConnections.status, "ACTIVE"),
          serviceProviderId === null ? undefined : eq(clientConnections.serviceProviderId, serviceProviderId),
        ),
      )
      .orderBy(asc(organizations.name), asc(jobs.createdAt), asc(jobs.id));
  },

  async settingsOf(db: Executor, jobIds: readonly string[]): Promise<LmtSettingsRow[]> {
    if (jobIds.length === 0) return [];
    return db
      .select()
      .from(lmtSettings)
      .where(inArray(lmtSettings.jobId, [...jobIds]));
  },

  async placementsOf(db: Executor, jobIds: readonly string[]): Promise<LmtPlacementRow[]> {
    if (jobIds.length === 0) return [];
    return db
      .select()
      .from(lmtPlacements)
      .where(inArray(lmtPlacements.jobId, [...jobIds]))
      .orderBy(asc(lmtPlacements.startsOn), asc(lmtPlacements.createdAt));
  },

  /** The portals the ads are advertised on (by their owner) and the names of the agencies that created them. */
  async portalsAndNames(
    db: Executor,
    ownerIds: readonly string[],
  ): Promise<{ portals: { ownerId: string; slug: string; title: string }[]; names: { id: string; name: string }[] }> {
    if (ownerIds.length === 0) return { portals: [], names: [] };
    const [portalRows, nameRows] = await Promise.all([
      db
        .select({ ownerId: portals.serviceProviderId, slug: portals.slug, title: portals.title })
        .from(portals)
        .where(inArray(portals.serviceProviderId, [...ownerIds])),
      db
        .select({ id: organizations.id, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, [...ownerIds])),
    ]);
    return { portals: portalRows, names: nameRows };
  },
};
