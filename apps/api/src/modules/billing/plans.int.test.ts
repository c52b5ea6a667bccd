import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { activeConnection, employer, expectLedgerHolds, serviceProvider, type SignedUp } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, QUOTE, jobInput } from "../../../test/jobs.js";
import { TestPaymentProvider, type ChargeRequest, type ChargeResult } from "../../lib/payment-provider.js";

/** Declines renewals while `declineRenewals` is on; everything else as the test provider. */
class RenewalDecliningProvider extends TestPaymentProvider {
  declineRenewals = false;
  override async charge(request: ChargeRequest): Promise<ChargeResult> {
    if (this.declineRenewals && request.idempotencyKey.startsWith("renewal:"))
      return { ok: false, reason: "Your card was declined." };
    return super.charge(request);
  }
}

const payments = new RenewalDecliningProvider();
let t: TestApp;
const BASE = new Date("2026-01-31T09:00:00.000Z");
beforeAll(async () => {
  t = await startTestApp({ payments });
});
beforeEach(() => t.clock.set(BASE));
afterAll(() => t.close());

/** Signed in with an access token, which (unlike a session) outlives the clock moving by months. */
async function tokened(signedUp: Promise<SignedUp>): Promise<SignedUp> {
  const who = await signedUp;
  who.client.bearer = await accessToken(who);
  return who;
}
/** Renewal charges of one subscription (other tests' subscriptions renew on the same schedule). */
const renewalCharges = (subscriptionId: string) =>
  [...payments.charges.keys()].filter((k) => k.startsWith(`renewal:${subscriptionId}:`)).length;

const PURCHASE = `mutation($input: PurchaseInput!) {
  purchase(input: $input) { id credits amountCents status receiptNumber receiptUrl plan { code } }
}`;
const BALANCE = `{ viewer { currentOrganization { creditBalance } } }`;
const LOTS = `{ creditLots { planKind granted remaining expiresAt } }`;
const HISTORY = `{ creditHistory(first: 50) { nodes { kind amount balanceAfter } } }`;
const SUBSCRIPTION = `{ subscription { id status currentPeriodStart currentPeriodEnd renewsAt notice plan { code } nextPlan { code } } }`;
const CANCEL = `mutation { cancelSubscription { status renewsAt currentPeriodEnd } }`;

let keys = 0;
const buy = (who: SignedUp, planCode: string, key = `key-${++keys}`, token = "tok_visa") =>
  who.client.request<{ purchase: any }>(PURCHASE, { input: { planCode, quantity: 1, payment: { token }, idempotencyKey: key } });
const bought = async (who: SignedUp, planCode: string, key?: string) => {
  const res = await buy(who, planCode, key);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.purchase;
};
const balance = async (who: SignedUp): Promise<number> => (await who.client.ok(BALANCE)).viewer.currentOrganization.creditBalance;
const lots = async (who: SignedUp) =>
  (await who.client.ok(LOTS)).creditLots as { planKind: string; granted: number; remaining: number; expiresAt: string | null }[];
const history = async (who: SignedUp) =>
  (await who.client.ok(HISTORY)).creditHistory.nodes as { kind: string; amount: number; balanceAfter: number }[];
const subscription = async (who: SignedUp) => (await who.client.ok(SUBSCRIPTION)).subscription;
const publishOne = async (who: SignedUp) => {
  const { createJob } = await who.client.ok(CREATE_JOB, { input: jobInput() });
  await who.client.ok(PUBLISH_JOB, { id: createJob.id });
  return createJob.id as string;
};
const runSchedule = () => t.app.services.subscriptions.runDueWork(t.clock.now());
const days = (n: number) => n * 86_400_000;

describe("job packs and credit lots (R4)", () => {
  it("a 25-credit pack used 5 times shows 20 credits with the pack's expiry", async () => {
    const cafe = await tokened(employer(t));
    const purchasedAt = t.clock.now();
    const pack = await bought(cafe, "pack-25");
    expect(pack).toMatchObject({ credits: 25, amountCents: 347500, status: "SUCCEEDED", plan: { code: "pack-25" } });
    for (let i = 0; i < 5; i++) await publishOne(cafe);
    expect(await balance(cafe)).toBe(20);
    expect(await lots(cafe)).toEqual([
      { planKind: "JOB_PACK", granted: 25, remaining: 20, expiresAt: new Date(purchasedAt.getTime() + days(365)).toISOString() },
    ]);
    expect(await expectLedgerHolds(t, cafe.organizationId)).toBe(20);
  });

  it("spends a pack lot that expires before a subscription lot first", async () => {
    const cafe = await tokened(employer(t));
    const start = t.clock.now();
    await bought(cafe, "pack-5"); // expires start + 365 days
    t.clock.set(new Date(start.getTime() + days(340)));
    await bought(cafe, "sub-5"); // expires at the end of its month, after the pack
    try {
      await publishOne(cafe);
      const byKind = Object.fromEntries((await lots(cafe)).map((l) => [l.planKind, l.remaining]));
      expect(byKind).toEqual({ JOB_PACK: 4, SUBSCRIPTION: 5 });
      expect((await lots(cafe)).map((l) => l.planKind)).toEqual(["JOB_PACK", "SUBSCRIPTION"]);
      expect(await expectLedgerHolds(t, cafe.organizationId)).toBe(9);
    } finally {
      await cafe.client.ok(CANCEL);
      t.clock.set(start);
    }
  });

  it("at the instant of expiry the balance reads 0 without a write, the quote agrees, and publish spends nothing expired", async () => {
    const cafe = await tokened(employer(t));
    const start = t.clock.now();
    await bought(cafe, "pack-5");
    await publishOne(cafe);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    const expiresAt = new Date((await lots(cafe))[0]!.expiresAt!);
    try {
      t.clock.set(new Date(expiresAt.getTime() - 1));
      expect(await balance(cafe)).toBe(4);
      expect((await cafe.client.ok(QUOTE, { id: createJob.id })).publishQuote).toMatchObject({
        ownCredits: 4,
        source: "OWN_CREDITS",
      });

      t.clock.set(expiresAt);
      expect(await balance(cafe)).toBe(0);
      expect((await cafe.client.ok(QUOTE, { id: createJob.id })).publishQuote).toMatchObject({
        ownCredits: 0,
        source: null,
        canPublishWithCredits: false,
      });
      expect(await lots(cafe)).toEqual([]);
      // Reads never write (they may run on a replica): the EXPIRY entry is not there yet.
      expect((await history(cafe)).map((e) => e.kind)).not.toContain("EXPIRY");
      expect(await t.app.services.billing.ledgerTotals(cafe.organizationId)).toEqual({
        balance: 4,
        ledgerSum: 4,
        lotsRemaining: 4,
      });

      // Publish is a write: it expires the due lot in its own transaction and spends nothing expired.
      expect((await cafe.client.fails(PUBLISH_JOB, { id: createJob.id })).extensions?.code).toBe("INSUFFICIENT_CREDITS");
      expect((await history(cafe))[0]).toEqual({ kind: "EXPIRY", amount: -4, balanceAfter: 0 });
      // Reading again or running the schedule expires nothing more.
      await runSchedule();
      expect((await history(cafe)).filter((e) => e.kind === "EXPIRY")).toHaveLength(1);
      expect(await expectLedgerHolds(t, cafe.organizationId)).toBe(0);
    } finally {
      t.clock.set(start);
    }
  });

  it("the scheduled job writes the EXPIRY entries reads only computed, and the ledger holds after it", async () => {
    const cafe = await tokened(employer(t));
    const start = t.clock.now();
    await bought(cafe, "pack-5");
    try {
      t.clock.set(new Date(start.getTime() + days(366)));
      expect(await balance(cafe)).toBe(0);
      expect(await t.app.services.billing.ledgerTotals(cafe.organizationId)).toEqual({
        balance: 5,
        ledgerSum: 5,
        lotsRemaining: 5,
      });
      const done = await runSchedule();
      expect(done.expiredOrganizations).toBeGreaterThanOrEqual(1);
      const totals = await t.app.services.billing.ledgerTotals(cafe.organizationId);
      expect(totals).toEqual({ balance: 0, ledgerSum: 0, lotsRemaining: 0 });
      expect((await history(cafe))[0]).toEqual({ kind: "EXPIRY", amount: -5, balanceAfter: 0 });
      expect(await balance(cafe)).toBe(0);
    } finally {
      t.clock.set(start);
    }
  });
});

describe("plan purchases and idempotency (R5)", () => {
  it("a replayed plan purchase charges once; the same key for another plan is a CONFLICT", async () => {
    const agency = await tokened(serviceProvider(t));
    const before = payments.charges.size;
    const first = await bought(agency, "pack-10", "pack-key");
    const again = await bought(agency, "pack-10", "pack-key");
    expect(again).toEqual(first);
    expect(payments.charges.size).toBe(before + 1);
    const other = await buy(agency, "pack-25", "pack-key");
    expect(other.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(10);
  });

  it("replaying a subscription key after the plan changed returns the first purchase, not a CONFLICT", async () => {
    const agency = await tokened(serviceProvider(t));
    const first = await bought(agency, "sub-5", "sub-key");
    expect(await bought(agency, "sub-5", "sub-key")).toEqual(first);
    const fresh = await buy(agency, "sub-5");
    expect(fresh.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(fresh.errors?.[0]?.message).toMatch(/already subscribed/);
    await agency.client.ok(CANCEL);
  });

  it("refuses quantities other than 1 for packs and subscriptions", async () => {
    const agency = await tokened(serviceProvider(t));
    const res = await agency.client.request(PURCHASE, {
      input: { planCode: "sub-10", quantity: 2, payment: { token: "tok_visa" }, idempotencyKey: "q2" },
    });
    expect(res.errors?.[0]?.extensions?.fields).toHaveProperty("quantity");
  });
});

describe("subscriptions", () => {
  it("subscribes, then renews monthly: charges, grants the new period's credits and expires the last period's, exactly once", async () => {
    const agency = await tokened(serviceProvider(t));
    const start = t.clock.now();
    const first = await bought(agency, "sub-5");
    expect(first).toMatchObject({ credits: 5, amountCents: 79500, status: "SUCCEEDED" });
    const sub = await subscription(agency);
    expect(sub).toMatchObject({ status: "ACTIVE", plan: { code: "sub-5" }, nextPlan: null, notice: null });
    expect(sub.currentPeriodStart).toBe(start.toISOString());
    expect(sub.currentPeriodEnd).toBe("2026-02-28T09:00:00.000Z"); // Jan 31 + 1 month
    expect((await lots(agency))[0]).toMatchObject({ planKind: "SUBSCRIPTION", remaining: 5, expiresAt: sub.currentPeriodEnd });

    await publishAsAgency(agency, 2);
    try {
      t.clock.set(new Date(sub.currentPeriodEnd));
      // Reading renews nothing: renewals are scheduled work (billing.runDueWork).
      expect(await subscription(agency)).toMatchObject({ status: "ACTIVE", currentPeriodEnd: sub.currentPeriodEnd });
      expect(renewalCharges(sub.id)).toBe(0);
      expect(await balance(agency)).toBe(0);
      await runSchedule();
      await runSchedule();
      expect(renewalCharges(sub.id)).toBe(1);
      expect((await history(agency)).slice(0, 2)).toEqual([
        { kind: "PLAN_GRANT", amount: 5, balanceAfter: 5 },
        { kind: "EXPIRY", amount: -3, balanceAfter: 0 },
      ]);
      expect(await subscription(agency)).toMatchObject({
        status: "ACTIVE",
        currentPeriodStart: "2026-02-28T09:00:00.000Z",
        currentPeriodEnd: "2026-03-31T09:00:00.000Z", // anchored to the 31st again
      });
      const { purchases } = await agency.client.ok(`{ purchases { amountCents status receiptNumber plan { code } } }`);
      expect(purchases).toHaveLength(2);
      expect(purchases[0]).toMatchObject({ amountCents: 79500, status: "SUCCEEDED", plan: { code: "sub-5" } });
      expect(await expectLedgerHolds(t, agency.organizationId)).toBe(5);
    } finally {
      t.clock.set(start);
      await agency.client.ok(CANCEL);
    }
  });

  it("upgrading from sub-5 to sub-10 mid-period charges the difference and grants 5 at once, expiring at the period's end", async () => {
    const agency = await tokened(serviceProvider(t));
    const start = t.clock.now();
    await bought(agency, "sub-5");
    const { id: subscriptionId, currentPeriodEnd: periodEnd } = await subscription(agency);
    try {
      t.clock.set(new Date(start.getTime() + days(10)));
      const upgrade = await bought(agency, "sub-10");
      expect(upgrade).toMatchObject({ credits: 5, amountCents: 139000 - 79500, status: "SUCCEEDED", plan: { code: "sub-10" } });
      expect(await balance(agency)).toBe(10);
      expect((await history(agency))[0]).toEqual({ kind: "PLAN_GRANT", amount: 5, balanceAfter: 10 });
      expect((await lots(agency)).map((l) => l.expiresAt)).toEqual([periodEnd, periodEnd]);
      expect(await subscription(agency)).toMatchObject({
        status: "ACTIVE",
        plan: { code: "sub-10" },
        currentPeriodEnd: periodEnd,
      });

      t.clock.set(new Date(periodEnd));
      await runSchedule();
      expect(renewalCharges(subscriptionId)).toBe(1);
      expect([...payments.charges.entries()].find(([k]) => k.startsWith(`renewal:${subscriptionId}:`))?.[1].amountCents).toBe(
        139000,
      );
      expect(await balance(agency)).toBe(10);
      expect(await expectLedgerHolds(t, agency.organizationId)).toBe(10);
    } finally {
      t.clock.set(start);
      await agency.client.ok(CANCEL);
    }
  });

  it("a downgrade costs nothing now and takes effect at the period's end", async () => {
    const agency = await tokened(serviceProvider(t));
    const start = t.clock.now();
    await bought(agency, "sub-20");
    const downgrade = await bought(agency, "sub-5");
    expect(downgrade).toMatchObject({ credits: 0, amountCents: 0, status: "SUCCEEDED", receiptNumber: null, receiptUrl: null });
    const sub = await subscription(agency);
    expect(sub).toMatchObject({ plan: { code: "sub-20" }, nextPlan: { code: "sub-5" } });
    expect(await balance(agency)).toBe(20);
    try {
      t.clock.set(new Date(sub.currentPeriodEnd));
      await runSchedule();
      expect(await subscription(agency)).toMatchObject({ status: "ACTIVE", plan: { code: "sub-5" }, nextPlan: null });
      expect(await balance(agency)).toBe(5);
      expect(await expectLedgerHolds(t, agency.organizationId)).toBe(5);
    } finally {
      t.clock.set(start);
      await agency.client.ok(CANCEL);
    }
  });

  it("cancelling stops renewal: credits stay usable until the period's end, then it is EXPIRED and nothing is charged", async () => {
    const agency = await tokened(serviceProvider(t));
    const start = t.clock.now();
    await bought(agency, "sub-10");
    const { cancelSubscription } = await agency.client.ok(CANCEL);
    expect(cancelSubscription).toMatchObject({ status: "CANCELED", renewsAt: null });
    expect((await agency.client.ok(CANCEL)).cancelSubscription.status).toBe("CANCELED");
    expect(await balance(agency)).toBe(10);
    try {
      t.clock.set(new Date(cancelSubscription.currentPeriodEnd));
      const { id: subscriptionId } = await subscription(agency);
      await runSchedule();
      expect(renewalCharges(subscriptionId)).toBe(0);
      expect((await subscription(agency)).status).toBe("EXPIRED");
      expect(await balance(agency)).toBe(0);
      expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
      expect((await agency.client.fails(CANCEL)).extensions?.code).toBe("NOT_FOUND");
    } finally {
      t.clock.set(start);
    }
  });

  it("a declined renewal retries on the schedule, mails the owner each time, then ends the subscription", async () => {
    const agency = await tokened(serviceProvider(t));
    const start = t.clock.now();
    await bought(agency, "sub-5");
    const sub = await subscription(agency);
    const end = new Date(sub.currentPeriodEnd).getTime();
    const mailTo = async () =>
      (await t.app.services.mail.devMailbox(agency.email, { fromThisMachine: true })).filter((m: { subject: string }) =>
        /Monthly 5 Ads/.test(m.subject),
      );
    try {
      payments.declineRenewals = true;
      t.clock.set(new Date(end - 1));
      await runSchedule();
      expect((await subscription(agency)).status).toBe("ACTIVE");
      expect(await balance(agency)).toBe(5);

      // The first try, at the period's end, is declined: the period's credits expire, a retry is due in a day.
      t.clock.set(new Date(end));
      await runSchedule();
      const current = await subscription(agency);
      expect(current.status).toBe("ACTIVE");
      expect(current.notice).toMatch(/renewal payment of \$795 for Monthly 5 Ads was declined.*try the card again on 2026-03-01/);
      expect(await balance(agency)).toBe(0);
      expect(await mailTo()).toHaveLength(1);
      expect(renewalCharges(sub.id)).toBe(0);

      // Nothing happens before the retry is due; then each retry is one more declined attempt.
      t.clock.set(new Date(end + days(1) - 1));
      await runSchedule();
      expect(await mailTo()).toHaveLength(1);
      for (const [day, mails] of [
        [1, 2],
        [3, 3],
      ] as const) {
        t.clock.set(new Date(end + days(day)));
        await runSchedule();
        expect((await subscription(agency)).status).toBe("ACTIVE");
        expect(await mailTo()).toHaveLength(mails);
      }
      // The last try (a week after) ends it, with a notice and a mail.
      t.clock.set(new Date(end + days(7)));
      await runSchedule();
      const ended = await subscription(agency);
      expect(ended.status).toBe("EXPIRED");
      expect(ended.renewsAt).toBeNull();
      expect(ended.notice).toMatch(
        /renewal payment of \$795 for Monthly 5 Ads was declined.*4 times, so the subscription ended on 2026-02-28/,
      );
      const mails = await mailTo();
      expect(mails).toHaveLength(4);
      expect(mails[0]!.subject).toBe("Your Monthly 5 Ads subscription has ended");
      expect(await balance(agency)).toBe(0);
      expect((await history(agency)).map((e) => e.kind)).toEqual(["EXPIRY", "PLAN_GRANT"]);
      const { purchases } = await agency.client.ok(`{ purchases { status amountCents } }`);
      expect(purchases.slice(0, 4)).toEqual(Array(4).fill({ status: "DECLINED", amountCents: 79500 }));
      expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
      // Subscribing again starts afresh.
      payments.declineRenewals = false;
      await bought(agency, "sub-5");
      expect(await subscription(agency)).toMatchObject({ status: "ACTIVE", notice: null });
      await agency.client.ok(CANCEL);
    } finally {
      payments.declineRenewals = false;
      t.clock.set(start);
    }
  });

  it("a renewal declined once and paid on its retry grants the period's credits with a tax invoice", async () => {
    const agency = await tokened(serviceProvider(t));
    const start = t.clock.now();
    await bought(agency, "sub-5");
    const sub = await subscription(agency);
    const end = new Date(sub.currentPeriodEnd).getTime();
    try {
      payments.declineRenewals = true;
      t.clock.set(new Date(end));
      await runSchedule();
      expect(await balance(agency)).toBe(0);
      payments.declineRenewals = false;
      t.clock.set(new Date(end + days(1)));
      await runSchedule();
      const renewed = await subscription(agency);
      expect(renewed).toMatchObject({ status: "ACTIVE", notice: null });
      expect(new Date(renewed.currentPeriodStart).getTime()).toBe(end);
      expect(await balance(agency)).toBe(5);
      expect(renewalCharges(sub.id)).toBe(1);
      const { invoices } = await agency.client.ok(`{ invoices { kind number description amountCents } }`);
      expect(invoices).toHaveLength(2);
      expect(invoices[0]).toMatchObject({ kind: "TAX_INVOICE", amountCents: 79500 });
      expect(invoices[0].description).toMatch(/Monthly 5 Ads subscription renewal/);
      await agency.client.ok(CANCEL);
    } finally {
      payments.declineRenewals = false;
      t.clock.set(start);
    }
  });

  it("catches up after downtime: one charge, for the period that contains now", async () => {
    const agency = await tokened(serviceProvider(t));
    const start = t.clock.now();
    await bought(agency, "sub-5");
    try {
      t.clock.set(new Date(start.getTime() + days(75))); // two period ends missed
      await runSchedule();
      const sub = await subscription(agency);
      expect(renewalCharges(sub.id)).toBe(1);
      expect(new Date(sub.currentPeriodStart).getTime()).toBeLessThanOrEqual(t.clock.now().getTime());
      expect(new Date(sub.currentPeriodEnd).getTime()).toBeGreaterThan(t.clock.now().getTime());
      expect(sub.currentPeriodStart).toBe("2026-03-31T09:00:00.000Z");
      expect(await balance(agency)).toBe(5);
      expect(await expectLedgerHolds(t, agency.organizationId)).toBe(5);
    } finally {
      t.clock.set(start);
      await agency.client.ok(CANCEL);
    }
  });
});

describe("receipts", () => {
  it("the receipt PDF shows the amount, the GST and the receipt number, to the buyer's members only", async () => {
    const agency = await tokened(serviceProvider(t));
    const pack = await bought(agency, "pack-25");
    expect(pack.receiptUrl).toBe(`/receipts/${pack.id}.pdf`);
    const token = await accessToken(agency);
    const res = await fetch(`${t.url}${pack.receiptUrl}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain(pack.receiptNumber);
    expect(text).toContain("$3,475.00 AUD");
    expect(text).toContain("GST included (10%)");
    expect(text).toContain("$315.91 AUD"); // 347500 / 11, rounded
    expect(text).toContain("Premium Job Pack 25 Ads");
    expect(text).toContain("Tax invoice"); // the demo seller's ABN outside production
    expect(text).toContain("Buyer"); // $1,000 or more: the buyer is named

    const stranger = await tokened(serviceProvider(t));
    const other = await fetch(`${t.url}${pack.receiptUrl}`, {
      headers: { authorization: `Bearer ${await accessToken(stranger)}` },
    });
    expect(other.status).toBe(404);
    expect((await fetch(`${t.url}${pack.receiptUrl}`)).status).toBe(401);
    expect((await fetch(`${t.url}/receipts/not-a-uuid.pdf`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  });
});

async function accessToken(who: SignedUp): Promise<string> {
  const { createAccessToken } = await who.client.ok(`mutation { createAccessToken(name: "receipts") { secret } }`);
  return createAccessToken.secret as string;
}

/** The text shown by an uncompressed pdfkit PDF: each TJ array's hex strings, one line each. */
describe("receipts with the seller's ABN", () => {
  it("are tax invoices naming the seller and its ABN", async () => {
    const invoicing = await startTestApp({ config: { seller: { name: "Harbour Job Ads Pty Ltd", abn: "51824753556" } } });
    try {
      const agency = await tokened(serviceProvider(invoicing));
      const pack = await bought(agency, "pack-25");
      const res = await fetch(`${invoicing.url}${pack.receiptUrl}`, {
        headers: { authorization: `Bearer ${agency.client.bearer}` },
      });
      expect(res.status).toBe(200);
      const text = pdfText(Buffer.from(await res.arrayBuffer()));
      expect(text).toContain("Tax invoice");
      expect(text).toContain("Harbour Job Ads Pty Ltd");
      expect(text).toContain("ABN 51 824 753 556");
      expect(text).toContain("GST included (10%)");
      expect(text).not.toContain("Receipt number"); // the number is an invoice number on a tax invoice
    } finally {
      await invoicing.close();
    }
  });
});

function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, body] of pdf.toString("latin1").matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    lines.push([...body!.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex!, "hex").toString("latin1")).join(""));
  }
  return lines.join("\n");
}

/** An agency spends its own credits by publishing inside a connected client with sharing on. */
async function publishAsAgency(agency: SignedUp, count: number): Promise<void> {
  const bearer = agency.client.bearer;
  agency.client.bearer = null; // entering a client's account needs the session
  await agency.client.ok(`mutation { setCreditSharing(enabled: true) { id } }`);
  const client = await tokened(employer(t));
  const connectionId = await activeConnection(t, agency, client);
  await agency.client.ok(`mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`, {
    id: connectionId,
  });
  for (let i = 0; i < count; i++) await publishOne(agency);
  await agency.client.ok(`mutation { switchToServiceProvider { currentOrganization { id } } }`);
  agency.client.bearer = bearer;
}
