import { daysUntilWindowCloses, readyToLodge, rulesOn } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { ServiceDeps } from "../deps.js";
import type { JobRow } from "../jobs/jobs.repository.js";
import { lmtStandingOf } from "./lmt-standing.js";
import {
  filterTrackerRows,
  renderTrackerCsv,
  sortTrackerRows,
  trackerCsvPath,
  type LmtTrackerFilter,
  type LmtTrackerRow,
  type LmtTrackerSort,
} from "./lmt-tracker.js";
import { lmtTrackerRepository as repo } from "./lmt-tracker.repository.js";
import { channelsRepository } from "../channels/channels.repository.js";
import type { LmtPlacementRow, LmtSettingsRow } from "./lmt.repository.js";

export interface LmtTrackerView {
  rows: LmtTrackerRow[];
  /** Every ACTIVE client with LMT ads, for the client filter. */
  clients: { id: string; name: string }[];
  /** How many LMT ads there are before filtering. */
  total: number;
  csvUrl: string;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/**
 * The LMT tracker (issue 17): every LMT ad of every ACTIVE client in one list, read from the
 * agency's own account. Its rows come from the same standing the LMT report computes.
 */
export class LmtTrackerService {
  constructor(private readonly deps: ServiceDeps) {}

  async tracker(
    viewer: Viewer | null,
    filter: LmtTrackerFilter,
    sort: LmtTrackerSort = "CLIENT",
    descending = false,
  ): Promise<LmtTrackerView> {
    assertCan(viewer, "lmt.track");
    const all = await this.trackedAds(viewer.organizationId, this.deps.clock.now());
    const clients = [...new Map(all.map((r) => [r.clientId, { id: r.clientId, name: r.clientName }])).values()];
    return {
      rows: sortTrackerRows(filterTrackerRows(all, filter), sort, descending),
      clients: clients.sort((a, b) => a.name.localeCompare(b.name)),
      total: all.length,
      csvUrl: trackerCsvPath(filter, sort, descending),
    };
  }

  /** GET /lmt/tracker.csv: the rows the tracker shows for the same filter and order, in its words. */
  async trackerCsv(viewer: Viewer | null, filter: LmtTrackerFilter, sort: LmtTrackerSort, descending: boolean) {
    const view = await this.tracker(viewer, filter, sort, descending);
    const day = this.deps.clock.now().toISOString().slice(0, 10);
    return {
      filename: `lmt-tracker-${day}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: Buffer.from(`\uFEFF${renderTrackerCsv(view.rows)}`, "utf8"),
    };
  }

  /**
   * Every LMT ad of the ACTIVE clients of one service provider (or of all of them: null, for the
   * reminders), with its standing on `now`. A fixed number of queries, whatever the number of ads.
   */
  async trackedAds(serviceProviderId: string | null, now: Date): Promise<LmtTrackerRow[]> {
    const db = this.deps.db;
    const tracked = await repo.trackedJobs(db, serviceProviderId);
    if (tracked.length === 0) return [];
    const jobIds = [...new Set(tracked.map((t) => t.job.id))];
    const ownerIds = [
      ...new Set(tracked.flatMap((t) => [t.job.employerId, t.job.createdByServiceProviderId ?? t.job.employerId])),
    ];
    const [settings, placements, stays, { portals, names }] = await Promise.all([
      repo.settingsOf(db, jobIds),
      repo.placementsOf(db, jobIds),
      channelsRepository.staysOf(db, jobIds),
      repo.portalsAndNames(db, ownerIds),
    ]);
    const settingsOf = new Map<string, LmtSettingsRow>(settings.map((s) => [s.jobId, s]));
    const placementsOf: Map<string, LmtPlacementRow[]> = groupBy(placements, (p) => p.jobId);
    const staysOf = groupBy(stays, (s) => s.jobId);
    const portalOf = new Map(portals.map((p) => [p.ownerId, p]));
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    const publicUrl = this.deps.config.publicUrl.replace(/\/$/, "");
    return tracked.map(({ job, serviceProviderId: agencyId, connectionId, clientName }) =>
      this.rowOf(job as JobRow, {
        agencyId,
        connectionId,
        clientName,
        settings: settingsOf.get(job.id),
        recorded: placementsOf.get(job.id) ?? [],
        stays: staysOf.get(job.id) ?? [],
        portal: portalOf.get(job.createdByServiceProviderId ?? job.employerId) ?? null,
        names: nameOf,
        publicUrl,
        now,
      }),
    );
  }

  private rowOf(
    job: JobRow,
    input: {
      agencyId: string;
      connectionId: string;
      clientName: string;
      settings: LmtSettingsRow | undefined;
      recorded: LmtPlacementRow[];
      stays: Awaited<ReturnType<typeof channelsRepository.staysOf>>;
      portal: { slug: string; title: string } | null;
      names: Map<string, string>;
      publicUrl: string;
      now: Date;
    },
  ): LmtTrackerRow {
    const { now, portal } = input;
    const standing = lmtStandingOf({
      job,
      settings: input.settings,
      recorded: input.recorded,
      portalTitle: portal?.title ?? null,
      jobLink: portal === null ? null : `${input.publicUrl}/p/${portal.slug}/jobs/${job.id}`,
      names: input.names,
      stays: input.stays,
      origin: input.publicUrl,
      views: null,
      now,
      timeZone: this.deps.config.lmtTimeZone,
    });
    const { assessment, today, context } = standing;
    const rules = rulesOn(context.intendedLodgement ?? today);
    // A published ad past its closing moment is closed, whether or not the sweep got to it yet.
    const closed = job.status === "CLOSED" || (job.closesAt !== null && job.closesAt.getTime() <= now.getTime());
    const lodgement = {
      compliant: assessment.compliant,
      earliestLodgement: assessment.earliestLodgement,
      latestLodgement: assessment.latestLodgement,
    };
    return {
      jobId: job.id,
      connectionId: input.connectionId,
      clientId: job.employerId,
      clientName: input.clientName,
      serviceProviderId: input.agencyId,
      title: job.title,
      status: job.status === "DRAFT" ? "DRAFT" : closed ? "CLOSED" : "PUBLISHED",
      publishedAt: job.publishedAt,
      nationalPlacements: standing.placements
        .filter((p) => p.nationalReach)
        .map((p) => ({ board: p.board, days: p.days, startsOn: p.startsOn, endsOn: p.endsOn })),
      requiredDays: rules.minRunDays,
      failingChecks: assessment.checks.filter((c) => !c.passed),
      compliant: assessment.compliant,
      earliestLodgement: assessment.earliestLodgement,
      latestLodgement: assessment.latestLodgement,
      intendedLodgement: context.intendedLodgement,
      redundancyOn: context.redundancyOn,
      readyToLodge: readyToLodge(lodgement, today),
      windowClosesInDays: daysUntilWindowCloses(lodgement, today),
    };
  }
}
