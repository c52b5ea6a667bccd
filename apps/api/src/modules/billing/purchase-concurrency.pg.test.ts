import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "../../../test/db.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { expectLedgerHolds, serviceProvider } from "../../../test/factories.js";

// Concurrency needs several real connections: PGlite has one, so these run on PostgreSQL only.
if (!onPostgres) console.warn("purchase-concurrency.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

const PURCHASE = `mutation($input: PurchaseInput!) { purchase(input: $input) { id credits } }`;
const payg = (quantity: number, key: string) => ({
  input: { planCode: "payg", quantity, payment: { token: "tok_visa" }, idempotencyKey: key },
});

describe.skipIf(!onPostgres)("concurrent purchases on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it("200 purchases with distinct keys at once leave balance == sum of entries", async () => {
    const agency = await serviceProvider(t);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => agency.client.request(PURCHASE, payg((i % 3) + 1, `k-${i}`))),
    );
    expect(results.filter((r) => r.errors !== undefined)).toEqual([]);
    const expected = Array.from({ length: 200 }, (_, i) => (i % 3) + 1).reduce((a, b) => a + b, 0);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(expected);
  });

  it("one key sent 20 times at once charges once and every answer is the same purchase", async () => {
    const agency = await serviceProvider(t);
    const chargesBefore = t.payments.charges.size;
    const results = await Promise.all(Array.from({ length: 20 }, () => agency.client.request(PURCHASE, payg(4, "the-one-key"))));
    expect(results.filter((r) => r.errors !== undefined)).toEqual([]);
    const ids = new Set(results.map((r) => (r.data as { purchase: { id: string } }).purchase.id));
    expect(ids.size).toBe(1);
    expect(t.payments.charges.size).toBe(chargesBefore + 1);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(4);
  });
});
