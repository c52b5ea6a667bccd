import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { reconnectDelaySeconds } from "../../src/db/client.js";
import { onPostgres } from "../db.js";

// The driver on its own, as the API's pools use it (one connection, like the session pool; named
// statements; the API's reconnect delay): with five queries always in flight, its backend is
// terminated again and again. Unpatched, a backend killed mid-query closed with queries that were
// never failed, and the pool waited on them forever; with the default backoff a burst of
// terminations left queries waiting up to 20 s.
const TERMINATIONS = 150;
const WAITED_TOO_LONG_MS = 5000;
const serverUrl = process.env.DATABASE_URL ?? "";

describe.skipIf(!onPostgres)("postgres.js under repeated backend terminations", () => {
  // A database of its own: the terminations must not reach the other test files' connections.
  const name = `reconnect_${randomBytes(6).toString("hex")}`;
  let sql: postgres.Sql;
  let admin: postgres.Sql;
  beforeAll(async () => {
    const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await server.unsafe(`CREATE DATABASE ${name}`);
    await server.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    sql = postgres(url.toString(), { max: 1, onnotice: () => {}, prepare: true, backoff: reconnectDelaySeconds });
    admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql?.end({ timeout: 1 });
    await admin?.end({ timeout: 1 });
    const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await server.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.end();
  });

  it(`leaves no query waiting over ${TERMINATIONS} terminations`, async () => {
    const [row] = await admin<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const adminPid = row!.pid;
    let stop = false;
    let answered = 0;
    let failed = 0;
    const waiting = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (!stop) {
        const id = next++;
        waiting.set(id, Date.now());
        try {
          await sql`SELECT ${id}::int AS n, pg_sleep(0.001)`;
          answered++;
        } catch {
          failed++;
        }
        waiting.delete(id);
      }
    };
    const workers = Array.from({ length: 5 }, worker);
    let longest = 0;
    try {
      for (let i = 0; i < TERMINATIONS; i++) {
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
        await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                     WHERE datname = current_database() AND pid <> ${adminPid} AND backend_type = 'client backend'`;
        for (const since of waiting.values()) longest = Math.max(longest, Date.now() - since);
        if (longest > WAITED_TOO_LONG_MS) break;
      }
    } finally {
      stop = true;
      await Promise.race([Promise.all(workers), new Promise((r) => setTimeout(r, WAITED_TOO_LONG_MS))]);
    }
    expect(longest).toBeLessThan(WAITED_TOO_LONG_MS);
    expect(waiting.size).toBe(0);
    expect(failed).toBeGreaterThan(0);
    expect(answered).toBeGreaterThan(TERMINATIONS);
  }, 120_000);
});
