import { and, asc, count, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { channels, jobChannels, jobPageViews, jobs, organizations } from "../../db/schema/index.js";

export type ChannelRow = typeof channels.$inferSelect;
export type JobChannelRow = typeof jobChannels.$inferSelect;

export interface FeedJobRow {
  id: string;
  title: string;
  description: string;
  requirements: string | null;
  city: string;
  state: string | null;
  postcode: string | null;
  country: string;
  workType: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryPeriod: string | null;
  salaryCurrency: string | null;
  showSalary: boolean;
  publishedAt: Date;
  closesAt: Date;
  company: string;
}

/** Channels, an ad's stays in them, and the views counted per tracking code. */
export const channelsRepository = {
  async all(db: Executor): Promise<ChannelRow[]> {
    // The board and Google for Jobs first (every ad is on them), then the feeds as they were added.
    return db
      .select()
      .from(channels)
      .orderBy(
        sql`CASE ${channels.feedFormat} WHEN 'board' THEN 0 WHEN 'google-jobs' THEN 1 ELSE 2 END`,
        asc(channels.createdAt),
        asc(channels.slug),
      );
  },

  async bySlug(db: Executor, slug: string): Promise<ChannelRow | undefined> {
    const [row] = await db.select().from(channels).where(eq(channels.slug, slug)).limit(1);
    return row;
  },

  async insert(db: Executor, values: typeof channels.$inferInsert): Promise<ChannelRow> {
    const [row] = await db.insert(channels).values(values).returning();
    return row!;
  },

  async setEnabled(db: Executor, slug: string, enabled: boolean): Promise<ChannelRow | undefined> {
    const [row] = await db.update(channels).set({ enabled }).where(eq(channels.slug, slug)).returning();
    return row;
  },

  /** Every stay of the jobs in channels, oldest first. */
  async staysOf(db: Executor, jobIds: readonly string[]): Promise<(JobChannelRow & { channel: ChannelRow })[]> {
    if (jobIds.length === 0) return [];
    const rows = await db
      .select({ stay: jobChannels, channel: channels })
      .from(jobChannels)
      .innerJoin(channels, eq(channels.slug, jobChannels.channelSlug))
      .where(inArray(jobChannels.jobId, [...jobIds]))
      .orderBy(asc(jobChannels.enteredAt), asc(jobChannels.channelSlug));
    return rows.map((r) => ({ ...r.stay, channel: r.channel }));
  },

  /** Replaces a draft's choice (its stays not yet entered). */
  async chooseForDraft(db: Executor, jobId: string, slugs: readonly string[]): Promise<void> {
    await db.delete(jobChannels).where(and(eq(jobChannels.jobId, jobId), isNull(jobChannels.enteredAt)));
    if (slugs.length > 0) await db.insert(jobChannels).values(slugs.map((channelSlug) => ({ jobId, channelSlug })));
  },

  /** Ends the ad's open stay in the channel; false when it had none. */
  async leave(db: Executor, jobId: string, slug: string, at: Date): Promise<boolean> {
    const rows = await db
      .update(jobChannels)
      .set({ leftAt: at })
      .where(
        and(
          eq(jobChannels.jobId, jobId),
          eq(jobChannels.channelSlug, slug),
          isNull(jobChannels.leftAt),
          isNotNull(jobChannels.enteredAt),
        ),
      )
      .returning({ id: jobChannels.id });
    return rows.length > 0;
  },

  /** Starts a new stay; nothing when one is open already (the open-stay unique index). */
  async enter(db: Executor, jobId: string, slug: string, at: Date): Promise<void> {
    await db
      .insert(jobChannels)
      .values({ jobId, channelSlug: slug, enteredAt: at })
      .onConflictDoNothing({ target: [jobChannels.jobId, jobChannels.channelSlug], where: sql`left_at IS NULL` });
  },

  /** Ends every open stay in a channel (the operator turned it off). */
  async leaveAll(db: Executor, slug: string, at: Date): Promise<number> {
    const rows = await db
      .update(jobChannels)
      .set({ leftAt: at })
      .where(and(eq(jobChannels.channelSlug, slug), isNull(jobChannels.leftAt), isNotNull(jobChannels.enteredAt)))
      .returning({ id: jobChannels.id });
    return rows.length;
  },

  /** One page of a feed: the channel's open ads after `after` in id order (keyset along job_channels_feed_idx). */
  async feedPage(db: Executor, slug: string, now: Date, after: string | null, limit: number): Promise<FeedJobRow[]> {
    const rows = await db
      .select({
        id: jobs.id,
        title: jobs.title,
        description: jobs.description,
        requirements: jobs.requirements,
        city: jobs.city,
        state: jobs.state,
        postcode: jobs.postcode,
        country: jobs.country,
        workType: jobs.workType,
        salaryMin: jobs.salaryMin,
        salaryMax: jobs.salaryMax,
        salaryPeriod: jobs.salaryPeriod,
        salaryCurrency: jobs.salaryCurrency,
        showSalary: jobs.showSalary,
        publishedAt: jobs.publishedAt,
        closesAt: jobs.closesAt,
        company: organizations.name,
      })
      .from(jobChannels)
      .innerJoin(jobs, eq(jobs.id, jobChannels.jobId))
      .innerJoin(organizations, eq(organizations.id, jobs.employerId))
      .where(
        and(
          eq(jobChannels.channelSlug, slug),
          isNull(jobChannels.leftAt),
          isNotNull(jobChannels.enteredAt),
          sql`${jobs.status} = 'PUBLISHED'`,
          gt(jobs.closesAt, now),
          after === null ? undefined : gt(jobChannels.jobId, after),
        ),
      )
      .orderBy(asc(jobChannels.jobId))
      .limit(limit);
    return rows as FeedJobRow[];
  },

  /** One view per visitor, code and day: an append that never updates or locks another row. */
  async countViews(db: Executor, views: (typeof jobPageViews.$inferInsert)[]): Promise<void> {
    await db.insert(jobPageViews).values(views).onConflictDoNothing();
  },

  /** A job's views by tracking code and day, counted on read (the primary key is the index). */
  async viewCounts(db: Executor, jobId: string): Promise<{ source: string; day: string; views: number }[]> {
    return db
      .select({ source: jobPageViews.source, day: jobPageViews.day, views: count() })
      .from(jobPageViews)
      .where(eq(jobPageViews.jobId, jobId))
      .groupBy(jobPageViews.source, jobPageViews.day);
  },
};
