import { and, eq, gt, gte, sql, type Placeholder, type SQL } from "drizzle-orm";
import { preparedPerDatabase, type Executor } from "../../db/client.js";
import { jobs, organizations } from "../../db/schema/index.js";
import {
  agencyNameColumn,
  newestFirstPage,
  publicColumns,
  searchFilter,
  searchesText,
  type PageAfter,
  type PublicJobRow,
} from "./portal.repository.js";

/**
 * The national board's one visibility rule: every PUBLISHED ad still running, whoever posted it.
 * The status is a literal so the partial indexes (jobs_board_feed_idx, jobs_search_idx) apply.
 */
export function onNationalBoard(now: Date | Placeholder): SQL {
  return and(sql`${jobs.status} = 'PUBLISHED'`, gt(jobs.closesAt, now))!;
}

export interface NationalFilter {
  now: Date;
  /** searchTokens() of the words and of the location. */
  words: readonly string[];
  place: readonly string[];
  /** False: the last words are matched whole only (a count's cheap first try, countMatches). */
  prefix?: boolean;
  workType: string | null;
  /** Whole dollars a year (jobs.salary_annual). */
  minSalary: number | null;
}

export interface NationalQuery extends NationalFilter {
  after: PageAfter;
  limit: number;
  /** How many of the newest ads a search reads before it gathers (newestFirstPage; tests set it small). */
  walk?: number;
}

/** What a search asks of an ad on the board, beyond being on it. */
function matches(q: NationalFilter): SQL | undefined {
  return and(
    searchFilter(q.words, q.place, q.prefix),
    q.workType === null ? undefined : sql`${jobs.workType} = ${q.workType}`,
    q.minSalary === null ? undefined : gte(jobs.salaryAnnual, q.minSalary),
  );
}

export type BoardJobRow = PublicJobRow & { open: boolean; agencyName: string | null };

export const boardRepository = {
  /** A page of the national board, newest first; keyset on (published_at, id) (newestFirstPage). */
  async page(db: Executor, q: NationalQuery): Promise<PublicJobRow[]> {
    return newestFirstPage(db, {
      visible: onNationalBoard(q.now),
      matches: matches(q),
      searching: searchesText(q),
      after: q.after,
      limit: q.limit,
      walk: q.walk,
      smallBoard: false,
    });
  },

  /** How many ads match, counting no further than `cap`. */
  async count(db: Executor, q: NationalFilter, cap: number): Promise<number> {
    const inner = db
      .select({ one: sql`1` })
      .from(jobs)
      .where(and(onNationalBoard(q.now), matches(q)))
      .limit(cap)
      .as("matching");
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(inner);
    return row?.n ?? 0;
  },

  /** The planner's estimate of the matches (EXPLAIN only). */
  async countEstimate(db: Executor, q: NationalFilter): Promise<number> {
    const result = await db.execute(
      sql`EXPLAIN (FORMAT JSON) ${db
        .select({ one: sql`1` })
        .from(jobs)
        .where(and(onNationalBoard(q.now), matches(q)))}`,
    );
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as {
      "QUERY PLAN": unknown;
    }[];
    const raw = rows[0]?.["QUERY PLAN"];
    const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: { "Plan Rows": number } }[];
    return Number(plan[0]?.Plan["Plan Rows"] ?? 0);
  },

  /** An ad that was ever published (open or since closed); drafts are nobody's business. */
  async job(db: Executor, now: Date, jobId: string): Promise<BoardJobRow | undefined> {
    const [row] = await jobStatement(db).execute({ id: jobId, now: now.toISOString() });
    return row as BoardJobRow | undefined;
  },

  /** One sitemap file's open ads, oldest first: `offset` is the file number times the file size. */
  async sitemapSlice(db: Executor, now: Date, offset: number, limit: number) {
    return db
      .select({
        id: jobs.id,
        title: jobs.title,
        changed: sql<Date>`greatest(${jobs.updatedAt}, ${jobs.publishedAt})`.mapWith(jobs.updatedAt),
      })
      .from(jobs)
      .where(onNationalBoard(now))
      .orderBy(jobs.publishedAt, jobs.id)
      .offset(offset)
      .limit(limit);
  },
};

// Every job page view reads this (page-cache.ts checks its revision): built and planned once, not per request.
const jobStatement = preparedPerDatabase((db) =>
  db
    .select({
      ...publicColumns,
      open: sql<boolean>`(${onNationalBoard(sql.placeholder("now"))})`,
      agencyName: agencyNameColumn,
    })
    .from(jobs)
    .innerJoin(organizations, eq(organizations.id, jobs.employerId))
    .where(and(eq(jobs.id, sql.placeholder("id")), sql`${jobs.publishedAt} IS NOT NULL`))
    .limit(1)
    .prepare("board_job"),
);

/** Each sitemap file's newest change, in one pass: file k holds the open ads k*size .. (k+1)*size-1 by (published_at, id). */
export async function sitemapFiles(db: Executor, now: Date, size: number): Promise<{ file: number; lastmod: Date }[]> {
  const result = await db.execute(sql`
    SELECT file::int AS file, max(changed) AS lastmod FROM (
      SELECT (row_number() OVER (ORDER BY ${jobs.publishedAt}, ${jobs.id}) - 1) / ${size} AS file,
             greatest(${jobs.updatedAt}, ${jobs.publishedAt}) AS changed
      FROM ${jobs} WHERE ${onNationalBoard(now)}
    ) numbered GROUP BY file ORDER BY file`);
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as {
    file: number;
    lastmod: Date | string;
  }[];
  return rows.map((r) => ({ file: Number(r.file), lastmod: new Date(r.lastmod) }));
}
