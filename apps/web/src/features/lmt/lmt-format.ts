/** Days in the LMT record are calendar days (YYYY-MM-DD), shown as written, never shifted by a time zone. */
const dayFormat = new Intl.DateTimeFormat("en-AU", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export function formatDay(day: string | null | undefined): string {
  if (day == null || day === "") return "—";
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** An API timestamp as the calendar day it falls on in Sydney-free UTC terms (what the API counts in). */
export function dayOf(timestamp: string | null | undefined): string | null {
  if (timestamp == null || timestamp === "") return null;
  return timestamp.slice(0, 10);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatDollars(n: number): string {
  return `$${n.toLocaleString("en-AU")}`;
}

/** YYYY-MM-DD, or null when empty. */
export function dayOrNull(text: string): string | null {
  const t = text.trim();
  return t === "" ? null : t;
}
