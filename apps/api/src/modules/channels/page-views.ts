import type { Executor } from "../../db/client.js";
import type { jobPageViews } from "../../db/schema/index.js";
import { log } from "../../lib/log.js";
import { channelsRepository as repo } from "./channels.repository.js";

export type PageView = typeof jobPageViews.$inferInsert;

/** How long a counted view may wait in memory before it is written: a report read in the meantime writes it first. */
export const PAGE_VIEW_FLUSH_MS = 2_000;
/** A burst writes at this many views at once rather than waiting for the timer. */
const PAGE_VIEW_BATCH = 1_000;

/**
 * Job page views on their way to job_page_views: a page view is the board's hottest request, and
 * one INSERT per view was a round trip and a commit for each (bench/job-pages.bench.ts). Views
 * wait here, the same visitor's repeats folded into one, and go in one statement every
 * PAGE_VIEW_FLUSH_MS. A crash loses at most that long of views, never a report's consistency:
 * the table stays an append of distinct (job, code, day, visitor) rows.
 */
export class PageViewBuffer {
  private pending = new Map<string, PageView>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly db: () => Executor) {}

  add(view: PageView): void {
    this.pending.set(`${view.jobId} ${view.source} ${view.day} ${view.visitor}`, view);
    if (this.pending.size >= PAGE_VIEW_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), PAGE_VIEW_FLUSH_MS).unref();
  }

  /** Writes every view counted so far (and waits for a write already under way). */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const views = [...this.pending.values()];
    this.pending = new Map();
    this.writing = this.writing.then(async () => {
      if (views.length === 0) return;
      try {
        await repo.countViews(this.db(), views);
      } catch (error) {
        log.error("job page views were not written", { views: views.length, error: String(error) });
      }
    });
    return this.writing;
  }
}
