import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/client.js";
import { onPostgres } from "../../../test/db.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer, grantCredits } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB } from "../../../test/jobs.js";
import { lmtJobInput } from "../../../test/lmt.js";

// Views racing a lock on the job's row need real connections: PGlite has one.
if (!onPostgres) console.warn("views-concurrency.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

const VIEWS = 1000;
/** Far longer than 1,000 appends take; a view that waited on the job's row would still be waiting then. */
const WAIT_MS = 60_000;
const BOARD_JOB = `query($id: ID!, $source: String) { boardJob(id: $id, source: $source) { id } }`;

describe.skipIf(!onPostgres)("views per channel under load on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it("1,000 concurrent views of one ad, while another connection holds its row FOR UPDATE, all complete and all count", async () => {
    const boss = await employer(t);
    await grantCredits(t, boss.organizationId, 5);
    const { createJob } = await boss.client.ok(CREATE_JOB, { input: lmtJobInput({ title: "Busy Chef" }) });
    await boss.client.ok(PUBLISH_JOB, { id: createJob.id });
    const id = createJob.id as string;

    // Each view from its own visitor (the user agent is part of the visitor key), through the indeed link.
    const view = async (i: number) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": `load-visitor-${i}` },
        body: JSON.stringify({ query: BOARD_JOB, variables: { id, source: "indeed" } }),
      });
      const body = (await res.json()) as { data?: { boardJob: { id: string } | null }; errors?: unknown[] };
      if (body.errors !== undefined || body.data?.boardJob?.id !== id) throw new Error(`view ${i}: ${JSON.stringify(body)}`);
    };

    const holder = postgres(t.database.url!, { max: 1, onnotice: () => {} });
    let waitingOnLocks = 0;
    try {
      const outcome = await holder.begin(async (tx) => {
        const locked = await tx`SELECT id FROM jobs WHERE id = ${id} FOR UPDATE`;
        expect(locked).toHaveLength(1);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<"timed out">((resolve) => (timer = setTimeout(() => resolve("timed out"), WAIT_MS)));
        const views = Promise.all(Array.from({ length: VIEWS }, (_, i) => view(i))).then(() => "done" as const);
        // Midway, nothing in the database may be waiting on a lock (a view blocked by the row lock would be).
        const sample = setInterval(async () => {
          const [row] = rowsOf<{ n: number }>(
            await t.database.db.execute(
              sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
            ),
          );
          waitingOnLocks = Math.max(waitingOnLocks, row!.n);
        }, 50);
        try {
          return await Promise.race([views, timeout]);
        } finally {
          clearTimeout(timer);
          clearInterval(sample);
        }
      });
      // The row lock was still held while every view answered.
      expect(outcome).toBe("done");
    } finally {
      await holder.end();
    }
    expect(waitingOnLocks).toBe(0);

    // Views are written in batches (page-views.ts): what was counted so far goes in now.
    await t.app.services.channels.flushViews();
    const [counted] = rowsOf<{ n: number }>(
      await t.database.db.execute(sql`SELECT count(*)::int AS n FROM job_page_views WHERE job_id = ${id} AND source = 'indeed'`),
    );
    expect(counted!.n).toBe(VIEWS);
    const { lmtReport } = await boss.client.ok(`query($id: ID!) { lmtReport(jobId: $id) { placements { sourceCode views } } }`, {
      id,
    });
    expect(lmtReport.placements.find((p: { sourceCode: string }) => p.sourceCode === "indeed").views).toBe(VIEWS);
  }, 120_000);
});
