import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSiblingApp, startTestApp, type TestApp } from "../harness.js";

/** A stand-in web build: the SPA shell, an asset, and a server renderer answering /jobs. */
const parent = mkdtempSync(join(tmpdir(), "i13-web-"));
const dist = join(parent, "dist");
mkdirSync(join(dist, "assets"), { recursive: true });
mkdirSync(join(dist, "server"), { recursive: true });
mkdirSync(join(dist, ".vite"), { recursive: true });
writeFileSync(join(dist, "index.html"), "<!doctype html><title>App</title><div id=root></div>");
writeFileSync(join(dist, "assets", "public-abc.js"), "export {}");
writeFileSync(
  join(dist, "server", "entry-server.js"),
  `export class ApiError extends Error {}
export const isPublicPage = (path) => path === "/jobs";
export async function render() {
  return { status: 200, html: "<!doctype html><title>Jobs</title>", location: null };
}`,
);
writeFileSync(
  join(dist, ".vite", "public-manifest.json"),
  JSON.stringify({ "src/public/entry-client.tsx": { file: "assets/public-abc.js", isEntry: true } }),
);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ webDist: dist });
});
afterAll(() => t.close());

function rawGet(
  base: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    req.end();
  });
}

function directives(csp: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of String(csp).split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

describe("security headers", () => {
  it("every HTML answer (SPA shell, server-rendered page, unsubscribe page) forbids inline script and framing, and sends no referrer", async () => {
    for (const path of ["/employer/jobs", "/jobs", "/unsubscribe/not-a-token"]) {
      const res = await rawGet(t.url, path);
      expect(res.headers["content-type"], path).toMatch(/^text\/html/);
      const csp = directives(res.headers["content-security-policy"]);
      expect(csp.get("script-src"), path).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(csp.get("object-src"), path).toEqual(["'none'"]);
      expect(String(res.headers["content-security-policy"])).not.toContain("stripe");
      expect(res.headers["x-frame-options"], path).toBe("DENY");
      expect(res.headers["referrer-policy"], path).toBe("no-referrer");
      expect(res.headers["x-content-type-options"], path).toBe("nosniff");
      expect(res.headers["strict-transport-security"], path).toBeUndefined();
    }
    const asset = await rawGet(t.url, "/assets/public-abc.js");
    expect(asset.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("the renderer and the shell are not served by a percent-encoded path either", async () => {
    for (const path of ["/server/entry-server.js", "/%73erver/entry-server.js", "/%2573erver/entry-server.js"]) {
      const res = await rawGet(t.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain("isPublicPage");
    }
  });

  it("over https answers carry HSTS, and with Stripe its origins are allowed for scripts, frames and its API", async () => {
    const sibling = await startSiblingApp(t, {
      webDist: dist,
      publicUrl: "https://jobs.example.com.au",
      secureCookies: true,
      stripe: {
        secretKey: "sk_test_x",
        publishableKey: "pk_test_x",
        webhookSecret: "whsec_x",
        jsUrl: "https://js.stripe.com/v3/",
        api: null,
      },
    });
    try {
      const res = await rawGet(sibling.url, "/employer/jobs");
      expect(res.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
      const csp = directives(res.headers["content-security-policy"]);
      expect(csp.get("script-src")).toEqual(["'self'", "https://js.stripe.com"]);
      expect(csp.get("frame-src")).toContain("https://js.stripe.com");
      expect(csp.get("frame-src")).toContain("https://hooks.stripe.com");
      expect(csp.get("connect-src")).toEqual(["'self'", "https://api.stripe.com"]);
    } finally {
      await sibling.close();
    }
  });
});
