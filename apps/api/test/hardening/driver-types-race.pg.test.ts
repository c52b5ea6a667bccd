import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { reconnectDelaySeconds } from "../../src/db/client.js";
import { onPostgres } from "../db.js";

// A new connection first reads the server's array types. Unpatched, a backend terminated during
// that read (a failover, an operator's pg_terminate_backend) rejected a promise nobody awaited,
// and Node ended the API process (seen in connection-loss.pg.test.ts under CI's load).
const serverUrl = process.env.DATABASE_URL ?? "";

describe.skipIf(!onPostgres)("postgres.js when a new connection's backend is terminated while it reads the types", () => {
  // A database of its own: its catalog is locked below, which no other test file may wait on.
  const name = `types_race_${randomBytes(6).toString("hex")}`;
  let url: string;
  beforeAll(async () => {
    const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await server.unsafe(`CREATE DATABASE ${name}`);
    await server.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
  });
  afterAll(async () => {
    const server = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await server.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.end();
  });

  it("fails or retries the waiting query, leaves no unhandled rejection, and the next query works", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    const locker = postgres(url, { max: 1, onnotice: () => {} });
    const app = postgres(url, {
      max: 1,
      onnotice: () => {},
      backoff: reconnectDelaySeconds,
      connection: { application_name: "types-race" },
    });
    try {
      await admin`SELECT 1`;
      // The new connection's type read waits on this lock, so it can be terminated mid-read.
      let locked!: () => void;
      const lockHeld = new Promise<void>((resolve) => (locked = resolve));
      const release = locker.begin(async (tx) => {
        await tx`LOCK TABLE pg_catalog.pg_type IN ACCESS EXCLUSIVE MODE`;
        locked();
        await new Promise((r) => setTimeout(r, 1500));
      });
      await lockHeld;
      const first = app`SELECT 1 AS one`.then(
        (rows) => rows[0]!.one as number,
        () => "failed" as const,
      );
      let terminated = 0;
      for (let i = 0; i < 20 && terminated === 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
        terminated = (await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'types-race'`)
          .length;
      }
      expect(terminated).toBe(1);
      await release;
      expect([1, "failed"]).toContain(await first);
      expect((await app`SELECT 2 AS two`)[0]!.two).toBe(2);
      await new Promise((r) => setTimeout(r, 100));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
      await Promise.all([admin.end(), locker.end(), app.end()]);
    }
  }, 30_000);
});
