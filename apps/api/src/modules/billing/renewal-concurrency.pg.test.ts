import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { testConfig } from "../../config.js";
import { creditEntries } from "../../db/schema/index.js";
import { onPostgres } from "../../../test/db.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { expectLedgerHolds, serviceProvider, type SignedUp } from "../../../test/factories.js";
import { InvoiceService } from "./invoices.service.js";
import { MailService } from "../mail/mail.service.js";
import { SubscriptionService } from "./subscriptions.service.js";

// Racing schedulers need several real connections: PGlite has one, so these run on PostgreSQL only.
if (!onPostgres) console.warn("renewal-concurrency.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

const PURCHASE = `mutation($input: PurchaseInput!) { purchase(input: $input) { id } }`;
const SUBSCRIPTION = `{ subscription { id status currentPeriodEnd } }`;

describe.skipIf(!onPostgres)("subscription renewals on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date("2026-03-15T12:00:00.000Z"));
  });
  afterAll(() => t?.close());

  /** Another API process: its own service over the same database, as its queue job billing.runDueWork calls it. */
  const otherProcess = () => {
    const deps = { db: t.database.db, clock: t.clock, config: testConfig(), payments: t.payments };
    return new SubscriptionService(deps, { invoices: new InvoiceService(deps), mail: new MailService(deps) });
  };

  /** Signed in with an access token, which outlives the clock moving by a month (a session does not). */
  const tokenedProvider = async () => {
    const who = await serviceProvider(t);
    const { createAccessToken } = await who.client.ok(`mutation { createAccessToken(name: "t") { secret } }`);
    who.client.bearer = createAccessToken.secret as string;
    return who;
  };

  const countEntries = async (organizationId: string, kind: "PLAN_GRANT" | "EXPIRY") =>
    (
      await t.database.db
        .select()
        .from(creditEntries)
        .where(and(eq(creditEntries.organizationId, organizationId), eq(creditEntries.kind, kind)))
    ).length;

  it("two schedulers running at the same moment renew each subscription, grant and expire exactly once", async () => {
    const agencies: SignedUp[] = [];
    for (let i = 0; i < 8; i++) {
      const agency = await tokenedProvider();
      await agency.client.ok(PURCHASE, {
        input: { planCode: "sub-5", payment: { token: "tok_visa" }, idempotencyKey: `sub-${i}` },
      });
      agencies.push(agency);
    }
    const subs = await Promise.all(agencies.map(async (a) => (await a.client.ok(SUBSCRIPTION)).subscription));
    t.clock.set(new Date(subs[0].currentPeriodEnd));
    const now = t.clock.now();

    const a = otherProcess();
    const b = otherProcess();
    // Both schedulers, plus balance reads (computed as of now, never written), all at once.
    const [ra, rb] = await Promise.all([
      a.runDueWork(now),
      b.runDueWork(now),
      t.app.services.subscriptions.runDueWork(now),
      ...agencies.map((ag) => t.app.services.billing.creditBalances([ag.organizationId])),
    ]);
    expect(ra!.failures + rb!.failures).toBe(0);

    for (const [i, agency] of agencies.entries()) {
      const sub = subs[i];
      expect([...t.payments.charges.keys()].filter((k) => k.startsWith(`renewal:${sub.id}:`))).toHaveLength(1);
      expect(await countEntries(agency.organizationId, "PLAN_GRANT")).toBe(2);
      expect(await countEntries(agency.organizationId, "EXPIRY")).toBe(1);
      expect(await expectLedgerHolds(t, agency.organizationId)).toBe(5);
      const renewed = (await agency.client.ok(SUBSCRIPTION)).subscription;
      expect(new Date(renewed.currentPeriodEnd).getTime()).toBeGreaterThan(now.getTime());
    }

    // Running again at the same moment does nothing more.
    await Promise.all([a.runDueWork(now), b.runDueWork(now)]);
    for (const agency of agencies) expect(await countEntries(agency.organizationId, "PLAN_GRANT")).toBe(2);
  });

  it("concurrent balance reads at the instant of expiry all read 0 and write nothing; two schedulers then write one EXPIRY", async () => {
    const agency = await tokenedProvider();
    await agency.client.ok(PURCHASE, { input: { planCode: "pack-5", payment: { token: "tok_visa" }, idempotencyKey: "pack" } });
    const start = t.clock.now();
    t.clock.set(new Date(start.getTime() + 365 * 86_400_000));
    const BALANCE = `{ viewer { currentOrganization { creditBalance } } }`;
    const results = await Promise.all(Array.from({ length: 20 }, () => agency.client.ok(BALANCE)));
    expect(new Set(results.map((r) => r.viewer.currentOrganization.creditBalance))).toEqual(new Set([0]));
    expect(await countEntries(agency.organizationId, "EXPIRY")).toBe(0);
    const now = t.clock.now();
    await Promise.all([otherProcess().runDueWork(now), otherProcess().runDueWork(now)]);
    expect(await countEntries(agency.organizationId, "EXPIRY")).toBe(1);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
    t.clock.set(start);
  });
});
