import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { and, eq, sql } from "drizzle-orm";
import { creditEntries, purchases, queueJobs } from "../db/schema/index.js";
import { rowsOf } from "../db/client.js";
import { onPostgres } from "../../test/db.js";
import { startTestApp, type TestApp } from "../../test/harness.js";
import { expectLedgerHolds, serviceProvider, type SignedUp } from "../../test/factories.js";
import { startApiProcess, type ApiProcess } from "../../test/api-process.js";
import { startSmtpStandIn } from "../../test/smtp-standin.js";

// Several API processes on one database need PostgreSQL: PGlite is one process's embedded database.
if (!onPostgres) console.warn("fleet.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

const PURCHASE = `mutation($input: PurchaseInput!) { purchase(input: $input) { id } }`;
const MAILS = 1000;
const RENEWALS = 50;
const apiDir = fileURLToPath(new URL("../..", import.meta.url));

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!onPostgres)("two API processes on one database, one job queue", () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
  const processes: ApiProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    smtp = await startSmtpStandIn();
    t = await startTestApp({ config: { smtpUrl: smtp.url } });
    env = {
      DATABASE_URL: t.database.url!,
      SMTP_URL: smtp.url,
      QUEUE_POLL_MS: "100",
      QUEUE_LEASE_MS: "2000",
      QUEUE_CONCURRENCY: "8",
      QUEUE_MAX_ATTEMPTS: "3",
      QUEUE_RETRY_BASE_MS: "200",
      LOG_SILENT: "1",
    };
  }, 60_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    await t?.close();
    await smtp?.close();
  });

  const job = async (id: number) => (await t.database.db.select().from(queueJobs).where(eq(queueJobs.id, id)))[0]!;
  const mailJobOf = async (to: string) => {
    const [row] = rowsOf<{ id: number }>(
      await t.database.db.execute(sql`
        SELECT q.id FROM queue_jobs q JOIN outbox_emails m ON m.id = (q.payload->>'mailId')::uuid
        WHERE q.name = 'mail.deliver' AND m."to" = ${to}`),
    );
    return Number(row!.id);
  };
  const enqueueMail = (to: string) =>
    t.database.db.transaction((tx) => t.app.services.mail.enqueue(tx, { to, subject: "Hello", text: "Hello there" }));

  it(`delivers ${MAILS} mails and renews ${RENEWALS} subscriptions due at the same moment, each exactly once`, async () => {
    // 50 agencies whose monthly subscriptions were bought 40 days ago: every one is due now.
    t.clock.set(new Date(Date.now() - 40 * 86_400_000));
    const agencies: SignedUp[] = [];
    for (let i = 0; i < RENEWALS; i++) {
      const agency = await serviceProvider(t);
      await agency.client.ok(PURCHASE, { input: { planCode: "sub-5", payment: { token: "tok_visa" }, idempotencyKey: `s${i}` } });
      agencies.push(agency);
    }
    // 1,000 mails written by one transaction, so all are due together (nobody delivers them yet).
    await t.database.db.transaction(async (tx) => {
      for (let i = 0; i < MAILS; i++)
        await t.app.services.mail.enqueue(tx, { to: `reader-${i}@example.com`, subject: `Mail ${i}`, text: "Hello" });
    });
    expect(smtp.received).toHaveLength(0);

    processes.push(...(await Promise.all([startApiProcess(env, 41910), startApiProcess(env, 41911)])));

    await until("every mail delivered", async () => {
      const [open] = rowsOf<{ n: number }>(
        await t.database.db.execute(sql`SELECT count(*)::int AS n FROM queue_jobs WHERE state <> 'done'
            AND name IN ('mail.deliver')`),
      );
      return Number(open!.n) === 0 && smtp.received.length >= MAILS;
    });
    await until("every renewal", async () => {
      const rows = await t.database.db.select().from(purchases).where(eq(purchases.kind, "RENEWAL"));
      return rows.length >= RENEWALS && rows.every((r) => r.status === "SUCCEEDED");
    });
    // A little longer: a second delivery or renewal would show up now.
    await new Promise((r) => setTimeout(r, 1500));

    // The agencies' own mails (each sign-up's verification link) go out too: every recipient once.
    const counts = smtp.countsByRecipient();
    const readers = [...counts.keys()].filter((to) => to.startsWith("reader-"));
    expect(smtp.received).toHaveLength(MAILS + RENEWALS);
    expect(readers).toHaveLength(MAILS);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    // Both processes took their share of the mail.
    const workers = rowsOf<{ worker: string; n: number }>(
      await t.database.db.execute(sql`SELECT split_part(locked_by, ':', 2) AS worker, count(*)::int AS n
          FROM queue_jobs WHERE name = 'mail.deliver' GROUP BY 1`),
    );
    expect(workers.map((w) => Number(w.worker)).sort()).toEqual(processes.map((p) => p.pid).sort());

    const renewals = await t.database.db.select().from(purchases).where(eq(purchases.kind, "RENEWAL"));
    expect(renewals).toHaveLength(RENEWALS);
    expect(new Set(renewals.map((r) => r.organizationId)).size).toBe(RENEWALS);
    for (const agency of agencies) {
      const grants = await t.database.db
        .select()
        .from(creditEntries)
        .where(and(eq(creditEntries.organizationId, agency.organizationId), eq(creditEntries.kind, "PLAN_GRANT")));
      expect(grants).toHaveLength(2);
      await expectLedgerHolds(t, agency.organizationId);
    }
    // The renewal schedule ran once for its slot, not once per process.
    const slots = rowsOf<{ key: string; n: number }>(
      await t.database.db.execute(
        sql`SELECT key, count(*)::int AS n FROM queue_jobs WHERE name = 'billing.runDueWork' GROUP BY key`,
      ),
    );
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => Number(s.n) === 1)).toBe(true);
  }, 240_000);

  it("a mail job that fails three times lands in the dead letters, and the operator's retry delivers it", async () => {
    smtp.refuse.add("bounce@example.com");
    await enqueueMail("bounce@example.com");
    const id = await mailJobOf("bounce@example.com");
    const dead = await until("the job to die", async () => {
      const row = await job(id);
      return row.state === "dead" ? row : null;
    });
    expect(dead).toMatchObject({ attempts: 3, maxAttempts: 3 });
    expect(dead.lastError).toContain("451");
    expect(smtp.countsByRecipient().get("bounce@example.com")).toBeUndefined();

    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, ["--import", "tsx", "src/scripts/queue.ts", ...args], {
        cwd: apiDir,
        env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
      });
    const listed = await cli("list", "dead");
    expect(listed.stdout).toMatch(new RegExp(`\\b${id}\\s+dead\\s+mail\\.deliver\\s+3/3`));

    smtp.refuse.delete("bounce@example.com");
    expect((await cli("retry", String(id))).stdout).toContain(`job ${id} (mail.deliver) queued again`);
    await until("the retried job", async () => (await job(id)).state === "done");
    expect(smtp.countsByRecipient().get("bounce@example.com")).toBe(1);
  }, 60_000);

  it("a job whose process is killed mid-job is picked up by the other process", async () => {
    smtp.hold.add("hang@example.com");
    await enqueueMail("hang@example.com");
    const id = await mailJobOf("hang@example.com");
    const running = await until("a process to take the job", async () => {
      const row = await job(id);
      return row.state === "running" ? row : null;
    });
    const owner = processes.find((p) => running.lockedBy!.split(":")[1] === String(p.pid))!;
    const survivor = processes.find((p) => p !== owner)!;
    expect(owner).toBeDefined();
    // The relay is waiting on the mail's data when its sender dies.
    await new Promise((r) => setTimeout(r, 300));
    smtp.hold.delete("hang@example.com");
    await owner.kill();

    const done = await until("the other process to finish it", async () => {
      const row = await job(id);
      return row.state === "done" ? row : null;
    });
    expect(done.attempts).toBe(2);
    expect(done.lockedBy!.split(":")[1]).toBe(String(survivor.pid));
    expect(smtp.countsByRecipient().get("hang@example.com")).toBe(1);
  }, 60_000);
});
