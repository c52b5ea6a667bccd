import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness.js";
import { employer } from "../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../test/jobs.js";
import { robotsTxt } from "./crawlers.js";

/** A stand-in web build: index.html, a hashed asset, the server folder, and a sibling folder outside it. */
const parent = mkdtempSync(join(tmpdir(), "i12-web-"));
const dist = join(parent, "dist");
mkdirSync(join(dist, "assets"), { recursive: true });
mkdirSync(join(dist, "server"), { recursive: true });
mkdirSync(join(parent, "dist-secret"), { recursive: true });
writeFileSync(join(dist, "index.html"), "<!doctype html><title>App</title><div id=root></div>");
writeFileSync(join(dist, "assets", "app-abc123.js"), `console.log(${JSON.stringify("x".repeat(5000))});`);
writeFileSync(join(dist, "server", "entry-server.js"), "export {}");
writeFileSync(join(parent, "dist-secret", "key.txt"), "secret");

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ webDist: dist });
});
afterAll(() => t.close());

/** A raw GET (fetch would decompress and hide the encoding). */
function rawGet(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function publishOwnAd(title: string) {
  const cafe = await employer(t, { organizationName: "Crawler Cafe" });
  const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput({ title }) });
  await cafe.client.ok(PUBLISH_JOB, { id: createJob.id, payment: { token: "tok_visa" } });
  return { id: createJob.id as string, client: cafe.client };
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe("robots.txt and the sitemap", () => {
  it("robots.txt allows the boards, disallows signed-in areas, the API and uploads, and names the sitemap", async () => {
    const res = await fetch(`${t.url}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toBe(robotsTxt(t.url));
    const lines = text.split("\n");
    for (const allowed of ["Allow: /jobs", "Allow: /p/"]) expect(lines).toContain(allowed);
    for (const path of ["/graphql", "/uploads", "/applications/", "/agency", "/employer", "/account", "/billing", "/p/*/client"])
      expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).toContain(`Sitemap: ${t.url}/sitemap.xml`);
  });

  it("the sitemap index's files list exactly the open ads, with lastmod; a closed ad leaves", async () => {
    const open = await publishOwnAd("Sitemap Chef");
    const closing = await publishOwnAd("Sitemap Waiter");
    const cafe = await employer(t);
    await cafe.client.ok(CREATE_JOB, { input: jobInput({ title: "Sitemap Draft" }) });
    const all = async () => {
      const index = await (await fetch(`${t.url}/sitemap.xml`)).text();
      expect(index).toMatch(
        /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
      );
      expect(index).toMatch(/<lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod>/);
      const urls: string[] = [];
      for (const file of locs(index)) {
        const res = await fetch(file);
        expect(res.status).toBe(200);
        const body = await res.text();
        expect(body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
        expect(body.match(/<lastmod>/g)?.length).toBe(locs(body).length);
        urls.push(...locs(body));
      }
      return urls.sort();
    };
    expect(await all()).toEqual([`${t.url}/jobs/${closing.id}/sitemap-waiter`, `${t.url}/jobs/${open.id}/sitemap-chef`].sort());
    await closing.client.ok(`mutation($id: ID!) { closeJob(id: $id) { status } }`, { id: closing.id });
    expect(await all()).toEqual([`${t.url}/jobs/${open.id}/sitemap-chef`]);
    expect((await fetch(`${t.url}/sitemaps/jobs-2.xml`)).status).toBe(404);
    expect((await fetch(`${t.url}/sitemaps/jobs-0.xml`)).status).toBe(404);
  });
});

describe("compression, caching and the static files", () => {
  it("answers Accept-Encoding: br, gzip with brotli, and gzip alone with gzip", async () => {
    const query = JSON.stringify({ query: "{ __schema { types { name description } } }" });
    const post = (encoding: string) =>
      fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "accept-encoding": encoding },
        body: query,
      });
    expect((await post("br, gzip")).headers.get("content-encoding")).toBe("br");
    const br = await rawGet("/robots.txt", { "accept-encoding": "br, gzip" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(robotsTxt(t.url));
    const gz = await rawGet("/assets/app-abc123.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toContain("console.log");
    expect((await rawGet("/robots.txt")).headers["content-encoding"]).toBeUndefined();
  });

  it("caches hashed files as immutable, revalidates the rest, and serves nothing outside the build or its renderer", async () => {
    const asset = await rawGet("/assets/app-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["content-type"]).toMatch(/javascript/);
    const app = await rawGet("/employer/jobs");
    expect(app.status).toBe(200);
    expect(app.headers["cache-control"]).toBe("no-cache");
    expect(app.body.toString()).toContain("<title>App</title>");
    expect((await rawGet("/assets/missing-123.js")).status).toBe(404);
    expect((await rawGet("/server/entry-server.js")).status).toBe(404);
    for (const path of ["/../dist-secret/key.txt", "/%2e%2e/dist-secret/key.txt", "/..%2fdist-secret/key.txt"]) {
      const res = await rawGet(path);
      expect(res.body.toString()).not.toContain("secret");
    }
  });
});
