import { NATIONAL_BOARD, badInput, checkPortalSettings, normalizeSlug, type PortalSettings } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import { decodeCursor, pageSize, toPage } from "../../lib/cursor.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import { uniqueViolation } from "../../db/unique-violation.js";
import {
  portalRepository as repo,
  searchTokens,
  searchesPrefixes,
  type PortalRow,
  type PublicJobRow,
} from "./portal.repository.js";

/** totalCount counts no further than this; the board shows "1000+" when it reaches it. */
export const TOTAL_COUNT_CAP = 1000;
/**
 * Past this many matches by the planner's estimate, totalCount is TOTAL_COUNT_CAP without counting:
 * counting a thousand matches of a common word costs more than the page itself. The margin keeps a
 * planner that overestimates five-fold from turning a few hundred into "1000+".
 */
export const COUNT_ESTIMATE_TRUSTED = 5 * TOTAL_COUNT_CAP;

/**
 * A search's totalCount, counting no further than TOTAL_COUNT_CAP. The last word is also a prefix
 * ("chef gri" finds "grill"), and a prefix makes the GIN index gather all of its matches before
 * anything can stop (70 ms for "chef" in Perth over a million ads); the same search with whole
 * words finds a subset of those matches through the index's cheap intersection (12 ms). When that
 * subset already reaches the cap, so does the search, and the prefix is never counted.
 */
export async function countMatches<F extends { words: readonly string[]; place: readonly string[]; prefix?: boolean }>(
  filter: F,
  estimate: (filter: F) => Promise<number>,
  count: (filter: F, cap: number) => Promise<number>,
): Promise<number> {
  if ((await estimate(filter)) >= COUNT_ESTIMATE_TRUSTED) return TOTAL_COUNT_CAP;
  if (searchesPrefixes(filter) && (await count({ ...filter, prefix: false }, TOTAL_COUNT_CAP)) >= TOTAL_COUNT_CAP)
    return TOTAL_COUNT_CAP;
  return count(filter, TOTAL_COUNT_CAP);
}
export const RSS_ITEMS = 50;
/** Words (and place words) past these are ignored. */
const MAX_SEARCH_WORDS = 6;
const MAX_PLACE_WORDS = 4;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export interface PortalSettingsInput extends PortalSettings {
  enabled: boolean;
}

/** Search box limits, shared by the agency boards and the national board. */
export function searchLimits(query: string | null, location: string | null): void {
  if ((query ?? "").length > 200) throw badInput({ query: "Search for up to 200 characters." });
  if ((location ?? "").length > 120) throw badInput({ location: "Use up to 120 characters for the location." });
}

/** A job as the public sees it, with the portal it was read through (for links). */
export type PublicJob = PublicJobRow & { portalSlug: string };

export interface PublicJobPage {
  nodes: PublicJob[];
  endCursor: string | null;
  hasNextPage: boolean;
  /** Counted only when asked for (a GraphQL field resolver calls it). */
  countTotal: () => Promise<number>;
}

/** The public never sees a salary the ad hides (it is still recorded, e.g. for the LMT threshold). */
export function asPublic(row: PublicJobRow, portalSlug: string): PublicJob {
  if (row.showSalary) return { ...row, portalSlug };
  // PublicJobRow's column types leave out their nullability; these columns are nullable.
  const hidden = { salaryMin: null, salaryMax: null, salaryPeriod: null, salaryCurrency: null } as unknown as Pick<
    PublicJobRow,
    "salaryMin" | "salaryMax" | "salaryPeriod" | "salaryCurrency"
  >;
  return { ...row, ...hidden, portalSlug };
}

/** Who read a job page and by which link (its tracking code), for counting views per channel. */
export interface PageVisit {
  source: string | null;
  clientAddress: string;
  userAgent: string;
}
export const NO_VISIT: PageVisit = { source: null, clientAddress: "", userAgent: "" };

/** Portal settings (service providers) and the public board (anyone). */
export class PortalService {
  private readonly viewListeners: ((jobId: string, visit: PageVisit & { onPortal: boolean }) => Promise<void>)[] = [];
  /** The national board's open-ad lookup (BoardService.openJob), wired in services.ts. */
  nationalJob: ((jobId: string) => Promise<PublicJob | null>) | null = null;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly audit: AuditService,
  ) {}

  /** The public board reads on its own connections (Database.boardDb). */
  private get board() {
    return this.deps.boardDb ?? this.deps.db;
  }

  /** Called with the job's id each time the public reads a job's page (portalJob). */
  onJobViewed(listener: (jobId: string, visit: PageVisit & { onPortal: boolean }) => Promise<void>): void {
    this.viewListeners.push(listener);
  }

  /** The portal of a service provider (a job's "portal owner"), enabled or not; for links in reports. */
  async portalOf(serviceProviderId: string): Promise<PortalRow | null> {
    return (await repo.byServiceProvider(this.deps.db, serviceProviderId)) ?? null;
  }

  async myPortal(viewer: Viewer | null): Promise<PortalRow | null> {
    assertCan(viewer, "portal.read");
    return (await repo.byServiceProvider(this.deps.db, viewer.organizationId)) ?? null;
  }

  /** A service provider's portal, enabled or not: where its client contacts sign in (R9). */
  async ofServiceProvider(serviceProviderId: string): Promise<PortalRow | null> {
    return (await repo.byServiceProvider(this.deps.db, serviceProviderId)) ?? null;
  }

  async savePortal(viewer: Viewer | null, input: PortalSettingsInput): Promise<PortalRow> {
    assertCan(viewer, "portal.manage");
    const fields = checkPortalSettings(input);
    if (Object.keys(fields).length > 0) throw badInput(fields);
    const optional = (v: string | null | undefined) => ((v ?? "").trim() === "" ? null : (v ?? "").trim());
    try {
      return await this.deps.db.transaction(async (tx) => {
        const row = await repo.upsert(tx, {
          serviceProviderId: viewer.organizationId,
          slug: normalizeSlug(input.slug),
          title: input.title.trim(),
          intro: optional(input.intro),
          primaryColor: input.primaryColor.trim().toLowerCase(),
          logoUrl: optional(input.logoUrl),
          enabled: input.enabled,
          updatedAt: this.deps.clock.now(),
        });
        await this.audit.record(tx, viewer, {
          organizationId: viewer.organizationId,
          action: "portal.saved",
          summary: `Saved the portal /p/${row.slug} (${row.enabled ? "enabled" : "disabled"})`,
        });
        return row;
      });
    } catch (e) {
      if (uniqueViolation(e) === "portals_slug_key")
        throw badInput({ slug: "Another portal uses this address; choose another." });
      throw e;
    }
  }

  /** The site's address, for absolute links (JSON-LD, RSS). */
  publicUrl(): string {
    return this.deps.config.publicUrl.replace(/\/$/, "");
  }

  /** Public: an enabled portal by slug; null for an unknown or disabled one. */
  async portal(slug: string): Promise<PortalRow | null> {
    const row = await repo.bySlug(this.board, normalizeSlug(slug));
    return row !== undefined && row.enabled ? row : null;
  }

  /** Public: the board, newest first, in keyset pages; an unknown or disabled portal shows nothing. */
  async portalJobs(
    slug: string,
    args: { query: string | null; location: string | null; first: number; after: string | null; countWanted?: boolean },
  ): Promise<PublicJobPage> {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const after = cursor === null ? null : { publishedAt: new Date(String(cursor[0])), id: String(cursor[1]) };
    if (after !== null && (Number.isNaN(after.publishedAt.getTime()) || !isUuid(after.id)))
      throw badInput({ after: "This cursor is not valid." });
    searchLimits(args.query, args.location);
    const portal = await this.portal(slug);
    if (portal === null) return { nodes: [], endCursor: null, hasNextPage: false, countTotal: async () => 0 };
    // Every word must match (stemmed: "chefs" finds "chef"), the last also as a prefix; the
    // location matches city, state or postcode words the same way. Punctuation separates words.
    const filter = {
      serviceProviderId: portal.serviceProviderId,
      now: this.deps.clock.now(),
      ...this.searchWords(args.query, args.location),
    };
    const count = () =>
      countMatches(
        filter,
        (f) => repo.boardCountEstimate(this.board, f),
        (f, cap) => repo.boardCount(this.board, f, cap),
      );
    // When the count is wanted it runs beside the page query (on another connection), so a search
    // waits for the slower of the two rather than for both.
    const counting = args.countWanted === true ? count() : null;
    counting?.catch(() => {}); // awaited below when needed; never an unhandled rejection
    const rows = await repo.board(this.board, { ...filter, after, limit: limit + 1 });
    const page = toPage(rows, limit, (r) => [r.publishedAt.toISOString(), r.id]);
    return {
      ...page,
      nodes: page.nodes.map((r) => asPublic(r, portal.slug)),
      countTotal: async () => {
        // A first page that is also the last one has counted already.
        if (after === null && !page.hasNextPage) return page.nodes.length;
        return counting ?? count();
      },
    };
  }

  /** The words of a search (stemmed, the last also a prefix) and of a place, as far as they count. */
  searchWords(query: string | null, location: string | null) {
    return {
      words: searchTokens(query).slice(0, MAX_SEARCH_WORDS),
      place: searchTokens(location).slice(0, MAX_PLACE_WORDS),
    };
  }

  /** Tells the view listeners the public read a job's page. */
  async viewed(jobId: string, visit: PageVisit & { onPortal: boolean }): Promise<void> {
    for (const listener of this.viewListeners) await listener(jobId, visit);
  }

  /** Public: one job of the board, or null when it is not (or no longer) on it. */
  async portalJob(slug: string, jobId: string, visit: PageVisit = NO_VISIT): Promise<PublicJob | null> {
    const found = await this.visibleJob(slug, jobId);
    if (found === null) return null;
    await this.viewed(found.job.id, { ...visit, onPortal: found.portal !== null });
    return found.job;
  }

  /**
   * The portal and the job, when the job is on that enabled portal right now; through the national
   * board's slug (NATIONAL_BOARD), any open ad, with no portal.
   */
  async visibleJob(slug: string, jobId: string): Promise<{ portal: PortalRow | null; job: PublicJob } | null> {
    if (!isUuid(jobId)) return null;
    if (normalizeSlug(slug) === NATIONAL_BOARD.slug) {
      const job = this.nationalJob === null ? null : await this.nationalJob(jobId);
      return job === null ? null : { portal: null, job };
    }
    const portal = await this.portal(slug);
    if (portal === null) return null;
    const job = await repo.boardJob(this.board, portal.serviceProviderId, this.deps.clock.now(), jobId);
    return job === undefined ? null : { portal, job: asPublic(job, portal.slug) };
  }

  /** Public: the latest jobs for the RSS feed; null for an unknown or disabled portal. */
  async feed(slug: string): Promise<{ portal: PortalRow; jobs: PublicJob[] } | null> {
    const portal = await this.portal(slug);
    if (portal === null) return null;
    const rows = await repo.board(this.board, {
      serviceProviderId: portal.serviceProviderId,
      now: this.deps.clock.now(),
      words: [],
      place: [],
      after: null,
      limit: RSS_ITEMS,
    });
    return { portal, jobs: rows.map((r) => asPublic(r, portal.slug)) };
  }
}
