import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClock } from "../lib/clock.js";
import { createTestDb } from "../../test/db.js";
import type { Database } from "../db/client.js";
import { RETRY_BASE_MS } from "./backoff.js";
import { JobQueue } from "./queue.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(() => database.close());

const at = (iso: string) => new Date(iso);

describe("the job queue", () => {
  it("runs a job once, inside the transaction that enqueued it or not at all", async () => {
    const clock = new TestClock(at("2026-12-01T10:00:00Z"));
    const queue = new JobQueue(database.db, clock);
    const seen: unknown[] = [];
    queue.define("test.once", async (payload) => void seen.push(payload));
    await database.db
      .transaction(async (tx) => {
        await queue.enqueue(tx, "test.once", { n: 0 });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    await database.db.transaction((tx) => queue.enqueue(tx, "test.once", { n: 1 }));
    expect(await queue.runDue()).toBe(1);
    expect(await queue.runDue()).toBe(0);
    expect(seen).toEqual([{ n: 1 }]);
    expect((await queue.list(["done"], { name: "test.once" })).map((j) => j.payload)).toEqual([{ n: 1 }]);
  });

  it("retries a failing job with backoff; the third failure puts it in the dead letters, and a retry runs it again", async () => {
    const clock = new TestClock(at("2026-12-01T11:00:00Z"));
    const queue = new JobQueue(database.db, clock);
    let failing = true;
    let calls = 0;
    queue.define("test.flaky", async () => {
      calls++;
      if (failing) throw new Error(`relay refused (${calls})`);
    });
    const id = (await queue.enqueue(database.db, "test.flaky"))!;

    expect(await queue.runDue()).toBe(1);
    let job = await queue.job(id);
    expect(job).toMatchObject({ state: "failed", attempts: 1, lastError: "relay refused (1)" });
    expect(job!.runAt.getTime() - clock.now().getTime()).toBe(RETRY_BASE_MS);
    // Not before its backoff has passed.
    expect(await queue.runDue()).toBe(0);
    clock.set(new Date(clock.now().getTime() + RETRY_BASE_MS));
    expect(await queue.runDue()).toBe(1);
    job = await queue.job(id);
    expect(job).toMatchObject({ state: "failed", attempts: 2 });
    expect(job!.runAt.getTime() - clock.now().getTime()).toBe(2 * RETRY_BASE_MS);
    clock.set(job!.runAt);
    expect(await queue.runDue()).toBe(1);
    expect(await queue.job(id)).toMatchObject({ state: "dead", attempts: 3, lastError: "relay refused (3)" });
    expect((await queue.list(["dead"])).map((j) => j.id)).toContain(id);

    // Dead letters stay put until an operator retries them.
    clock.advanceDays(1);
    expect(await queue.runDue()).toBe(0);
    failing = false;
    expect(await queue.retry(id)).toMatchObject({ state: "queued", attempts: 0 });
    expect(await queue.runDue()).toBe(1);
    expect(await queue.job(id)).toMatchObject({ state: "done", attempts: 1, lastError: null });
    expect(calls).toBe(4);
    // Only dead or waiting jobs can be retried.
    expect(await queue.retry(id)).toBeNull();
  });

  it("adds one job per schedule slot however many processes add it", async () => {
    const clock = new TestClock(at("2026-12-01T12:00:30Z"));
    const processes = [1, 2, 3].map(() => new JobQueue(database.db, clock));
    const runs: string[] = [];
    for (const q of processes) {
      q.define<{ slot: string }>("test.tick", async ({ slot }) => void runs.push(slot));
      q.every("test.tick", 60_000);
    }
    await Promise.all(processes.map((q) => q.addDueSlots()));
    await Promise.all(processes.map((q) => q.addDueSlots()));
    await Promise.all(processes.map((q) => q.runDue()));
    clock.set(at("2026-12-01T12:01:10Z"));
    await Promise.all(processes.map((q) => q.addDueSlots()));
    await Promise.all(processes.map((q) => q.runDue()));
    expect(runs).toEqual(["2026-12-01T12:00:00.000Z", "2026-12-01T12:01:00.000Z"]);
  });

  it("a job with a key is enqueued once", async () => {
    const queue = new JobQueue(database.db, new TestClock());
    queue.define("test.keyed", async () => {});
    const first = await queue.enqueue(database.db, "test.keyed", {}, { key: "keyed:1" });
    expect(first).not.toBeNull();
    expect(await queue.enqueue(database.db, "test.keyed", {}, { key: "keyed:1" })).toBeNull();
  });

  it("claims a job again when the process running it stopped (its lease ran out), and its late result is ignored", async () => {
    const clock = new TestClock(at("2026-12-01T13:00:00Z"));
    const stopped = new JobQueue(database.db, clock, { leaseMs: 5_000 });
    const survivor = new JobQueue(database.db, clock, { leaseMs: 5_000 });
    let release!: () => void;
    const hung = new Promise<void>((resolve) => (release = resolve));
    stopped.define("test.lease", () => hung);
    let survivorRuns = 0;
    survivor.define("test.lease", async () => void survivorRuns++);
    const id = (await stopped.enqueue(database.db, "test.lease"))!;
    const first = stopped.runDue(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(await survivor.runDue()).toBe(0);
    clock.set(new Date(clock.now().getTime() + 5_000));
    expect(await survivor.runDue()).toBe(1);
    expect(await survivor.job(id)).toMatchObject({ state: "done", attempts: 2 });
    release();
    await first;
    expect(survivorRuns).toBe(1);
    expect(await survivor.job(id)).toMatchObject({ state: "done", attempts: 2 });
  });

  it("queue depth and age per state", async () => {
    const clock = new TestClock(at("2026-12-01T14:00:00Z"));
    const queue = new JobQueue(database.db, clock);
    await queue.enqueue(database.db, "test.nobody-runs-this", {}, { runAt: at("2026-12-01T13:59:00Z") });
    const queued = (await queue.stats()).find((s) => s.state === "queued");
    expect(queued?.count).toBeGreaterThanOrEqual(1);
    expect(queued?.oldestRunAt?.getTime()).toBeLessThanOrEqual(at("2026-12-01T13:59:00Z").getTime());
  });
});
