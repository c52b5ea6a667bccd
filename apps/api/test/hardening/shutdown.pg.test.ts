import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "../db.js";
import { startTestApp, type TestApp } from "../harness.js";
import { startApiProcess } from "../api-process.js";
import { freePort } from "../pg-cluster.js";

// The API as production runs it, in a process of its own, needs a database another process can reach.
if (!onPostgres) console.warn("shutdown.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

const CLIENTS = 16;
const BOARD = JSON.stringify({ query: `{ boardJobs(first: 20) { totalCount nodes { id title } } }` });

/**
 * Refused, or reset while still in the listener's backlog once it closed: the request never reached
 * the API, and a load balancer sends it elsewhere. A request the API took and then cut shows as
 * undici's "other side closed" instead.
 */
const neverReached = (error: unknown) =>
  ["ECONNREFUSED", "ECONNRESET"].includes((error as { cause?: { code?: string } }).cause?.code ?? "");

describe.skipIf(!onPostgres)("SIGTERM under load", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t?.close());

  it("answers every request it took before it exits, and exits cleanly", async () => {
    const api = await startApiProcess({ DATABASE_URL: t.database.url!, LOG_SILENT: "1" }, await freePort());
    const answered: number[] = [];
    const dropped: string[] = [];
    let refused = 0;
    let stopping = false;
    const client = async () => {
      for (;;) {
        try {
          const res = await fetch(`${api.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: BOARD,
          });
          const body = (await res.json()) as { data?: { boardJobs?: unknown } };
          if (res.status !== 200 || !body.data?.boardJobs) dropped.push(`HTTP ${res.status}`);
          else answered.push(Date.now());
        } catch (error) {
          if (!stopping || !neverReached(error)) dropped.push(String((error as Error).cause ?? error));
          else refused += 1;
          if (stopping) return;
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    while (answered.length < 200) await new Promise((r) => setTimeout(r, 20));
    stopping = true;
    const exited = new Promise<number | null>((resolve) => api.child.once("exit", (code) => resolve(code)));
    api.child.kill("SIGTERM");
    await Promise.all(clients);
    expect(await exited).toBe(0);
    expect(dropped, api.logs()).toEqual([]);
    expect(refused).toBe(CLIENTS);
    expect(answered.length).toBeGreaterThan(200);
  }, 60_000);
});
