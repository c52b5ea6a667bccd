import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/client.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer, grantCredits, type SignedUp } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../../test/jobs.js";
import { PAGE_VIEW_FLUSH_MS } from "./page-views.js";

const BOARD_JOB = `query($id: ID!, $source: String) { boardJob(id: $id, source: $source) { id } }`;

let t: TestApp;
let boss: SignedUp;
let stopped = false;
beforeAll(async () => {
  t = await startTestApp();
  boss = await employer(t);
  await grantCredits(t, boss.organizationId, 5);
});
afterAll(async () => {
  if (stopped) await t.database.close();
  else await t.close();
});

async function publishedJob(title: string): Promise<string> {
  const { createJob } = await boss.client.ok(CREATE_JOB, { input: jobInput({ title }) });
  await boss.client.ok(PUBLISH_JOB, { id: createJob.id });
  return createJob.id as string;
}

async function view(id: string, visitor: string, source: string | null = null) {
  const res = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": visitor },
    body: JSON.stringify({ query: BOARD_JOB, variables: { id, source } }),
  });
  expect(res.status).toBe(200);
}

async function stored(id: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await t.database.db.execute(sql`SELECT count(*)::int AS n FROM job_page_views WHERE job_id = ${id}`),
  );
  return row!.n;
}

describe("job page views are written in batches", () => {
  it("folds a visitor's repeats into one row and writes them in one go", async () => {
    const id = await publishedJob("Batch Barista");
    await view(id, "visitor-a");
    await view(id, "visitor-a");
    await view(id, "visitor-b");
    await view(id, "visitor-b", "indeed");
    // Counted, not yet written: a page view costs no write of its own.
    expect(await stored(id)).toBe(0);
    await t.app.services.channels.flushViews();
    expect(await stored(id)).toBe(3);
    // A repeat after the write is still one row (ON CONFLICT DO NOTHING).
    await view(id, "visitor-a");
    await t.app.services.channels.flushViews();
    expect(await stored(id)).toBe(3);
  });

  it("writes on its own within PAGE_VIEW_FLUSH_MS", async () => {
    const id = await publishedJob("Timer Chef");
    await view(id, "visitor-c");
    await new Promise((r) => setTimeout(r, PAGE_VIEW_FLUSH_MS + 500));
    expect(await stored(id)).toBe(1);
  });

  it("a report counts views not yet written, and a stopping process writes what it holds", async () => {
    const id = await publishedJob("Shutdown Cook");
    await view(id, "visitor-d");
    expect(await t.app.services.channels.viewsByDay(id)).toSatisfy((m: Map<string, Map<string, number>>) => m.size === 1);
    await view(id, "visitor-e");
    stopped = true;
    await t.app.stop();
    expect(await stored(id)).toBe(2);
  });
});
