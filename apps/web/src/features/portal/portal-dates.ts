/** "Posted today", "Posted 3 days ago", or the date for older ads. */
export function postedAgo(iso: string, now: Date): string {
  const then = new Date(iso);
  const days = Math.floor((startOfDay(now) - startOfDay(then)) / 86_400_000);
  if (days <= 0) return "Posted today";
  if (days === 1) return "Posted yesterday";
  if (days < 30) return `Posted ${days} days ago`;
  return `Posted ${formatDate(iso)}`;
}

/**
 * The public pages render on the server and again in the browser: both read dates on one calendar
 * (the product's, Sydney), so the page a candidate sees is the page the server sent.
 */
const TIME_ZONE = "Australia/Sydney";
const DATE = new Intl.DateTimeFormat("en-AU", { day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const DAY = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TIME_ZONE });

export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}

function startOfDay(d: Date): number {
  return Date.parse(`${DAY.format(d)}T00:00:00Z`);
}
