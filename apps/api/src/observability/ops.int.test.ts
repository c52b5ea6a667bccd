import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness.js";
import { employer, grantCredits } from "../../test/factories.js";
import { CREATE_JOB, jobInput } from "../../test/jobs.js";

const OPS_TOKEN = "ops-token-for-the-metrics-test";

/** A metric's value from the Prometheus text format, 0 when the series is not there. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return 0;
}

describe("health, readiness and metrics", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { opsToken: OPS_TOKEN } });
  });
  afterAll(() => t?.close());

  const scrape = async () => {
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    return res.text();
  };

  it("/healthz says the process is up and the database answers; /readyz that migrations are applied", async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, database: "up" });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, database: "up", migrations: "applied" });
  });

  it("counts a publish, the credit it spent and its GraphQL operation", async () => {
    const before = await scrape();
    const agency = await employer(t);
    await grantCredits(t, agency.organizationId, 2);
    const { createJob } = await agency.client.ok(CREATE_JOB, { input: jobInput() });
    const published = await agency.client.ok(
      `mutation PublishAJob($id: ID!) { publishJob(id: $id) { id status payment { source } } }`,
      { id: createJob.id },
    );
    expect(published.publishJob).toMatchObject({ status: "PUBLISHED", payment: { source: "OWN_CREDITS" } });
    // A refused operation counts its error code.
    const refused = await t.client().request(`query MyJobs { jobs(first: 1) { totalCount } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) =>
      sample(after, name, labels) - sample(before, name, labels);
    expect(delta("jobs_published_total", { paid_by: "OWN_CREDITS" })).toBe(1);
    expect(delta("credits_spent_total", { payer: "employer" })).toBe(1);
    expect(delta("graphql_requests_total", { operation: "PublishAJob", outcome: "ok" })).toBe(1);
    expect(delta("graphql_request_duration_seconds_count", { operation: "PublishAJob" })).toBe(1);
    expect(delta("graphql_errors_total", { code: "UNAUTHENTICATED", operation: "MyJobs" })).toBe(1);
    expect(delta("http_requests_total", { route: "graphql", status: "200" })).toBeGreaterThanOrEqual(3);
    // The queue's depth and age are there, per state.
    expect(after).toMatch(/^queue_jobs\{state="dead"\} \d+$/m);
    expect(after).toMatch(/^queue_oldest_due_seconds\{state="queued"\} [\d.e+-]+$/m);
    expect(after).toContain("process_resident_memory_bytes");
  });

  it("is not public: a request a proxy forwarded needs the ops token", async () => {
    const forwarded = await fetch(`${t.url}/metrics`, { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(forwarded.status).toBe(404);
    const wrong = await fetch(`${t.url}/metrics`, {
      headers: { "x-forwarded-for": "203.0.113.9", authorization: "Bearer not-the-token-at-all-nope" },
    });
    expect(wrong.status).toBe(404);
    const withToken = await fetch(`${t.url}/metrics`, {
      headers: { "x-forwarded-for": "203.0.113.9", authorization: `Bearer ${OPS_TOKEN}` },
    });
    expect(withToken.status).toBe(200);
    expect(await withToken.text()).toContain("graphql_requests_total");
  });
});
