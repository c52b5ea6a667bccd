import type { IncomingMessage, ServerResponse } from "node:http";
import type { Services } from "../services.js";
import type { PublicJob } from "../modules/portal/portal.service.js";

/** Text for XML: the five special characters escaped and characters XML 1.0 forbids removed. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the control characters XML 1.0 allows
      .replace(/[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

function summary(job: PublicJob): string {
  const where = [job.city, job.state].filter((p) => p !== null && p !== "").join(", ");
  const text = job.description.length > 500 ? `${job.description.slice(0, 500)}…` : job.description;
  return `${job.employerName} — ${where}\n\n${text}`;
}

/** GET /p/<slug>/rss.xml: the portal's latest 50 jobs as RSS 2.0 (/p/<slug> itself is the SPA's). */
export function createRssHandler(services: Services) {
  return async function handleRss(req: IncomingMessage, res: ServerResponse, slug: string): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { "content-type": "text/plain; charset=utf-8" });
      return void res.end("Method not allowed.");
    }
    const feed = await services.portal.feed(slug);
    if (feed === null) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      return void res.end("No such portal.");
    }
    const base = services.portal.publicUrl();
    const home = `${base}/p/${feed.portal.slug}`;
    const items = feed.jobs.map((job) => {
      const link = `${home}/jobs/${job.id}`;
      return [
        "    <item>",
        `      <title>${xmlEscape(job.title)}</title>`,
        `      <link>${xmlEscape(link)}</link>`,
        `      <guid isPermaLink="true">${xmlEscape(link)}</guid>`,
        `      <pubDate>${job.publishedAt.toUTCString()}</pubDate>`,
        `      <category>${xmlEscape(job.workType)}</category>`,
        `      <description>${xmlEscape(summary(job))}</description>`,
        "    </item>",
      ].join("\n");
    });
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
      "  <channel>",
      `    <title>${xmlEscape(feed.portal.title)}</title>`,
      `    <link>${xmlEscape(home)}</link>`,
      `    <description>${xmlEscape(feed.portal.intro ?? `Jobs at ${feed.portal.title}`)}</description>`,
      `    <atom:link href="${xmlEscape(`${home}/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
      ...(feed.jobs[0] !== undefined ? [`    <lastBuildDate>${feed.jobs[0].publishedAt.toUTCString()}</lastBuildDate>`] : []),
      ...items,
      "  </channel>",
      "</rss>",
      "",
    ].join("\n");
    res.writeHead(200, {
      "content-type": "application/rss+xml; charset=utf-8",
      "cache-control": "public, max-age=300",
      "content-length": Buffer.byteLength(xml),
    });
    if (req.method === "HEAD") return void res.end();
    res.end(xml);
  };
}
