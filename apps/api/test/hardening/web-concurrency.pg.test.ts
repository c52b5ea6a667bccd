import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "../db.js";
import { startTestApp, type TestApp } from "../harness.js";
import { startApiProcess } from "../api-process.js";
import { freePort } from "../pg-cluster.js";

// Several web processes share one database another process can reach.
if (!onPostgres) console.warn("web-concurrency.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

const BOARD = JSON.stringify({ query: `{ boardJobs(first: 5) { totalCount } }` });

const childrenOf = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(!onPostgres)("WEB_CONCURRENCY", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t?.close());

  it("serves one port from two web processes, replaces one that dies, and stops them all on SIGTERM", async () => {
    const api = await startApiProcess({ DATABASE_URL: t.database.url!, LOG_SILENT: "1", WEB_CONCURRENCY: "2" }, await freePort());
    try {
      const workers = childrenOf(api.pid);
      expect(workers).toHaveLength(2);
      const ask = async () => {
        const res = await fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: BOARD,
        });
        expect(res.status).toBe(200);
      };
      await Promise.all(Array.from({ length: 20 }, ask));

      // Whichever process takes the scrape, /metrics counts the requests of both.
      const answered = async () => {
        const text = await (await fetch(`${api.url}/metrics`)).text();
        return [...text.matchAll(/^graphql_requests_total\{[^}]*\} (\d+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
      };
      for (let i = 0; i < 4; i++) expect(await answered()).toBe(20);

      // A worker that crashes under load (after it started) is replaced; the port keeps answering.
      await new Promise((r) => setTimeout(r, 5_500));
      process.kill(workers[0]!, "SIGKILL");
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && !(childrenOf(api.pid).length === 2 && !childrenOf(api.pid).includes(workers[0]!)))
        await new Promise((r) => setTimeout(r, 200));
      expect(childrenOf(api.pid)).toHaveLength(2);
      await Promise.all(Array.from({ length: 10 }, ask));

      const now = childrenOf(api.pid);
      await api.stop();
      expect(api.child.exitCode).toBe(0);
      expect(now.filter(alive)).toEqual([]);
    } finally {
      await api.kill();
    }
  }, 90_000);
});
