import { and, eq, gt, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { jobs, organizations, portals } from "../../db/schema/index.js";

export type PortalRow = typeof portals.$inferSelect;
export type PortalValues = Omit<typeof portals.$inferInsert, "id" | "createdAt">;

/**
 * The one visibility rule of the public board, as a query scope: a portal shows PUBLISHED jobs
 * still running whose "portal owner" is its service provider, i.e. jobs the provider created
 * inside a client's account, or jobs of the provider's own account (jobs.portal_owner_id, generated
 * as COALESCE(created_by_service_provider_id, employer_id); jobs_portal_feed_idx leads with it).
 * The status is a literal so the partial indexes (feed and search) apply under any plan.
 */
export function onPortal(serviceProviderId: string, now: Date): SQL {
  return and(sql`${jobs.status} = 'PUBLISHED'`, eq(jobs.portalOwnerId, serviceProviderId), gt(jobs.closesAt, now))!;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** The words of a search box: runs of letters and digits, so nothing a user types is tsquery (or SQL) syntax. */
export function searchTokens(text: string | null | undefined): string[] {
  return (text ?? "").toLowerCase().match(TOKEN) ?? [];
}

/**
 * `to_tsquery` text for tokens: every word restricted to `weight`, the last also as a prefix when
 * it has two letters or more ("chef gri" finds "grill"), e.g. `chef:B & gri:*B`. Only
 * searchTokens() output gets here, and anything else is dropped again, so the text holds no
 * operator a user typed.
 */
function allOf(tokens: readonly string[], weight: "A" | "B", prefix = true): string {
  const safe = tokens.filter((t) => /^[\p{L}\p{N}]+$/u.test(t));
  return safe.map((t, i) => (prefix && i === safe.length - 1 && isPrefix(t) ? `${t}:*${weight}` : `${t}:${weight}`)).join(" & ");
}

const isPrefix = (token: string) => token.length >= 2;

/** Whether a search has words or a place to match (jobs_search_idx's work), not only filters. */
export function searchesText(q: { words: readonly string[]; place: readonly string[] }): boolean {
  return q.words.length > 0 || q.place.length > 0;
}

/** Whether a search's last word (or place word) is also matched as a prefix. */
export function searchesPrefixes(q: { words: readonly string[]; place: readonly string[] }): boolean {
  return (
    q.words.some((t, i) => i === q.words.length - 1 && isPrefix(t)) ||
    q.place.some((t, i) => i === q.place.length - 1 && isPrefix(t))
  );
}

/**
 * Words in the ad (title, description, requirements: english stems at weight B of jobs.search)
 * and place words in city, state or postcode (unstemmed, 'simple', at weight A), as ONE tsquery on
 * the one vector, so jobs_search_idx intersects words and place itself. Each part is parsed with
 * its own configuration and the two are joined with `&&`. A query whose words are all stop words
 * ("the", "it") matches everything rather than nothing (`&&` with an empty query is the other
 * query); with the statement's values bound (postgres.js unnamed statements, PGlite) PostgreSQL
 * folds that test away before planning.
 */
export function searchFilter(words: readonly string[], place: readonly string[], prefix = true): SQL | undefined {
  const parts: SQL[] = [];
  const wordQuery = allOf(words, "B", prefix);
  const placeQuery = allOf(place, "A", prefix);
  if (wordQuery !== "") parts.push(sql`to_tsquery('english'::regconfig, ${wordQuery})`);
  if (placeQuery !== "") parts.push(sql`to_tsquery('simple'::regconfig, ${placeQuery})`);
  if (parts.length === 0) return undefined;
  const q = parts.length === 1 ? parts[0]! : sql`(${parts[0]!} && ${parts[1]!})`;
  return sql`(numnode(${q}) = 0 OR ${jobs.search} @@ ${q})`;
}

export type BoardFilter = Omit<BoardQuery, "after" | "limit">;

/** The jobs a board search matches, unordered (what the count counts). */
function matching(db: Executor, q: BoardFilter) {
  return db
    .select({ one: sql`1` })
    .from(jobs)
    .where(and(onPortal(q.serviceProviderId, q.now), searchFilter(q.words, q.place, q.prefix)));
}

/** Where a page starts: after this ad in newest-first order (published_at, id), or at the newest. */
export type PageAfter = { publishedAt: Date; id: string } | null;

export interface BoardQuery {
  serviceProviderId: string;
  now: Date;
  /** searchTokens() of the query and of the location. */
  words: readonly string[];
  place: readonly string[];
  /** False: the last words are matched whole only (a count's cheap first try, countMatches). */
  prefix?: boolean;
  after: PageAfter;
  limit: number;
  /** How many of the newest ads a search reads before it gathers (newestFirstPage; tests set it small). */
  walk?: number;
}

export const publicColumns = {
  id: jobs.id,
  title: jobs.title,
  description: jobs.description,
  requirements: jobs.requirements,
  workType: jobs.workType,
  city: jobs.city,
  state: jobs.state,
  postcode: jobs.postcode,
  country: jobs.country,
  salaryMin: jobs.salaryMin,
  salaryMax: jobs.salaryMax,
  salaryPeriod: jobs.salaryPeriod,
  salaryCurrency: jobs.salaryCurrency,
  showSalary: jobs.showSalary,
  publishedAt: jobs.publishedAt,
  closesAt: jobs.closesAt,
  employerName: organizations.name,
  updatedAt: jobs.updatedAt,
  createdByServiceProviderId: jobs.createdByServiceProviderId,
};

/** The agency that posted a job for its employer (one ad's page names it in the privacy notice). */
export const agencyNameColumn = sql<
  string | null
>`(SELECT a.name FROM organizations a WHERE a.id = ${jobs.createdByServiceProviderId})`;

export type PublicJobRow = Omit<{ [K in keyof typeof publicColumns]: (typeof publicColumns)[K]["_"]["data"] }, "publishedAt"> & {
  publishedAt: Date;
};

export const portalRepository = {
  async byServiceProvider(db: Executor, serviceProviderId: string): Promise<PortalRow | undefined> {
    const [row] = await db.select().from(portals).where(eq(portals.serviceProviderId, serviceProviderId)).limit(1);
    return row;
  },

  async bySlug(db: Executor, slug: string): Promise<PortalRow | undefined> {
    const [row] = await db.select().from(portals).where(eq(portals.slug, slug)).limit(1);
    return row;
  },

  /** One portal per service provider: the first save creates it, later ones change it. */
  async upsert(db: Executor, values: PortalValues): Promise<PortalRow> {
    const { serviceProviderId: _sp, ...changes } = values;
    const [row] = await db
      .insert(portals)
      .values(values)
      .onConflictDoUpdate({ target: portals.serviceProviderId, set: changes })
      .returning();
    return row!;
  },

  /** A page of the board, newest first; keyset on (published_at, id) (newestFirstPage, along jobs_portal_feed_idx). */
  async board(db: Executor, q: BoardQuery): Promise<PublicJobRow[]> {
    return newestFirstPage(db, {
      visible: onPortal(q.serviceProviderId, q.now),
      matches: searchFilter(q.words, q.place),
      searching: searchesText(q),
      after: q.after,
      limit: q.limit,
      walk: q.walk,
      smallBoard: true,
    });
  },

  /** How many jobs match, counting no further than `cap` (a count over a million rows is not cheap). */
  async boardCount(db: Executor, q: BoardFilter, cap: number): Promise<number> {
    const inner = matching(db, q).limit(cap).as("matching");
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(inner);
    return row?.n ?? 0;
  },

  /** The planner's estimate of how many jobs match (EXPLAIN: plans the count's query, runs nothing). */
  async boardCountEstimate(db: Executor, q: BoardFilter): Promise<number> {
    const result = await db.execute(sql`EXPLAIN (FORMAT JSON) ${matching(db, q)}`);
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as {
      "QUERY PLAN": unknown;
    }[];
    const raw = rows[0]?.["QUERY PLAN"];
    const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: { "Plan Rows": number } }[];
    return Number(plan[0]?.Plan["Plan Rows"] ?? 0);
  },

  async boardJob(db: Executor, serviceProviderId: string, now: Date, jobId: string): Promise<PublicJobRow | undefined> {
    const [row] = await db
      .select({ ...publicColumns, agencyName: agencyNameColumn })
      .from(jobs)
      .innerJoin(organizations, eq(organizations.id, jobs.employerId))
      .where(and(eq(jobs.id, jobId), onPortal(serviceProviderId, now)))
      .limit(1);
    return row as PublicJobRow | undefined;
  },
};

// How many of the newest ads a word or place search reads in order before it gathers every match
// instead. Reading runs ~1 µs an ad; gathering from the GIN index costs ~50 ms for a common prefix
// on a million ads, so a search whose page fills within this many ads is cheapest read.
const WALK_BUDGET = 15_000;

const newestFirst = [sql`${jobs.publishedAt} DESC NULLS LAST`, sql`${jobs.id} DESC NULLS LAST`];

function before(after: PageAfter): SQL | undefined {
  return after === null
    ? undefined
    : sql`(${jobs.publishedAt}, ${jobs.id}) < (${after.publishedAt.toISOString()}::timestamptz, ${after.id}::uuid)`;
}

export interface PageScope {
  /** The board's visibility rule (onPortal, onNationalBoard): its feed index gives its ads newest first. */
  visible: SQL;
  /** What the search asks beyond that (words, place, work type, salary). */
  matches: SQL | undefined;
  /** Whether there are words or a place to match (the GIN index's work). */
  searching: boolean;
  after: PageAfter;
  limit: number;
  walk?: number;
  /**
   * The board may hold fewer than WALK_BUDGET ads among the many more of jobs_search_idx (an
   * agency's board): the read then numbers the ads it reads, so a search on a small board is
   * answered by the read alone, not by a gather over the whole index. Numbering costs ~15% of a
   * read, so the national board (which is the index's own population) does not.
   */
  smallBoard: boolean;
}

/**
 * A page of a board (an agency's or the national one), newest first.
 *
 * The plan is chosen here, not by PostgreSQL: its estimate of a word's matches is a guess (a
 * fixed 0.5% for words outside its statistics) that flips between reading the feed index in
 * order and gathering from jobs_search_idx, and each wrong choice costs tens of ms to seconds on
 * a million ads. So a search reads the newest WALK_BUDGET ads first, and only when they hold less
 * than a page (rare matches) gathers all its matches and sorts them.
 */
export async function newestFirstPage(db: Executor, s: PageScope): Promise<PublicJobRow[]> {
  if (!s.searching) {
    const rows = await db
      .select(publicColumns)
      .from(jobs)
      .innerJoin(organizations, eq(organizations.id, jobs.employerId))
      .where(and(s.visible, s.matches, before(s.after)))
      .orderBy(...newestFirst)
      .limit(s.limit);
    return rows as PublicJobRow[];
  }
  const read = await newestMatching(db, s, s.walk ?? WALK_BUDGET);
  return read.rows.length === s.limit || read.sawEveryAd ? read.rows : gatherMatching(db, s);
}

/**
 * The matches among the newest `walk` ads after the cursor: a bounded read along the feed index.
 * On a small board the window's last ad comes back too, as a marker: without it the read saw every
 * ad after the cursor, so its matches are all there are and nothing needs gathering.
 */
async function newestMatching(db: Executor, s: PageScope, walk: number): Promise<{ rows: PublicJobRow[]; sawEveryAd: boolean }> {
  // Aliased "jobs", so the matches' column references read the window, not the table. Narrow (the
  // columns a search's matches read), because numbering (a WindowAgg) copies every row it reads.
  const window = db
    .select({
      id: jobs.id,
      publishedAt: jobs.publishedAt,
      search: jobs.search,
      workType: jobs.workType,
      salaryAnnual: jobs.salaryAnnual,
      seen: (s.smallBoard ? sql<number>`row_number() OVER (ORDER BY ${sql.join(newestFirst, sql`, `)})` : sql<number>`0`).as(
        "seen",
      ),
    })
    .from(jobs)
    .where(and(s.visible, before(s.after)))
    .orderBy(...newestFirst)
    .limit(walk)
    .as("jobs");
  const matched = s.matches ?? sql`true`;
  const hits = db
    .select({
      id: window.id,
      publishedAt: window.publishedAt,
      matched: sql<boolean>`(${matched})`.as("matched"),
      seen: window.seen,
    })
    .from(window)
    .where(s.smallBoard ? or(matched, eq(window.seen, walk)) : matched)
    .orderBy(...newestFirst)
    .limit(s.limit + 1)
    .as("hits");
  // Outside `hits`, "jobs" is the table again: only the page's rows are read in full.
  const rows = await db
    .select({ ...publicColumns, matched: hits.matched, seen: hits.seen })
    .from(hits)
    .innerJoin(jobs, eq(jobs.id, hits.id))
    .innerJoin(organizations, eq(organizations.id, jobs.employerId))
    .orderBy(sql`${hits.publishedAt} DESC`, sql`${hits.id} DESC`);
  return {
    rows: rows
      .filter((r) => r.matched)
      .slice(0, s.limit)
      .map(({ matched: _, seen: __, ...row }) => row as PublicJobRow),
    sawEveryAd: s.smallBoard && !rows.some((r) => Number(r.seen) === walk),
  };
}

/**
 * Every match after the cursor, gathered from jobs_search_idx (OFFSET 0 keeps PostgreSQL from
 * folding the gather into a read along the feed index), sorted, and the page's rows joined on.
 */
async function gatherMatching(db: Executor, s: PageScope): Promise<PublicJobRow[]> {
  const newest = sql`(
    SELECT id, published_at FROM (
      SELECT ${jobs.id}, ${jobs.publishedAt} FROM ${jobs} WHERE ${and(s.visible, s.matches, before(s.after))} OFFSET 0
    ) gathered
    ORDER BY published_at DESC, id DESC LIMIT ${s.limit}
  ) AS newest`;
  const rows = await db
    .select(publicColumns)
    .from(newest)
    .innerJoin(jobs, sql`${jobs.id} = newest.id`)
    .innerJoin(organizations, eq(organizations.id, jobs.employerId))
    .orderBy(sql`newest.published_at DESC`, sql`newest.id DESC`);
  return rows as PublicJobRow[];
}
