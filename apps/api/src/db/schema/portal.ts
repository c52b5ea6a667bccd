import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./identity.js";
import { jobs } from "./jobs.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Raw file bytes; postgres.js returns a Buffer, PGlite a Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const applicationStatus = pgEnum("application_status", ["NEW", "SHORTLISTED", "INTERVIEWED", "REJECTED", "HIRED"]);

/** A service provider's public job board at /p/<slug>; one per service provider. */
export const portals = pgTable(
  "portals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    serviceProviderId: uuid("service_provider_id")
      .notNull()
      .references(() => organizations.id),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    intro: text("intro"),
    primaryColor: text("primary_color").notNull().default("#5b21b6"),
    logoUrl: text("logo_url"),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("portals_service_provider_key").on(t.serviceProviderId), uniqueIndex("portals_slug_key").on(t.slug)],
);

/**
 * CV files (R10), kept in the database so every API process sees them. A file is attached to at
 * most one application; unattached ones older than a day are swept.
 */
export const uploads = pgTable(
  "uploads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    filename: text("filename").notNull(),
    /** Sniffed from the content, never taken from the client. */
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    data: bytea("data").notNull(),
    uploaderAddress: text("uploader_address").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    attachedAt: ts("attached_at"),
  },
  (t) => [
    index("uploads_unattached_idx")
      .on(t.createdAt)
      .where(sql`attached_at IS NULL`),
  ],
);

export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id),
    /** Null for an application through the national board (NATIONAL_BOARD), which is no agency's portal. */
    portalId: uuid("portal_id").references(() => portals.id),
    candidateName: text("candidate_name").notNull(),
    candidateEmail: text("candidate_email").notNull(),
    phone: text("phone"),
    coverNote: text("cover_note"),
    resumeUploadId: uuid("resume_upload_id").references(() => uploads.id, { onDelete: "set null" }),
    /** Where the candidate came from: the `source` query parameter of the link. */
    source: text("source"),
    status: applicationStatus("status").notNull().default("NEW"),
    outcomeReason: text("outcome_reason"),
    statusChangedByUserId: uuid("status_changed_by_user_id").references(() => users.id),
    consentAt: ts("consent_at").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    /** R10: the candidate asked for erasure; name, email, phone, note and CV are gone, status and outcome stay. */
    erasedAt: ts("erased_at"),
  },
  (t) => [
    index("applications_job_idx").on(t.jobId, t.createdAt),
    uniqueIndex("applications_resume_key").on(t.resumeUploadId),
    /** One application per candidate (by normalized email) and job: a second would count twice in the LMT record. */
    uniqueIndex("applications_one_per_candidate_key").on(t.jobId, t.candidateEmail),
    index("applications_email_idx").on(t.candidateEmail),
  ],
);

export const candidateDataRequestKind = pgEnum("candidate_data_request_kind", ["EXPORT", "ERASURE"]);

/**
 * R10: a candidate's emailed link to a copy of their data or to its erasure. Only the token's hash
 * is kept; an erasure deletes every link of the address, so it works once.
 */
export const candidateDataRequests = pgTable(
  "candidate_data_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: candidateDataRequestKind("kind").notNull(),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [
    uniqueIndex("candidate_data_requests_token_key").on(t.tokenHash),
    index("candidate_data_requests_email_idx").on(t.email),
  ],
);
