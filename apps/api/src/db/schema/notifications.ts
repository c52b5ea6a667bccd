import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { organizations, users } from "./identity.js";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * R14: one row per reminder, its identity the unique key (organization, kind, subject, due moment).
 * It is inserted in the same transaction as the notifications and mail it sends, so a reminder is
 * sent at most once however many processes or schedule runs try.
 */
export const reminders = pgTable(
  "reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Whose people are told. */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /** What it is about: a job, a connection, a credit lot, the organization itself. */
    subjectId: text("subject_id").notNull(),
    /** The moment it is due, as text (a day, a revision, a ledger entry). */
    dueKey: text("due_key").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("reminders_identity_key").on(t.organizationId, t.kind, t.subjectId, t.dueKey)],
);

/** The in-app list: one row per reminder and person who receives it in the app. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Orders notifications made at the same moment (a clock that stands still in tests, one run's batch). */
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    reminderId: uuid("reminder_id")
      .notNull()
      .references(() => reminders.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** An app path ("/agency/lmt/<jobId>"), never an outside address. */
    link: text("link"),
    createdAt: ts("created_at").notNull(),
    readAt: ts("read_at"),
  },
  (t) => [
    uniqueIndex("notifications_reminder_user_key").on(t.reminderId, t.userId),
    index("notifications_user_idx").on(t.userId, t.organizationId, t.createdAt, t.seq),
    index("notifications_unread_idx")
      .on(t.userId, t.organizationId)
      .where(sql`${t.readAt} IS NULL`),
  ],
);

/** A person's choice per kind; no row means DEFAULT_NOTIFICATION_CHANNELS. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    mail: boolean("mail").notNull(),
    inApp: boolean("in_app").notNull(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/** Per organization: the credit balance under which its people are reminded (null: never). */
export const notificationSettings = pgTable("notification_settings", {
  organizationId: uuid("organization_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  creditAlertThreshold: integer("credit_alert_threshold"),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** The key a person's unsubscribe links are signed with (HMAC), so a link names its person and kind. */
export const mailUnsubscribeKeys = pgTable("mail_unsubscribe_keys", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secret: text("secret").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});
