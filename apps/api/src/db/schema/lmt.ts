import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./identity.js";
import { jobs } from "./jobs.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
/** Calendar days (YYYY-MM-DD): LMT periods count whole days, not instants. */
const day = (name: string) => date(name, { mode: "string" });

/** R8: the ads of an LMT job on other boards, recorded by the agent (the job's own portal ad is implicit). */
export const lmtPlacements = pgTable(
  "lmt_placements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    board: text("board").notNull(),
    nationalReach: boolean("national_reach").notNull().default(false),
    url: text("url"),
    /** The `source` of the tracking link; applications with it count for this placement. */
    sourceCode: text("source_code").notNull(),
    startsOn: day("starts_on").notNull(),
    /** Null while the ad still runs. */
    endsOn: day("ends_on"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("lmt_placements_job_idx").on(t.jobId, t.startsOn),
    uniqueIndex("lmt_placements_source_key").on(t.jobId, t.sourceCode),
  ],
);

/** Per-job LMT settings: the dates the lodgement window is judged on. */
export const lmtSettings = pgTable("lmt_settings", {
  jobId: uuid("job_id")
    .primaryKey()
    .references(() => jobs.id, { onDelete: "cascade" }),
  intendedLodgement: day("intended_lodgement"),
  redundancyOn: day("redundancy_on"),
  /** Whether the job's own portal ad has national reach (e.g. the accredited sponsor's own site). */
  portalNationalReach: boolean("portal_national_reach").notNull().default(false),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});
