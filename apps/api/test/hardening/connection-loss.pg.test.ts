import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../src/db/client.js";
import { onPostgres } from "../db.js";
import { startTestApp, type TestApp } from "../harness.js";
import { activeConnection, employer, expectLedgerHolds, grantCredits, serviceProvider } from "../factories.js";
import { BALANCE, CREATE_JOB, PUBLISH_JOB, jobInput } from "../jobs.js";

// Terminating backends needs a server: PGlite has no other connections to lose.
const enabled = onPostgres;

const TERMINATIONS = 30;
const ANSWER_WITHIN_MS = 5000;
const PURCHASE = `mutation($input: PurchaseInput!) { purchase(input: $input) { id } }`;

describe.skipIf(!enabled)("losing the database's connections under writes", () => {
  let t: TestApp;
  let admin: postgres.Sql;
  beforeAll(async () => {
    t = await startTestApp({ poolMax: 6 });
    admin = postgres(t.database.url!, { max: 1, onnotice: () => {} });
  }, 60_000);
  afterAll(async () => {
    await admin?.end();
    await t?.close();
  });

  it(`survives ${TERMINATIONS} terminations during publishes and purchases, answers within 5 s after each, and the ledger holds`, async () => {
    const agency = await serviceProvider(t);
    const client = await employer(t);
    await grantCredits(t, agency.organizationId, 400);
    await agency.client.ok(`mutation { setCreditSharing(enabled: true) { id } }`);
    const connectionId = await activeConnection(t, agency, client);
    await agency.client.ok(`mutation($id: ID!) { accessCompany(connectionId: $id) { user { id } } }`, { id: connectionId });
    const buyer = await serviceProvider(t);

    let stop = false;
    let drafts = 0;
    let purchases = 0;
    const publisher = async () => {
      while (!stop) {
        const draft = await agency.client.request(CREATE_JOB, { input: jobInput({ title: `Ad ${drafts++}` }) });
        const id = (draft.data as { createJob?: { id: string } } | null)?.createJob?.id;
        if (id !== undefined) await agency.client.request(PUBLISH_JOB, { id, key: `publish-${id}` });
      }
    };
    const purchaser = async () => {
      while (!stop) {
        const key = `buy-${purchases++}`;
        await buyer.client.request(PURCHASE, {
          input: { planCode: "payg", quantity: 1, payment: { token: "tok_visa" }, idempotencyKey: key },
        });
      }
    };
    const writers = [publisher(), publisher(), purchaser(), purchaser()];

    const slowest: number[] = [];
    try {
      for (let i = 0; i < TERMINATIONS; i++) {
        await new Promise((r) => setTimeout(r, 150));
        await admin`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE datname = current_database() AND pid <> pg_backend_pid()`;
        const since = Date.now();
        for (;;) {
          const res = await buyer.client.request(BALANCE);
          if (res.errors === undefined) break;
          if (Date.now() - since > ANSWER_WITHIN_MS) throw new Error(`no answer 5 s after termination ${i + 1}`);
          await new Promise((r) => setTimeout(r, 50));
        }
        slowest.push(Date.now() - since);
      }
    } finally {
      stop = true;
      await Promise.all(writers);
    }
    expect(Math.max(...slowest)).toBeLessThan(ANSWER_WITHIN_MS);

    for (const org of [agency.organizationId, client.organizationId, buyer.organizationId])
      expect(await expectLedgerHolds(t, org)).toBeGreaterThanOrEqual(0);
    // One debit per published ad, and every published ad paid once.
    const [row] = rowsOf<{ published: number; debited: number; twice: number }>(
      await t.database.db.execute(sql`
        SELECT
          (SELECT count(*)::int FROM jobs WHERE status = 'PUBLISHED') AS published,
          (SELECT count(DISTINCT job_id)::int FROM credit_entries WHERE kind = 'PUBLISH') AS debited,
          (SELECT count(*)::int FROM (SELECT job_id FROM credit_entries WHERE kind = 'PUBLISH'
             GROUP BY job_id HAVING count(*) > 1) x) AS twice`),
    );
    expect(row!.twice).toBe(0);
    expect(row!.debited).toBe(row!.published);
    expect(row!.published).toBeGreaterThan(0);
    // Each kept purchase granted its credits once.
    const [bought] = rowsOf<{ purchases: number; grants: number }>(
      await t.database.db.execute(sql`
        SELECT (SELECT count(*)::int FROM purchases WHERE organization_id = ${buyer.organizationId}
                  AND status = 'SUCCEEDED') AS purchases,
               (SELECT count(*)::int FROM credit_entries WHERE organization_id = ${buyer.organizationId}
                  AND kind = 'PURCHASE') AS grants`),
    );
    expect(bought!.grants).toBe(bought!.purchases);
    expect(bought!.purchases).toBeGreaterThan(0);
  }, 180_000);
});
