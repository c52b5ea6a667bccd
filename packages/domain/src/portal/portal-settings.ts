import type { FieldErrors } from "../errors.js";

export interface PortalSettings {
  slug: string;
  title: string;
  intro?: string | null;
  primaryColor: string;
  logoUrl?: string | null;
}

/** Slugs that would clash with routes next to /p/<slug>. */
const RESERVED_SLUGS = new Set(["admin", "api", "graphql", "uploads", "rss", "new", "jobs"]);

export function normalizeSlug(slug: string): string {
  return slug.trim().toLowerCase();
}

/** Field messages for the portal settings form; empty when the settings may be saved. */
export function checkPortalSettings(s: PortalSettings): FieldErrors {
  const fields: FieldErrors = {};
  const slug = normalizeSlug(s.slug);
  if (!/^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/.test(slug) || slug.includes("--")) {
    fields.slug = "Use 3 to 40 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.";
  } else if (RESERVED_SLUGS.has(slug)) {
    fields.slug = "This address is reserved; choose another.";
  }
  const title = s.title.trim();
  if (title === "" || title.length > 120) fields.title = "Enter a title of up to 120 characters.";
  if ((s.intro ?? "").length > 2000) fields.intro = "Keep the introduction under 2,000 characters.";
  if (!/^#[0-9a-fA-F]{6}$/.test(s.primaryColor.trim())) fields.primaryColor = "Use a colour like #5b21b6.";
  const logo = (s.logoUrl ?? "").trim();
  if (logo !== "" && (!/^https:\/\/[^\s"'<>]+$/.test(logo) || logo.length > 500))
    fields.logoUrl = "Use an https:// link to the logo image.";
  return fields;
}
