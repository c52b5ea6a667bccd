import { NATIONAL_BOARD, SITEMAP_MAX_URLS, badInput } from "@app/domain";
import { decodeCursor, pageSize, toPage } from "../../lib/cursor.js";
import type { ServiceDeps } from "../deps.js";
import { NO_VISIT, type PageVisit } from "./portal.service.js";
import { boardRepository as repo, sitemapFiles, type BoardJobRow, type NationalFilter } from "./board.repository.js";
import {
  asPublic,
  countMatches,
  isUuid,
  searchLimits,
  type PortalService,
  type PublicJob,
  type PublicJobPage,
} from "./portal.service.js";

const WORK_TYPES = new Set(["FULL_TIME", "PART_TIME", "CONTRACT", "CASUAL", "TEMPORARY"]);
/** A minimum salary past this (dollars a year) is a typo, not a search. */
const MAX_MIN_SALARY = 10_000_000;

export interface BoardSearch {
  query: string | null;
  location: string | null;
  workType: string | null;
  minSalary: number | null;
  first: number;
  after: string | null;
  countWanted?: boolean;
}

/** A job on the national board, open or since closed (a closed ad's page answers 410). */
export type BoardJob = PublicJob & { open: boolean };

/** The national job board (/jobs, NATIONAL_BOARD): every published ad until it closes. */
export class BoardService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly portal: PortalService,
  ) {}

  private get db() {
    return this.deps.boardDb ?? this.deps.db;
  }

  /** Public: the board, newest first, in keyset pages, searched by words, place, work type and minimum salary. */
  async jobs(args: BoardSearch): Promise<PublicJobPage> {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const after = cursor === null ? null : { publishedAt: new Date(String(cursor[0])), id: String(cursor[1]) };
    if (after !== null && (Number.isNaN(after.publishedAt.getTime()) || !isUuid(after.id)))
      throw badInput({ after: "This cursor is not valid." });
    searchLimits(args.query, args.location);
    if (args.workType !== null && !WORK_TYPES.has(args.workType))
      throw badInput({ workType: "Choose a work type from the list." });
    if (args.minSalary !== null && (!Number.isInteger(args.minSalary) || args.minSalary < 0 || args.minSalary > MAX_MIN_SALARY))
      throw badInput({ minSalary: "Enter a yearly salary in whole dollars." });
    const filter: NationalFilter = {
      now: this.deps.clock.now(),
      ...this.portal.searchWords(args.query, args.location),
      workType: args.workType,
      minSalary: args.minSalary === 0 ? null : args.minSalary,
    };
    const count = () =>
      countMatches(
        filter,
        (f) => repo.countEstimate(this.db, f),
        (f, cap) => repo.count(this.db, f, cap),
      );
    // The count runs beside the page on another connection, only when asked for.
    const counting = args.countWanted === true ? count() : null;
    counting?.catch(() => {});
    const rows = await repo.page(this.db, { ...filter, after, limit: limit + 1 });
    const page = toPage(rows, limit, (r) => [r.publishedAt.toISOString(), r.id]);
    return {
      ...page,
      nodes: page.nodes.map((r) => asPublic(r, NATIONAL_BOARD.slug)),
      countTotal: async () => {
        if (after === null && !page.hasNextPage) return page.nodes.length;
        return counting ?? count();
      },
    };
  }

  /** Public: an ad by id, open or since closed; null for an unknown id or a draft. Counts a view of an open ad. */
  async job(jobId: string, visit: PageVisit = NO_VISIT, known?: BoardJobRow): Promise<BoardJob | null> {
    if (!isUuid(jobId)) return null;
    const row = known?.id === jobId ? known : await repo.job(this.db, this.deps.clock.now(), jobId);
    if (row === undefined) return null;
    const { open, ...rest } = row;
    if (open) await this.portal.viewed(row.id, { ...visit, onPortal: false });
    return { ...asPublic(rest, NATIONAL_BOARD.slug), open };
  }

  /**
   * Everything an ad's page is made of (the row its page reads: text, names, dates, open or not) as
   * one string: a page rendered from the same string is the same page (http/page-cache.ts). Null
   * for an unknown id or a draft. Counts no view.
   */
  async pageRevision(jobId: string): Promise<{ revision: string; open: boolean; row: BoardJobRow } | null> {
    if (!isUuid(jobId)) return null;
    const row = await repo.job(this.db, this.deps.clock.now(), jobId);
    return row === undefined ? null : { revision: JSON.stringify(row), open: row.open, row };
  }

  /** Counts a view of an open ad whose page was served without reading it again (a cached page). */
  viewed(jobId: string, visit: PageVisit): Promise<void> {
    return this.portal.viewed(jobId, { ...visit, onPortal: false });
  }

  /** An open ad, for applying through the national board. */
  async openJob(jobId: string): Promise<PublicJob | null> {
    if (!isUuid(jobId)) return null;
    const row = await repo.job(this.db, this.deps.clock.now(), jobId);
    if (row === undefined || !row.open) return null;
    const { open: _open, ...rest } = row;
    return asPublic(rest, NATIONAL_BOARD.slug);
  }

  /** The sitemap index's files: one per SITEMAP_MAX_URLS open ads, with the newest change in each. */
  sitemapFiles(): Promise<{ file: number; lastmod: Date }[]> {
    return sitemapFiles(this.db, this.deps.clock.now(), SITEMAP_MAX_URLS);
  }

  /** One sitemap file's open ads (file numbers from 0); empty past the last. */
  sitemapFile(file: number) {
    return repo.sitemapSlice(this.db, this.deps.clock.now(), file * SITEMAP_MAX_URLS, SITEMAP_MAX_URLS);
  }
}
