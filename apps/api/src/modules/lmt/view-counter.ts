import type { Executor } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { lmtRepository as repo } from "./lmt.repository.js";

/** How long a process keeps job page views before writing them, summed per ad, in one statement. */
export const VIEW_FLUSH_MS = 2_000;

/**
 * Views of public job pages, batched: reading a page writes nothing (it may be served from a read
 * replica), and a popular ad's counter row is updated once per flush instead of once per view. A
 * process that dies loses at most VIEW_FLUSH_MS of its views; stop() writes what is left.
 */
export class ViewCounter {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Executor,
    private readonly clock: Clock,
  ) {}

  count(jobId: string): void {
    this.pending.set(jobId, (this.pending.get(jobId) ?? 0) + 1);
    if (this.timer !== null) return;
    this.timer = setTimeout(() => void this.flush().catch(() => {}), VIEW_FLUSH_MS);
    this.timer.unref();
  }

  /** This process's views of the ad not written yet (a report adds them to the stored count). */
  unwritten(jobId: string): number {
    return this.pending.get(jobId) ?? 0;
  }

  /** Writes every pending view now; a failed write puts its views back for the next flush. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.flushing.then(async () => {
      if (batch.size === 0) return;
      try {
        await repo.countViews(this.db, batch, this.clock.now());
      } catch (error) {
        for (const [jobId, n] of batch) this.pending.set(jobId, (this.pending.get(jobId) ?? 0) + n);
        if (this.timer === null) {
          this.timer = setTimeout(() => void this.flush().catch(() => {}), VIEW_FLUSH_MS);
          this.timer.unref();
        }
        throw error;
      }
    });
    return this.flushing;
  }
}
