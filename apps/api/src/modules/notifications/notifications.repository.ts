import { and, desc, eq, gt, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { rowsOf, type Executor } from "../../db/client.js";
import {
  creditLots,
  mailUnsubscribeKeys,
  memberships,
  notificationPreferences,
  notificationSettings,
  notifications,
  organizations,
  reminders,
  users,
} from "../../db/schema/index.js";

export type NotificationRow = typeof notifications.$inferSelect;
export type PreferenceRow = typeof notificationPreferences.$inferSelect;

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  /** Null when the person never chose: the defaults apply. */
  mail: boolean | null;
  inApp: boolean | null;
}

/** R14's records: reminders (the at-most-once key), the in-app list, preferences and settings. */
export const notificationsRepository = {
  /**
   * Claims a reminder: the row exists once per (organization, kind, subject, due moment). Returns
   * its id when this call made it, null when someone else already did (or is doing it right now:
   * the unique index makes a concurrent insert wait for that transaction and then do nothing).
   */
  async claimReminder(
    db: Executor,
    values: { organizationId: string; kind: string; subjectId: string; dueKey: string; createdAt: Date },
  ): Promise<string | null> {
    const [row] = await db.insert(reminders).values(values).onConflictDoNothing().returning({ id: reminders.id });
    return row?.id ?? null;
  },

  /** The organization's people (not client contacts' portal accounts) with their choice for one kind. */
  async recipients(db: Executor, organizationId: string, kind: string): Promise<Recipient[]> {
    return db
      .select({
        userId: users.id,
        email: users.email,
        name: users.name,
        mail: notificationPreferences.mail,
        inApp: notificationPreferences.inApp,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(
        notificationPreferences,
        and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, kind)),
      )
      .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.role, ["OWNER", "ADMIN", "MEMBER"])));
  },

  async insertNotifications(db: Executor, rows: (typeof notifications.$inferInsert)[]): Promise<void> {
    if (rows.length === 0) return;
    await db.insert(notifications).values(rows).onConflictDoNothing();
  },

  async list(db: Executor, userId: string, organizationId: string, limit: number, unreadOnly: boolean) {
    return db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, userId),
          eq(notifications.organizationId, organizationId),
          unreadOnly ? isNull(notifications.readAt) : undefined,
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.seq))
      .limit(limit);
  },

  async unreadCount(db: Executor, userId: string, organizationId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(
        and(eq(notifications.userId, userId), eq(notifications.organizationId, organizationId), isNull(notifications.readAt)),
      );
    return Number(row?.n ?? 0);
  },

  /** Marks one of the person's notifications read (the first reading counts); undefined when it is not theirs. */
  async markRead(db: Executor, id: string, userId: string, organizationId: string, at: Date) {
    const [row] = await db
      .update(notifications)
      .set({ readAt: sql`COALESCE(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId), eq(notifications.organizationId, organizationId)))
      .returning();
    return row;
  },

  async markAllRead(db: Executor, userId: string, organizationId: string, at: Date): Promise<number> {
    const rows = await db
      .update(notifications)
      .set({ readAt: at })
      .where(
        and(eq(notifications.userId, userId), eq(notifications.organizationId, organizationId), isNull(notifications.readAt)),
      )
      .returning({ id: notifications.id });
    return rows.length;
  },

  async preferences(db: Executor, userId: string): Promise<PreferenceRow[]> {
    return db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  },

  async savePreference(db: Executor, values: { userId: string; kind: string; mail?: boolean; inApp?: boolean; at: Date }) {
    const mail = values.mail ?? true;
    const inApp = values.inApp ?? true;
    const changes: Record<string, unknown> = { updatedAt: values.at };
    if (values.mail !== undefined) changes.mail = values.mail;
    if (values.inApp !== undefined) changes.inApp = values.inApp;
    const [row] = await db
      .insert(notificationPreferences)
      .values({ userId: values.userId, kind: values.kind, mail, inApp, updatedAt: values.at })
      .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: changes })
      .returning();
    return row!;
  },

  async settings(db: Executor, organizationId: string) {
    const [row] = await db
      .select()
      .from(notificationSettings)
      .where(eq(notificationSettings.organizationId, organizationId))
      .limit(1);
    return row;
  },

  async saveSettings(db: Executor, organizationId: string, creditAlertThreshold: number | null, at: Date) {
    const [row] = await db
      .insert(notificationSettings)
      .values({ organizationId, creditAlertThreshold, updatedAt: at })
      .onConflictDoUpdate({ target: notificationSettings.organizationId, set: { creditAlertThreshold, updatedAt: at } })
      .returning();
    return row!;
  },

  /** The person's unsubscribe key, made on first use (two racing makers keep the first). */
  async unsubscribeKey(db: Executor, userId: string, candidate: string): Promise<string> {
    await db.insert(mailUnsubscribeKeys).values({ userId, secret: candidate }).onConflictDoNothing();
    const [row] = await db.select().from(mailUnsubscribeKeys).where(eq(mailUnsubscribeKeys.userId, userId)).limit(1);
    return row!.secret;
  },

  async existingUnsubscribeKey(db: Executor, userId: string): Promise<string | undefined> {
    const [row] = await db.select().from(mailUnsubscribeKeys).where(eq(mailUnsubscribeKeys.userId, userId)).limit(1);
    return row?.secret;
  },

  /** Credit lots with credits left that expire after `now` and no later than `until`. */
  async lotsExpiring(db: Executor, now: Date, until: Date) {
    return db
      .select({
        id: creditLots.id,
        organizationId: creditLots.organizationId,
        remaining: creditLots.remaining,
        expiresAt: creditLots.expiresAt,
      })
      .from(creditLots)
      .where(
        and(
          gt(creditLots.remaining, 0),
          isNotNull(creditLots.expiresAt),
          gt(creditLots.expiresAt, now),
          lte(creditLots.expiresAt, until),
        ),
      );
  },

  /**
   * Organizations whose balance is under their alert threshold, each with the ledger entry that
   * took it under (the first entry after the last one that left it at or above the threshold; 0
   * when it never was): one dip, one reminder.
   */
  async underThreshold(db: Executor) {
    const rows = rowsOf<{
      organization_id: string;
      balance: number;
      threshold: number;
      crossed_at_entry: string | number | null;
    }>(
      await db.execute(sql`
        SELECT o.id AS organization_id, o.credit_balance AS balance, s.credit_alert_threshold AS threshold,
               (SELECT min(e.id) FROM credit_entries e
                 WHERE e.organization_id = o.id
                   AND e.id > COALESCE((SELECT max(a.id) FROM credit_entries a
                                         WHERE a.organization_id = o.id AND a.balance_after >= s.credit_alert_threshold), 0)
               ) AS crossed_at_entry
          FROM ${notificationSettings} s
          JOIN ${organizations} o ON o.id = s.organization_id
         WHERE s.credit_alert_threshold IS NOT NULL AND o.credit_balance < s.credit_alert_threshold`),
    );
    return rows.map((r) => ({
      organizationId: r.organization_id,
      balance: Number(r.balance),
      threshold: Number(r.threshold),
      crossedAtEntry: r.crossed_at_entry === null ? 0 : Number(r.crossed_at_entry),
    }));
  },
};

/** Reads the reminders need from the connections side. */
export const reminderAudienceRepository = {
  /** Which of these reminders exist already (so a run only tries the missing ones). */
  async existingKeys(db: Executor, subjectIds: readonly string[]): Promise<Set<string>> {
    if (subjectIds.length === 0) return new Set();
    const rows = await db
      .select({ o: reminders.organizationId, k: reminders.kind, s: reminders.subjectId, d: reminders.dueKey })
      .from(reminders)
      .where(inArray(reminders.subjectId, [...subjectIds]));
    return new Set(rows.map((r) => reminderKey(r.o, r.k, r.s, r.d)));
  },

  /** The service providers with an ACTIVE connection to an employer, and the employer's name. */
  async activeAgenciesOf(db: Executor, employerId: string): Promise<{ serviceProviderIds: string[]; clientName: string }> {
    const rows = rowsOf<{ service_provider_id: string | null; name: string }>(
      await db.execute(sql`
        SELECT c.service_provider_id, o.name
          FROM ${organizations} o
          LEFT JOIN client_connections c ON c.client_id = o.id AND c.status = 'ACTIVE'
         WHERE o.id = ${employerId}::uuid`),
    );
    return {
      serviceProviderIds: rows.map((r) => r.service_provider_id).filter((id): id is string => id !== null),
      clientName: rows[0]?.name ?? "A client",
    };
  },
};

export function reminderKey(organizationId: string, kind: string, subjectId: string, dueKey: string): string {
  return `${organizationId}|${kind}|${subjectId}|${dueKey}`;
}
