import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { rateLimits } from "../../db/schema/index.js";

export type RateLimitRow = typeof rateLimits.$inferSelect;

export const rateLimitRepository = {
  /** Adds one to a fixed-window counter and returns the count in the current window. */
  async hit(db: Executor, key: string, now: Date, windowSeconds: number): Promise<RateLimitRow> {
    const [row] = await this.hitAll(db, [key], now, windowSeconds);
    return row!;
  },

  /**
   * Adds one to each counter in one statement and returns each one's count in its current window.
   * Every caller gets a distinct count per key, so racing requests cannot all see the same number.
   */
  async hitAll(db: Executor, keys: readonly string[], now: Date, windowSeconds: number): Promise<RateLimitRow[]> {
    // Dates inside raw SQL go as ISO text with a cast: postgres.js cannot infer a type for them there.
    const windowStart = sql`${new Date(now.getTime() - windowSeconds * 1000).toISOString()}::timestamptz`;
    const nowSql = sql`${now.toISOString()}::timestamptz`;
    // Rows are locked in key order, so two statements over the same keys never deadlock.
    const sorted = [...new Set(keys)].sort();
    return db
      .insert(rateLimits)
      .values(sorted.map((key) => ({ key, count: 1, windowStartedAt: now })))
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`CASE WHEN ${rateLimits.windowStartedAt} <= ${windowStart} THEN 1 ELSE ${rateLimits.count} + 1 END`,
          windowStartedAt: sql`CASE WHEN ${rateLimits.windowStartedAt} <= ${windowStart} THEN ${nowSql} ELSE ${rateLimits.windowStartedAt} END`,
        },
      })
      .returning();
  },

  /** Takes back one counted attempt from each counter (an attempt that turned out to be the owner's). */
  async refund(db: Executor, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    await db
      .update(rateLimits)
      .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
      .where(inArray(rateLimits.key, [...keys]));
  },

  async clear(db: Executor, key: string): Promise<void> {
    await db.delete(rateLimits).where(eq(rateLimits.key, key));
  },
};
