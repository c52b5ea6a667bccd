/**
 * The product's own national job board at /jobs: every PUBLISHED ad of every employer, whoever
 * posted it and however it was paid, until it closes. One identity, so channels (issue 14), LMT
 * placements and applications can name it; no agency portal may take its slug (portal-settings).
 */
export const NATIONAL_BOARD = {
  /** What ApplyInput.portalSlug names when a candidate applies through the national board. */
  slug: "jobs",
  path: "/jobs",
  name: "Job Ads Australia",
  description: "Every job advertised on Job Ads, from employers and agencies across Australia.",
} as const;

/** Letters that NFKD does not split into a base letter and marks. */
const FOLDED: Record<string, string> = { ß: "ss", æ: "ae", ø: "o", œ: "oe", đ: "d", ł: "l", þ: "th" };
const MAX_SLUG_LENGTH = 80;

/**
 * The words of a title as an address segment: "Chef (Sous) – Bondi!" -> "chef-sous-bondi". Only
 * a-z, 0-9 and single hyphens, cut at a hyphen before 80 characters; "job" when nothing is left.
 */
export function jobSlug(title: string): string {
  const ascii = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[ßæøœđłþ]/g, (c) => FOLDED[c] ?? c);
  const words = ascii.match(/[a-z0-9]+/g) ?? [];
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug === "" ? (words[0]?.slice(0, MAX_SLUG_LENGTH) ?? "job") : slug;
}

/** An ad's canonical address on the national board; an old title's address redirects here. */
export function jobPath(id: string, title: string): string {
  return `${NATIONAL_BOARD.path}/${encodeURIComponent(id)}/${jobSlug(title)}`;
}

/**
 * Minimum-salary search compares a year's pay at the top of the shown range, as LMT does
 * (annualEarnings, PER_YEAR); the SQL column jobs.salary_annual (migration 0007) repeats those
 * factors and a test holds it to them. A hidden salary is never searchable.
 */
/** A sitemap file holds at most this many addresses (the sitemaps.org limit). */
export const SITEMAP_MAX_URLS = 50_000;
