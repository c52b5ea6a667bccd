/** Calendar days as YYYY-MM-DD strings: LMT periods count whole days, not instants. */
export type Day = string;

const MS_PER_DAY = 86_400_000;

/** The UTC day of an instant; calendar arithmetic below works on UTC midnights. */
export function toDay(at: Date): Day {
  return at.toISOString().slice(0, 10);
}

/** Australian agencies count an ad's days on their own calendar, not on UTC's. */
export const DEFAULT_LMT_TIME_ZONE = "Australia/Sydney";

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day an instant falls on in a time zone: an ad published at 9 am in Sydney
 * (22:00 UTC the day before) started on the Sydney day. Throws a RangeError for an unknown zone.
 */
export function dayIn(at: Date, timeZone: string): Day {
  // Every job page view asks for today's day, and formatToParts is slow: one answer per zone and
  // minute (zone offsets are whole minutes).
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastDays.get(timeZone);
  if (last?.minute === minute) return last.day;
  const day = formatDay(at, timeZone);
  lastDays.set(timeZone, { minute, day });
  return day;
}

const lastDays = new Map<string, { minute: number; day: Day }>();

function formatDay(at: Date, timeZone: string): Day {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whether a time zone name is one this runtime knows (IANA, e.g. "Australia/Perth"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone });
    return true;
  } catch {
    return false;
  }
}

function utc(day: Day): number {
  const [y, m, d] = day.split("-").map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

export function addDays(day: Day, days: number): Day {
  return toDay(new Date(utc(day) + days * MS_PER_DAY));
}

/** Days from a to b (b - a). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((utc(b) - utc(a)) / MS_PER_DAY);
}

/** Inclusive length of a run from its first to its last day. */
export function runDays(from: Day, until: Day): number {
  return daysBetween(from, until) + 1;
}

/** The same day `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split("-").map(Number);
  const total = y! * 12 + (m! - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toDay(new Date(Date.UTC(year, month, Math.min(d!, lastDay))));
}
