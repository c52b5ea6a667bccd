import { addDays, daysBetween, type Day } from "../lmt/dates.js";

/**
 * R14 reminders: what a person can be told about, and when a time-based reminder is due. A reminder
 * is identified by its kind, its subject and its due moment (`dueKey`), and is sent at most once.
 */
export const NOTIFICATION_KINDS = [
  "LMT_READY",
  "LMT_WINDOW_CLOSING",
  "LMT_AD_EDITED",
  "CLIENT_ACCESS",
  "AGENCY_ANSWERED",
  "VACANCY_SUBMITTED",
  "CREDITS_LOW",
  "CREDITS_EXPIRING",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** How each kind is named where people choose how to hear about it (and in the unsubscribe page). */
export const NOTIFICATION_KIND_LABELS = {
  LMT_READY: "An LMT ad is ready to lodge",
  LMT_WINDOW_CLOSING: "An LMT lodgement window closes in 14 days and in 3 days",
  LMT_AD_EDITED: "A published LMT ad was edited",
  CLIENT_ACCESS: "A client accepted, declined or revoked access",
  AGENCY_ANSWERED: "An agency accepted or declined your company's invitation",
  VACANCY_SUBMITTED: "A client contact submitted a vacancy",
  CREDITS_LOW: "Credits fell under your alert threshold",
  CREDITS_EXPIRING: "Credits expire within 14 days",
} as const satisfies Record<NotificationKind, string>;

/** Until a person chooses otherwise, every kind arrives both by mail and in the app. */
export const DEFAULT_NOTIFICATION_CHANNELS = { mail: true, inApp: true } as const;

/** Days before the latest lodgement day on which the window reminders are due, largest first. */
export const LODGEMENT_WINDOW_REMINDER_DAYS = [14, 3] as const;

/** The tracker's and the dashboard's "window closes within" filter. */
export const WINDOW_CLOSING_WITHIN_DAYS = 14;

/** Credits are reminded of when their lot expires within this many days. */
export const CREDITS_EXPIRING_WITHIN_DAYS = 14;

/** The largest credit alert threshold an organization may set. */
export const MAX_CREDIT_ALERT_THRESHOLD = 10_000;

/** What the LMT reminders read of an ad's assessment. */
export interface LmtStanding {
  compliant: boolean;
  earliestLodgement: Day | null;
  latestLodgement: Day | null;
}

/**
 * Ready to lodge: every check passes and today is inside the lodgement window (on or after the
 * earliest day, on or before the latest).
 */
export function readyToLodge(standing: LmtStanding, today: Day): boolean {
  const { earliestLodgement: earliest, latestLodgement: latest } = standing;
  return standing.compliant && earliest !== null && latest !== null && earliest <= today && today <= latest;
}

/** Days until the window closes (0 on its last day); null once closed or when there is no window. */
export function daysUntilWindowCloses(standing: LmtStanding, today: Day): number | null {
  const latest = standing.latestLodgement;
  if (latest === null || today > latest) return null;
  return daysBetween(today, latest);
}

/** "Window closes within N days": the window is open or about to open and its last day is N days away or less. */
export function windowClosesWithin(standing: LmtStanding, today: Day, days = WINDOW_CLOSING_WITHIN_DAYS): boolean {
  const left = daysUntilWindowCloses(standing, today);
  return left !== null && left <= days;
}

export interface DueReminder {
  kind: NotificationKind;
  /** The due moment: with kind and subject, the reminder's identity. */
  dueKey: string;
  /** For the window reminders: how many days were left when it was due. */
  daysBefore?: number;
}

/**
 * The LMT reminders due for one ad today. Ready to lodge is due from the earliest lodgement day;
 * each window reminder from its day before the latest lodgement day until the window closes. A
 * run that catches up late sends only the nearest window reminder, not every one it missed.
 */
export function dueLmtReminders(standing: LmtStanding, today: Day): DueReminder[] {
  const due: DueReminder[] = [];
  if (readyToLodge(standing, today)) due.push({ kind: "LMT_READY", dueKey: standing.earliestLodgement! });
  const left = daysUntilWindowCloses(standing, today);
  // A window nobody can lodge in (ads not yet counted, or checks failing) needs no countdown.
  if (left !== null && standing.compliant && standing.earliestLodgement !== null) {
    const reached = LODGEMENT_WINDOW_REMINDER_DAYS.filter((d) => left <= d);
    const nearest = reached[reached.length - 1];
    if (nearest !== undefined) {
      const latest = standing.latestLodgement!;
      due.push({ kind: "LMT_WINDOW_CLOSING", dueKey: `${addDays(latest, -nearest)}/${nearest}`, daysBefore: nearest });
    }
  }
  return due;
}
