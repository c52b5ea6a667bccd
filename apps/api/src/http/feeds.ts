import type { IncomingMessage, ServerResponse } from "node:http";
import { FEED_JOB_TYPES, cdata, feedDate, jobPath, plainTextAsHtml, trackedUrl, xmlText } from "@app/domain";
import type { FeedJobRow } from "../modules/channels/channels.service.js";
import { salaryText } from "../modules/lmt/lmt-report.js";
import type { Services } from "../services.js";

const FEED_PATH = /^\/feeds\/([a-z0-9][a-z0-9-]{0,39})\.xml$/;
/** Aggregators pull a few times a day; a CDN in front may keep a feed a few minutes. */
const FEED_CACHE = "public, max-age=300";

export function feedSlug(path: string): string | null {
  return FEED_PATH.exec(path)?.[1] ?? null;
}

/** One <job> of the Indeed-style XML feed; every text in CDATA (cleaned and split), the description as escaped HTML. */
export function feedJob(job: FeedJobRow, origin: string, code: string): string {
  const salary = job.showSalary
    ? salaryText({
        salaryMin: job.salaryMin,
        salaryMax: job.salaryMax,
        salaryPeriod: job.salaryPeriod,
        salaryCurrency: job.salaryCurrency,
      } as Parameters<typeof salaryText>[0])
    : null;
  const description = plainTextAsHtml(job.requirements ? `${job.description}\n\n${job.requirements}` : job.description);
  const field = (name: string, value: string) => `<${name}>${cdata(value)}</${name}>`;
  return [
    "<job>",
    field("title", job.title),
    field("date", feedDate(job.publishedAt)),
    field("referencenumber", job.id),
    field("url", trackedUrl(origin, jobPath(job.id, job.title), code)),
    field("company", job.company),
    field("city", job.city),
    field("state", job.state ?? ""),
    field("country", job.country),
    field("postalcode", job.postcode ?? ""),
    field("description", description),
    field("salary", salary ?? ""),
    field("jobtype", FEED_JOB_TYPES[job.workType] ?? job.workType.toLowerCase()),
    field("expirationdate", feedDate(job.closesAt)),
    "</job>",
  ].join("");
}

/**
 * GET /feeds/<channel>.xml: the channel's open ads as an Indeed-style XML feed, streamed page by
 * page from the board's read pool (keyset pages, written out as they come, waiting on a slow reader).
 */
export function createFeedsHandler(services: Services) {
  return async function handleFeed(req: IncomingMessage, res: ServerResponse, slug: string): Promise<void> {
    const head = req.method === "HEAD";
    if (req.method !== "GET" && !head) {
      res.writeHead(405, { "content-type": "text/plain; charset=utf-8", allow: "GET, HEAD" });
      return void res.end("Method not allowed.");
    }
    const channel = await services.channels.feedChannel(slug);
    if (channel === null) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      return void res.end("No such feed.");
    }
    const origin = services.portal.publicUrl();
    res.writeHead(200, { "content-type": "application/xml; charset=utf-8", "cache-control": FEED_CACHE });
    if (head) return void res.end();
    let closed = false;
    res.on("close", () => (closed = true));
    // Waits while the reader is slower than the database, so pages never pile up in memory.
    const write = async (chunk: string) => {
      if (res.write(chunk) || closed) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off("drain", done);
          res.off("close", done);
          resolve();
        };
        res.on("drain", done);
        res.on("close", done);
      });
    };
    await write(
      `<?xml version="1.0" encoding="UTF-8"?>\n<source><publisher>${xmlText("Job Ads")}</publisher><publisherurl>${xmlText(origin)}</publisherurl><lastBuildDate>${xmlText(services.channels.now().toUTCString())}</lastBuildDate>\n`,
    );
    for await (const page of services.channels.feedJobs(channel.slug)) {
      if (closed) return;
      await write(page.map((job) => feedJob(job, origin, channel.slug)).join("\n") + "\n");
    }
    res.end("</source>\n");
  };
}
