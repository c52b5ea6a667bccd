import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./identity.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const jobStatus = pgEnum("job_status", ["DRAFT", "PUBLISHED", "CLOSED"]);
export const workType = pgEnum("work_type", ["FULL_TIME", "PART_TIME", "CONTRACT", "CASUAL", "TEMPORARY"]);
export const salaryPeriod = pgEnum("salary_period", ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]);
export const paymentSource = pgEnum("payment_source", ["SERVICE_PROVIDER_CREDITS", "OWN_CREDITS", "CARD"]);

export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    employerId: uuid("employer_id").notNull().references(() => organizations.id),
    title: text("title").notNull(),
    description: text("description").notNull(),
    city: text("city").notNull(),
    state: text("state"),
    postcode: text("postcode"),
    country: text("country").notNull().default("AU"),
    workType: workType("work_type").notNull(),
    salaryMin: integer("salary_min"),
    salaryMax: integer("salary_max"),
    salaryPeriod: salaryPeriod("salary_period"),
    salaryCurrency: text("salary_currency"),
    requirements: text("requirements"),
    occupationCode: text("occupation_code"),
    lmt: boolean("lmt").notNull().default(false),
    durationDays: integer("duration_days").notNull().default(30),
    status: jobStatus("status").notNull().default("DRAFT"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    publishedAt: ts("published_at"),
    closesAt: ts("closes_at"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdByServiceProviderId: uuid("created_by_service_provider_id").references(() => organizations.id),
  },
  (t) => [
    index("jobs_employer_idx").on(t.employerId, t.createdAt),
    index("jobs_closes_idx").on(t.closesAt).where(sql`status = 'PUBLISHED'`),
    // Portal board (modules/portal): a portal shows the published jobs whose "portal owner" is its
    // service provider, newest first, keyset-paged on (published_at, id).
    index("jobs_portal_feed_idx")
      .on(sql`COALESCE(created_by_service_provider_id, employer_id)`, t.publishedAt.desc(), t.id.desc())
      .where(sql`status = 'PUBLISHED'`),
    // Portal word search: trigram GIN over title and description (pg_trgm, created in db/client.ts
    // migrate()); fastupdate off so heavy publishing leaves no pending list to scan.
    index("jobs_search_trgm_idx")
      .using("gin", sql`(title || ' ' || description) gin_trgm_ops`)
      .with({ fastupdate: false })
      .where(sql`status = 'PUBLISHED'`),
    check("jobs_duration_positive", sql`${t.durationDays} BETWEEN 1 AND 365`),
  ],
);

export const jobRevisions = pgTable(
  "job_revisions",
  {
    jobId: uuid("job_id").notNull().references(() => jobs.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    requirements: text("requirements"),
    salary: jsonb("salary").$type<{ min: number | null; max: number | null; period: string; currency: string } | null>(),
    authorUserId: uuid("author_user_id").references(() => users.id),
    afterPublish: boolean("after_publish").notNull().default(false),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.number] })],
);

/** One row per published job: the unique job_id makes a second charge impossible (R2). */
export const jobPayments = pgTable(
  "job_payments",
  {
    jobId: uuid("job_id").primaryKey().references(() => jobs.id, { onDelete: "cascade" }),
    /** The job's employer, so a publish idempotency key is unique per employer. */
    employerId: uuid("employer_id").notNull().references(() => organizations.id),
    source: paymentSource("source").notNull(),
    payerOrganizationId: uuid("payer_organization_id").notNull().references(() => organizations.id),
    amountCents: integer("amount_cents"),
    creditEntryId: integer("credit_entry_id"),
    paymentReference: text("payment_reference"),
    idempotencyKey: text("idempotency_key"),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    paidAt: ts("paid_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("job_payments_idempotency_key").on(t.employerId, t.idempotencyKey).where(sql`idempotency_key IS NOT NULL`),
    index("job_payments_payer_idx").on(t.payerOrganizationId),
    index("job_payments_entry_idx").on(t.creditEntryId),
  ],
);


