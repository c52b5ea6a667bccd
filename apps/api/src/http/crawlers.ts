import type { IncomingMessage, ServerResponse } from "node:http";
import { NATIONAL_BOARD, jobPath } from "@app/domain";
import type { Services } from "../services.js";

/** Sitemaps change as ads are published: crawlers and a CDN may keep them a few minutes. */
const CRAWLER_CACHE = "public, max-age=300";
const SITEMAP_FILE = /^\/sitemaps\/jobs-(\d{1,6})\.xml$/;

/**
 * Where crawlers may go: the public boards and ads yes; signed-in areas, the API, uploads, CVs,
 * reports, receipts and confirmations no. Each Disallow is a path prefix of a server route or an app screen.
 */
export function robotsTxt(publicUrl: string): string {
  const disallowed = [
    "/graphql",
    "/uploads",
    "/applications/",
    "/reports/",
    "/receipts/",
    "/candidate-data/",
    "/your-data",
    "/agency",
    "/employer",
    "/account",
    "/billing",
    "/pricing",
    "/invitation/",
    "/dev/",
    "/playground",
    "/login",
    "/signup",
    `${NATIONAL_BOARD.path}/applied/`,
    "/p/*/applied/",
    "/p/*/client",
    "/p/*/activate",
    "/p/*/your-data",
  ];
  return [
    "User-agent: *",
    `Allow: ${NATIONAL_BOARD.path}`,
    "Allow: /p/",
    ...disallowed.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${publicUrl}/sitemap.xml`,
    "",
  ].join("\n");
}

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function isCrawlerPath(path: string): boolean {
  return path === "/robots.txt" || path === "/sitemap.xml" || SITEMAP_FILE.test(path);
}

/** GET /robots.txt, /sitemap.xml (an index) and /sitemaps/jobs-<n>.xml (at most 50,000 open ads each, with lastmod). */
export function createCrawlersHandler(services: Services) {
  function send(res: ServerResponse, status: number, type: string, body: string, head: boolean) {
    res.writeHead(status, {
      "content-type": `${type}; charset=utf-8`,
      "cache-control": status === 200 ? CRAWLER_CACHE : "no-store",
      "content-length": Buffer.byteLength(body),
    });
    res.end(head ? undefined : body);
  }

  return async function handleCrawlers(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const head = req.method === "HEAD";
    if (req.method !== "GET" && !head) return send(res, 405, "text/plain", "Method not allowed.", false);
    const origin = services.portal.publicUrl();
    if (path === "/robots.txt") return send(res, 200, "text/plain", robotsTxt(origin), head);
    if (path === "/sitemap.xml") {
      const files = await services.board.sitemapFiles();
      const entries = files.map(
        (f) =>
          `<sitemap><loc>${xml(`${origin}/sitemaps/jobs-${f.file + 1}.xml`)}</loc><lastmod>${f.lastmod.toISOString()}</lastmod></sitemap>`,
      );
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join("")}</sitemapindex>\n`;
      return send(res, 200, "application/xml", body, head);
    }
    const n = Number(SITEMAP_FILE.exec(path)?.[1] ?? 0);
    const ads = n >= 1 ? await services.board.sitemapFile(n - 1) : [];
    if (ads.length === 0) return send(res, 404, "text/plain", "No such sitemap.", head);
    const urls = ads.map(
      (ad) =>
        `<url><loc>${xml(`${origin}${jobPath(ad.id, ad.title)}`)}</loc><lastmod>${new Date(ad.changed).toISOString()}</lastmod></url>`,
    );
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join("")}</urlset>\n`;
    return send(res, 200, "application/xml", body, head);
  };
}
