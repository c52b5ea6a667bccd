import { NATIONAL_BOARD } from "../board/national-board.js";

/**
 * Channels (issue 14): where a published ad is advertised. The national board and Google for Jobs
 * (the job page's JobPosting data and the sitemap) carry every open ad; an XML feed carries the ads
 * chosen for it, and may be turned off or on for one ad after publish.
 */
export const CHANNEL_FEED_FORMATS = ["board", "google-jobs", "indeed-xml"] as const;
export type ChannelFeedFormat = (typeof CHANNEL_FEED_FORMATS)[number];

export interface ChannelFacts {
  slug: string;
  nationalReach: boolean;
  feedFormat: ChannelFeedFormat;
  enabled: boolean;
}

/** The channel of the national board; its slug is the board's, so an application through /jobs names it. */
export const NATIONAL_BOARD_CHANNEL = NATIONAL_BOARD.slug;

/** Whether an ad can be taken out of (or put back into) this channel on its own: only feeds list chosen ads. */
export function isChoosable(channel: Pick<ChannelFacts, "feedFormat">): boolean {
  return channel.feedFormat === "indeed-xml";
}

/**
 * The channels an ad goes to when nobody chose: the board and Google for Jobs, and every enabled
 * feed (only the national ones for an LMT ad). publish_job (db/functions.ts) repeats this in SQL.
 */
export function defaultChannels<C extends ChannelFacts>(channels: readonly C[], lmt: boolean): C[] {
  return channels.filter((c) => c.enabled && (!isChoosable(c) || !lmt || c.nationalReach));
}

/**
 * What an ad will be in, from what the user chose among the choosable channels: the national board
 * and Google for Jobs always (every open ad is on them), plus the chosen enabled feeds.
 */
export function resolveChannels<C extends ChannelFacts>(channels: readonly C[], chosen: readonly string[]): C[] {
  const picked = new Set(chosen);
  return channels.filter((c) => c.enabled && (!isChoosable(c) || picked.has(c.slug)));
}

export const CHANNEL_SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** An operator's new channel: field messages for what is wrong (the CLI prints them). */
export function checkChannel(input: {
  slug: string;
  name: string;
  feedFormat: string;
  publisherUrl?: string | null;
}): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!CHANNEL_SLUG.test(input.slug))
    fields.slug = "Use 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit.";
  if (input.slug === "portal") fields.slug = '"portal" names an agency\'s own job board in LMT reports.';
  const name = input.name.trim();
  if (name === "" || name.length > 120) fields.name = "Name the channel (up to 120 characters).";
  if (!(CHANNEL_FEED_FORMATS as readonly string[]).includes(input.feedFormat))
    fields.feedFormat = `Use one of ${CHANNEL_FEED_FORMATS.join(", ")}.`;
  const url = input.publisherUrl ?? null;
  if (url !== null && !/^https?:\/\/[^\s]+$/i.test(url))
    fields.publisherUrl = "Give the publisher's address, starting with https://.";
  return fields;
}

/** An ad's address as a channel links to it: absolute, with the channel's tracking code. */
export function trackedUrl(origin: string, path: string, code: string): string {
  const url = new URL(path, origin);
  url.searchParams.set("source", code);
  return url.toString();
}

/** Characters XML 1.0 forbids (C0 controls but tab, newline and return; U+FFFE, U+FFFF; lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the characters an XML document cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Text as element content: forbidden characters dropped, markup escaped. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Text in a CDATA section: forbidden characters dropped, and any "]]>" split across two sections so it cannot end it. */
export function cdata(text: string): string {
  return `<![CDATA[${xmlSafe(text).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/** Plain text as the HTML aggregators read a description as: markup escaped, line breaks kept. */
export function plainTextAsHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((para) => `<p>${para.split("\n").join("<br>")}</p>`)
    .join("");
}

/** Indeed-style <jobtype> words for the product's work types. */
export const FEED_JOB_TYPES: Record<string, string> = {
  FULL_TIME: "fulltime",
  PART_TIME: "parttime",
  CONTRACT: "contract",
  CASUAL: "casual",
  TEMPORARY: "temporary",
};

/** Dates as the Indeed-style feed writes them (RFC 1123 in GMT, e.g. "Sun, 06 Dec 2026 12:00:00 GMT"). */
export function feedDate(at: Date): string {
  return at.toUTCString();
}

/**
 * The visitor key a page view is counted under: the address and browser hashed with the day, so
 * a visitor counts once per channel per day and no key links their visits across days.
 */
export function visitorKeyInput(day: string, clientAddress: string, userAgent: string): string {
  return `${day}\n${clientAddress}\n${userAgent}`;
}
