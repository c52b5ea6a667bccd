import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { jobs } from "./jobs.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/** Where ads are advertised (issue 14), as data an operator edits: the national board, Google for Jobs, XML feeds. */
export const channels = pgTable(
  "channels",
  {
    slug: text("slug").primaryKey(),
    name: text("name").notNull(),
    nationalReach: boolean("national_reach").notNull().default(false),
    feedFormat: text("feed_format").$type<"board" | "google-jobs" | "indeed-xml">().notNull(),
    enabled: boolean("enabled").notNull().default(true),
    /** The aggregator's own site, named in its feed's <publisherurl>. */
    publisherUrl: text("publisher_url"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  () => [
    check("channels_feed_format_check", sql`feed_format IN ('board', 'google-jobs', 'indeed-xml')`),
    check("channels_slug_check", sql`slug ~ '^[a-z0-9][a-z0-9-]{0,39}$'`),
  ],
);

/** One stay of an ad in a channel: chosen (entered_at null until publish), entered, left. */
export const jobChannels = pgTable(
  "job_channels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    channelSlug: text("channel_slug")
      .notNull()
      .references(() => channels.slug, { onUpdate: "cascade" }),
    enteredAt: ts("entered_at"),
    leftAt: ts("left_at"),
  },
  (t) => [
    uniqueIndex("job_channels_open_key")
      .on(t.jobId, t.channelSlug)
      .where(sql`left_at IS NULL`),
    index("job_channels_feed_idx")
      .on(t.channelSlug, t.jobId)
      .where(sql`left_at IS NULL AND entered_at IS NOT NULL`),
    check("job_channels_left_after_entered", sql`left_at IS NULL OR (entered_at IS NOT NULL AND left_at >= entered_at)`),
  ],
);

/**
 * Views of a job page by tracking code: one row per visitor, code and day, appended with ON CONFLICT
 * DO NOTHING. No foreign key: checking one takes a share lock on the job's row, which a view must never wait on.
 */
export const jobPageViews = pgTable(
  "job_page_views",
  {
    jobId: uuid("job_id").notNull(),
    source: text("source").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    visitor: text("visitor").notNull(),
  },
  (t) => [primaryKey({ name: "job_page_views_pkey", columns: [t.jobId, t.source, t.day, t.visitor] })],
);

/** A manual placement's proof: a screenshot or PDF of the ad as it ran. */
export const lmtPlacementProofs = pgTable("lmt_placement_proofs", {
  placementId: uuid("placement_id").primaryKey(),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  bytes: bytea("bytes").notNull(),
  uploadedAt: ts("uploaded_at").notNull().defaultNow(),
});
