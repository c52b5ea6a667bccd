import { createHmac, timingSafeEqual } from "node:crypto";
import {
  CREDITS_EXPIRING_WITHIN_DAYS,
  DEFAULT_NOTIFICATION_CHANNELS,
  DomainError,
  MAX_CREDIT_ALERT_THRESHOLD,
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_LABELS,
  badInput,
  dayIn,
  dueLmtReminders,
  isNotificationKind,
  type NotificationKind,
} from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Executor } from "../../db/client.js";
import { newSecret } from "../../lib/secrets.js";
import type { ServiceDeps } from "../deps.js";
import type { LmtTrackerService } from "../lmt/lmt-tracker.service.js";
import type { MailService } from "../mail/mail.service.js";
import { messageOf, type ReminderEvent } from "./notification-messages.js";
import {
  notificationsRepository as repo,
  reminderAudienceRepository as audience,
  reminderKey,
  type NotificationRow,
} from "./notifications.repository.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIST_LIMIT = 100;
const DAY_MS = 86_400_000;

export interface Reminder {
  /** Whose people are told. */
  organizationId: string;
  subjectId: string;
  /** With the kind (the event's) and the subject, the reminder's identity (R14). */
  dueKey: string;
  event: ReminderEvent;
  /** The person whose own action it reports is not told about it. */
  exceptUserId?: string | null;
}

export interface PreferenceView {
  kind: NotificationKind;
  label: string;
  mail: boolean;
  inApp: boolean;
}

/**
 * R14 reminders, by mail and in the app. Each one is claimed through its unique key in the same
 * transaction that writes its notifications and mail, so it goes out at most once however many
 * API processes or schedule runs reach it.
 */
export class NotificationsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: { mail: MailService; tracker: LmtTrackerService },
  ) {}

  /** Inside the caller's transaction. `sent` is false when the reminder was already sent; mailIds to deliver after commit. */
  async remind(tx: Executor, reminder: Reminder): Promise<{ sent: boolean; mailIds: string[] }> {
    const message = messageOf(reminder.event);
    const at = this.deps.clock.now();
    const reminderId = await repo.claimReminder(tx, {
      organizationId: reminder.organizationId,
      kind: message.kind,
      subjectId: reminder.subjectId,
      dueKey: reminder.dueKey,
      createdAt: at,
    });
    if (reminderId === null) return { sent: false, mailIds: [] };
    const people = (await repo.recipients(tx, reminder.organizationId, message.kind)).filter(
      (p) => p.userId !== reminder.exceptUserId,
    );
    await repo.insertNotifications(
      tx,
      people
        .filter((p) => p.inApp ?? DEFAULT_NOTIFICATION_CHANNELS.inApp)
        .map((p) => ({
          reminderId,
          userId: p.userId,
          organizationId: reminder.organizationId,
          kind: message.kind,
          title: message.title,
          body: message.body,
          link: message.link,
          createdAt: at,
        })),
    );
    const mailIds: string[] = [];
    const base = this.publicUrl();
    for (const person of people.filter((p) => p.mail ?? DEFAULT_NOTIFICATION_CHANNELS.mail)) {
      const unsubscribe = `${base}/unsubscribe/${await this.unsubscribeToken(tx, person.userId, message.kind)}`;
      mailIds.push(
        await this.peers.mail.enqueue(tx, {
          to: person.email,
          subject: message.title,
          text: [
            message.body,
            ...(message.link === null ? [] : ["", `${base}${message.link}`]),
            "",
            "--",
            `You get this mail because you chose to hear about: ${NOTIFICATION_KIND_LABELS[message.kind]}.`,
            `Stop these mails: ${unsubscribe}`,
            `Choose what you hear about: ${base}/account/notifications`,
          ].join("\n"),
          headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
        }),
      );
    }
    return { sent: true, mailIds };
  }

  /**
   * The scheduled reminders due at `now`: LMT ads ready to lodge and windows closing, credits under
   * the threshold, credits about to expire (their mail goes out through the queue's mail.deliver). Any number of
   * processes may run it at the same moment: each reminder is sent once.
   */
  async runDue(now: Date): Promise<{ reminders: number }> {
    const due: Reminder[] = [];
    const today = dayIn(now, this.deps.config.lmtTimeZone);
    for (const ad of await this.peers.tracker.trackedAds(null, now)) {
      for (const r of dueLmtReminders(ad, today)) {
        const common = { jobId: ad.jobId, title: ad.title, clientName: ad.clientName };
        due.push({
          organizationId: ad.serviceProviderId,
          subjectId: ad.jobId,
          dueKey: r.dueKey,
          event:
            r.kind === "LMT_READY"
              ? { kind: "LMT_READY", ...common, earliest: ad.earliestLodgement!, latest: ad.latestLodgement! }
              : {
                  kind: "LMT_WINDOW_CLOSING",
                  ...common,
                  latest: ad.latestLodgement!,
                  daysLeft: ad.windowClosesInDays ?? r.daysBefore!,
                },
        });
      }
    }
    const until = new Date(now.getTime() + CREDITS_EXPIRING_WITHIN_DAYS * DAY_MS);
    for (const lot of await repo.lotsExpiring(this.deps.db, now, until)) {
      due.push({
        organizationId: lot.organizationId,
        subjectId: lot.id,
        dueKey: lot.expiresAt!.toISOString(),
        event: {
          kind: "CREDITS_EXPIRING",
          remaining: lot.remaining,
          expiresOn: dayIn(lot.expiresAt!, this.deps.config.lmtTimeZone),
        },
      });
    }
    for (const low of await repo.underThreshold(this.deps.db)) {
      due.push({
        organizationId: low.organizationId,
        subjectId: low.organizationId,
        dueKey: `${low.crossedAtEntry}/${low.threshold}`,
        event: { kind: "CREDITS_LOW", balance: low.balance, threshold: low.threshold },
      });
    }
    const sent = await audience.existingKeys(this.deps.db, [...new Set(due.map((r) => r.subjectId))]);
    let made = 0;
    for (const r of due) {
      if (sent.has(reminderKey(r.organizationId, messageOf(r.event).kind, r.subjectId, r.dueKey))) continue;
      const { sent: claimed, mailIds } = await this.deps.db.transaction((tx) => this.remind(tx, r));
      if (claimed) made += 1;
      this.peers.mail.deliverSoon(mailIds);
    }
    return { reminders: made };
  }

  /** A published LMT ad was edited (its advertising record changed): the agencies working for its employer are told. */
  async lmtAdEdited(tx: Executor, job: { id: string; title: string; employerId: string; updatedAt: Date }, viewer: Viewer) {
    const { serviceProviderIds, clientName } = await audience.activeAgenciesOf(tx, job.employerId);
    const editor = viewer.accessing === null ? clientName : "Your agency";
    for (const organizationId of serviceProviderIds) {
      await this.remind(tx, {
        organizationId,
        subjectId: job.id,
        dueKey: job.updatedAt.toISOString(),
        event: { kind: "LMT_AD_EDITED", jobId: job.id, title: job.title, clientName, editedBy: editor },
        exceptUserId: viewer.userId,
      });
    }
  }

  /** A client answered or ended a connection; what the agency did itself it needs no reminder of. */
  async clientAccessChanged(
    tx: Executor,
    change: { connectionId: string; serviceProviderId: string; clientName: string; change: "ACCEPTED" | "DECLINED" | "REVOKED" },
  ) {
    await this.remind(tx, {
      organizationId: change.serviceProviderId,
      subjectId: change.connectionId,
      dueKey: `${change.change}/${this.deps.clock.now().toISOString()}`,
      event: { kind: "CLIENT_ACCESS", connectionId: change.connectionId, clientName: change.clientName, change: change.change },
    });
  }

  /** An agency answered an employer's invitation: the employer's people are told (in the agency's transaction). */
  async agencyAnswered(
    tx: Executor,
    answer: { invitationId: string; clientId: string; agencyName: string; change: "ACCEPTED" | "DECLINED" },
  ) {
    await this.remind(tx, {
      organizationId: answer.clientId,
      subjectId: answer.invitationId,
      dueKey: answer.change,
      event: { kind: "AGENCY_ANSWERED", invitationId: answer.invitationId, agencyName: answer.agencyName, change: answer.change },
    });
  }

  /** R9: a contact submitted a vacancy; its agency's people are told (in the contact's transaction). */
  async vacancySubmitted(
    tx: Executor,
    vacancy: { serviceProviderId: string; jobId: string; title: string; clientName: string; contactName: string; at: Date },
  ): Promise<string[]> {
    const { mailIds } = await this.remind(tx, {
      organizationId: vacancy.serviceProviderId,
      subjectId: vacancy.jobId,
      dueKey: vacancy.at.toISOString(),
      event: { kind: "VACANCY_SUBMITTED", ...vacancy },
    });
    return mailIds;
  }

  // ---- the person's side -------------------------------------------------------------------

  async notifications(viewer: Viewer | null, first: number, unreadOnly: boolean): Promise<NotificationRow[]> {
    assertCan(viewer, "notifications.read");
    const limit = Math.max(1, Math.min(LIST_LIMIT, Math.trunc(first)));
    return repo.list(this.deps.db, viewer.userId, viewer.organizationId, limit, unreadOnly);
  }

  async unreadCount(viewer: Viewer | null): Promise<number> {
    assertCan(viewer, "notifications.read");
    return repo.unreadCount(this.deps.db, viewer.userId, viewer.organizationId);
  }

  async markRead(viewer: Viewer | null, id: string): Promise<NotificationRow> {
    assertCan(viewer, "notifications.read");
    const row = UUID.test(id)
      ? await repo.markRead(this.deps.db, id, viewer.userId, viewer.organizationId, this.deps.clock.now())
      : undefined;
    if (row === undefined) throw new DomainError("NOT_FOUND", "No such notification.");
    return row;
  }

  async markAllRead(viewer: Viewer | null): Promise<number> {
    assertCan(viewer, "notifications.read");
    return repo.markAllRead(this.deps.db, viewer.userId, viewer.organizationId, this.deps.clock.now());
  }

  async preferences(viewer: Viewer | null): Promise<PreferenceView[]> {
    assertCan(viewer, "notifications.read");
    return this.preferencesOf(viewer.userId);
  }

  async setPreference(viewer: Viewer | null, kind: string, channels: { mail: boolean; inApp: boolean }): Promise<PreferenceView> {
    assertCan(viewer, "notifications.read");
    if (!isNotificationKind(kind)) throw badInput({ kind: "Choose one of the kinds of notification." });
    await repo.savePreference(this.deps.db, { userId: viewer.userId, kind, ...channels, at: this.deps.clock.now() });
    return (await this.preferencesOf(viewer.userId)).find((p) => p.kind === kind)!;
  }

  async settings(viewer: Viewer | null): Promise<{ creditAlertThreshold: number | null }> {
    assertCan(viewer, "notifications.read");
    const row = await repo.settings(this.deps.db, viewer.organizationId);
    return { creditAlertThreshold: row?.creditAlertThreshold ?? null };
  }

  async setCreditAlertThreshold(
    viewer: Viewer | null,
    threshold: number | null,
  ): Promise<{ creditAlertThreshold: number | null }> {
    assertCan(viewer, "notifications.setThreshold");
    if (threshold !== null && (!Number.isInteger(threshold) || threshold < 1 || threshold > MAX_CREDIT_ALERT_THRESHOLD)) {
      throw badInput({
        threshold: `Enter a whole number of credits from 1 to ${MAX_CREDIT_ALERT_THRESHOLD}, or leave it empty.`,
      });
    }
    const row = await repo.saveSettings(this.deps.db, viewer.organizationId, threshold, this.deps.clock.now());
    return { creditAlertThreshold: row.creditAlertThreshold };
  }

  /**
   * The mail's unsubscribe link (GET, and List-Unsubscribe's one-click POST): stops that kind's
   * mail for that person, and nothing else. Returns what was stopped; null for a link that is not valid.
   */
  async unsubscribe(token: string, subscribed = false): Promise<{ kind: NotificationKind; label: string } | null> {
    const parsed = await this.verifyToken(token);
    if (parsed === null) return null;
    await repo.savePreference(this.deps.db, {
      userId: parsed.userId,
      kind: parsed.kind,
      mail: subscribed,
      at: this.deps.clock.now(),
    });
    return { kind: parsed.kind, label: NOTIFICATION_KIND_LABELS[parsed.kind] };
  }

  private async preferencesOf(userId: string): Promise<PreferenceView[]> {
    const saved = new Map((await repo.preferences(this.deps.db, userId)).map((p) => [p.kind, p]));
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      label: NOTIFICATION_KIND_LABELS[kind],
      mail: saved.get(kind)?.mail ?? DEFAULT_NOTIFICATION_CHANNELS.mail,
      inApp: saved.get(kind)?.inApp ?? DEFAULT_NOTIFICATION_CHANNELS.inApp,
    }));
  }

  private async unsubscribeToken(tx: Executor, userId: string, kind: NotificationKind): Promise<string> {
    const key = await repo.unsubscribeKey(tx, userId, newSecret());
    return `${userId}.${kind}.${signature(key, userId, kind)}`;
  }

  private async verifyToken(token: string): Promise<{ userId: string; kind: NotificationKind } | null> {
    const [userId = "", kind = "", sig = ""] = token.trim().split(".");
    if (!UUID.test(userId) || !isNotificationKind(kind) || sig === "") return null;
    const key = await repo.existingUnsubscribeKey(this.deps.db, userId);
    if (key === undefined) return null;
    const expected = Buffer.from(signature(key, userId, kind));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given) ? { userId, kind } : null;
  }

  private publicUrl(): string {
    return this.deps.config.publicUrl.replace(/\/$/, "");
  }
}

function signature(key: string, userId: string, kind: string): string {
  return createHmac("sha256", key).update(`${userId}.${kind}`).digest("base64url").slice(0, 32);
}
