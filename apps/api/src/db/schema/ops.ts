import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./identity.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** Writes recorded for the organization they touched (R7). */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actingServiceProviderId: uuid("acting_service_provider_id").references(() => organizations.id),
    action: text("action").notNull(),
    summary: text("summary").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("audit_events_org_idx").on(t.organizationId, t.id)],
);

/** Fixed-window counters kept in the database so several API processes share them. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  windowStartedAt: ts("window_started_at").notNull(),
});

/** Mail waits here; a sender delivers it after the transaction commits (or the dev mailbox shows it). */
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** Extra headers, e.g. List-Unsubscribe on reminders (R14). */
    headers: jsonb("headers").$type<Record<string, string>>(),
    createdAt: ts("created_at").notNull().defaultNow(),
    sentAt: ts("sent_at"),
    error: text("error"),
  },
  (t) => [index("outbox_emails_created_idx").on(t.createdAt)],
);
