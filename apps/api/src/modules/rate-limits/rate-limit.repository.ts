import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { rateLimits } from "../../db/schema/index.js";

export type RateLimitRow = typeof rateLimits.$inferSelect;

export const rateLimitRepository = {
  /** Adds one to a fixed-window counter and returns the count in the current window. */
  async hit(db: Executor, key: string, now: Date, windowSeconds: number): Promise<RateLimitRow> {
    // Dates inside raw SQL go as ISO text with a cast: postgres.js cannot infer a type for them there.
    const windowStart = sql`${new Date(now.getTime() - windowSeconds * 1000).toISOString()}::timestamptz`;
    const nowSql = sql`${now.toISOString()}::timestamptz`;
    const [row] = await db
      .insert(rateLimits)
      .values({ key, count: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          count: sql`CASE WHEN ${rateLimits.windowStartedAt} <= ${windowStart} THEN 1 ELSE ${rateLimits.count} + 1 END`,
          windowStartedAt: sql`CASE WHEN ${rateLimits.windowStartedAt} <= ${windowStart} THEN ${nowSql} ELSE ${rateLimits.windowStartedAt} END`,
        },
      })
      .returning();
    return row!;
  },

  async peek(db: Executor, key: string): Promise<RateLimitRow | undefined> {
    const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key)).limit(1);
    return row;
  },

  async clear(db: Executor, key: string): Promise<void> {
    await db.delete(rateLimits).where(eq(rateLimits.key, key));
  },
};
