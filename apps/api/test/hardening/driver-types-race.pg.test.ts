import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { reconnectDelaySeconds } from "../../src/db/client.js";
import { onPostgres } from "../db.js";

// A backend terminated (a failover, an operator's pg_terminate_backend) at two moments of a
// connection's life, each made to happen on purpose rather than by timing:
// - while a new connection reads the server's array types. Unpatched, this rejected a promise
//   nobody awaited, and Node ended the API process (seen in connection-loss.pg.test.ts under load);
// - while a query runs. Unpatched, the server's "terminating connection" error stayed behind and
//   failed the first query of the next connection, which had nothing wrong with it.
const serverUrl = process.env.DATABASE_URL ?? "";
const FIND_TIMEOUT_MS = 10_000;

describe.skipIf(!onPostgres)("postgres.js when a backend is terminated", () => {
  // A database of its own: its catalog is locked below, which no other test file may wait on.
  const name = `types_race_${randomBytes(6).toString("hex")}`;
  let url: string;
  let admin: postgres.Sql;
  beforeAll(async () => {
    const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await server.unsafe(`CREATE DATABASE ${name}`);
    await server.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    admin = postgres(url, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await admin?.end({ timeout: 1 });
    const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await server.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.end();
  });

  // Planned once before any lock is taken, so that it never waits on the locked catalog itself.
  const terminateRunning = (app: string, text: string) =>
    admin`SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
          WHERE application_name = ${app} AND state = 'active' AND query LIKE ${`%${text}%`}`;

  async function terminateWhenRunning(app: string, text: string) {
    const until = Date.now() + FIND_TIMEOUT_MS;
    while (Date.now() < until) {
      if ((await terminateRunning(app, text)).length === 1) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no backend of ${app} ran "${text}" within ${FIND_TIMEOUT_MS} ms`);
  }

  function appPool(app: string) {
    return postgres(url, {
      max: 1,
      onnotice: () => {},
      backoff: reconnectDelaySeconds,
      connection: { application_name: app },
    });
  }

  async function collectingUnhandled<T>(run: () => Promise<T>) {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      await run();
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    return unhandled;
  }

  it("mid type read: the waiting query fails or is retried, nothing is left unhandled, the next query works", async () => {
    await terminateRunning("warm-up", "warm-up");
    const locker = postgres(url, { max: 1, onnotice: () => {} });
    const app = appPool("types-race");
    try {
      const unhandled = await collectingUnhandled(async () => {
        let locked!: () => void;
        let unlock!: () => void;
        const lockHeld = new Promise<void>((resolve) => (locked = resolve));
        const unlocked = new Promise<void>((resolve) => (unlock = resolve));
        // The new connection's type read waits on this lock until its backend is terminated.
        const release = locker.begin(async (tx) => {
          await tx`LOCK TABLE pg_catalog.pg_type IN ACCESS EXCLUSIVE MODE`;
          locked();
          await unlocked;
        });
        await lockHeld;
        const first = app`SELECT 1 AS one`.then(
          (rows) => rows[0]!.one as number,
          () => "failed" as const,
        );
        try {
          await terminateWhenRunning("types-race", "typarray");
        } finally {
          unlock();
          await release;
        }
        expect([1, "failed"]).toContain(await first);
        expect((await app`SELECT 2 AS two`)[0]!.two).toBe(2);
      });
      expect(unhandled).toEqual([]);
    } finally {
      await Promise.all([locker.end(), app.end()]);
    }
  }, 30_000);

  it("mid query: that query fails, and the next one, on a new connection, is answered", async () => {
    const app = appPool("query-race");
    try {
      const unhandled = await collectingUnhandled(async () => {
        expect((await app`SELECT 1 AS one`)[0]!.one).toBe(1);
        const running = app`SELECT pg_sleep(30)`.then(
          () => "answered" as const,
          () => "failed" as const,
        );
        await terminateWhenRunning("query-race", "pg_sleep");
        expect(await running).toBe("failed");
        expect((await app`SELECT 2 AS two`)[0]!.two).toBe(2);
        expect((await app`SELECT 3 AS three`)[0]!.three).toBe(3);
      });
      expect(unhandled).toEqual([]);
    } finally {
      await app.end();
    }
  }, 30_000);
});
