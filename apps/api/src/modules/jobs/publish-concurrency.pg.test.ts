import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "../../../test/db.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { activeConnection, employer, expectLedgerHolds, grantCredits, serviceProvider } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../../test/jobs.js";

// Concurrency needs several real connections: PGlite has one, so these run on PostgreSQL only.
if (!onPostgres) console.warn("publish-concurrency.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

describe.skipIf(!onPostgres)("concurrent publishes on PostgreSQL (R2)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  async function agencyInsideClient(agencyCredits: number, clientCredits: number) {
    const agency = await serviceProvider(t);
    const client = await employer(t);
    await grantCredits(t, agency.organizationId, agencyCredits);
    if (clientCredits > 0) await grantCredits(t, client.organizationId, clientCredits);
    await agency.client.ok(`mutation { setCreditSharing(enabled: true) { id } }`);
    const connectionId = await activeConnection(t, agency, client);
    await agency.client.ok(`mutation($id: ID!) { accessCompany(connectionId: $id) { user { id } } }`, { id: connectionId });
    return { agency, client };
  }

  it("100 publishes of 100 drafts at once against an agency balance of 30: exactly 30 paid by the agency, never below 0", async () => {
    const { agency, client } = await agencyInsideClient(30, 50);
    const ids: string[] = [];
    for (let i = 0; i < 100; i++)
      ids.push((await agency.client.ok(CREATE_JOB, { input: jobInput({ title: `Job ${i}` }) })).createJob.id);

    const results = await Promise.all(ids.map((id) => agency.client.request(PUBLISH_JOB, { id })));
    const sources = results.map(
      (r) =>
        (r.data as { publishJob?: { payment: { source: string } } } | null)?.publishJob?.payment.source ??
        r.errors?.[0]?.extensions?.code,
    );
    const tally = (what: string) => sources.filter((s) => s === what).length;
    expect(tally("SERVICE_PROVIDER_CREDITS")).toBe(30);
    expect(tally("OWN_CREDITS")).toBe(50);
    expect(tally("INSUFFICIENT_CREDITS")).toBe(20);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
    expect(await expectLedgerHolds(t, client.organizationId)).toBe(0);
  });

  it("20 publishes of one draft at once charge once and all answer PUBLISHED", async () => {
    const { agency, client } = await agencyInsideClient(10, 0);
    const { createJob } = await agency.client.ok(CREATE_JOB, { input: jobInput() });
    const results = await Promise.all(Array.from({ length: 20 }, () => agency.client.request(PUBLISH_JOB, { id: createJob.id })));
    expect(results.filter((r) => r.errors !== undefined)).toEqual([]);
    expect(new Set(results.map((r) => (r.data as { publishJob: { status: string } }).publishJob.status))).toEqual(
      new Set(["PUBLISHED"]),
    );
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(9);
    expect(await expectLedgerHolds(t, client.organizationId)).toBe(0);
  });

  it("20 card publishes of one draft at once keep exactly one charge", async () => {
    const cafe = await employer(t);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    const kept = t.payments.keptCharges;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        cafe.client.request(PUBLISH_JOB, { id: createJob.id, payment: { token: "tok_visa" }, key: `card-${i}` }),
      ),
    );
    expect(results.filter((r) => r.errors !== undefined)).toEqual([]);
    expect(t.payments.keptCharges).toBe(kept + 1);
  });

  it("10 drafts published at once with one idempotency key: one publishes, the rest are CONFLICT and pay nothing", async () => {
    const { agency, client } = await agencyInsideClient(20, 0);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++)
      ids.push((await agency.client.ok(CREATE_JOB, { input: jobInput({ title: `Keyed ${i}` }) })).createJob.id);
    const results = await Promise.all(ids.map((id) => agency.client.request(PUBLISH_JOB, { id, key: "one-key" })));
    const codes = results.map((r) => (r.errors === undefined ? "PUBLISHED" : r.errors[0]?.extensions?.code));
    expect(codes.filter((c) => c === "PUBLISHED")).toHaveLength(1);
    expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(9);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(19);
    expect(await expectLedgerHolds(t, client.organizationId)).toBe(0);
  });
});
