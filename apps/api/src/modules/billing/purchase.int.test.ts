import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer, expectLedgerHolds, serviceProvider } from "../../../test/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PURCHASE = `mutation($input: PurchaseInput!) {
  purchase(input: $input) { id quantity credits amountCents currency status receiptNumber plan { code name } }
}`;
const BALANCE = `{ viewer { currentOrganization { id creditBalance } } }`;
const HISTORY = `query($first: Int!, $after: String) {
  creditHistory(first: $first, after: $after) { nodes { kind amount balanceAfter actor { email } } endCursor hasNextPage }
}`;

const payg = (quantity: number, token: string, key: string) => ({
  input: { planCode: "payg", quantity, payment: { token }, idempotencyKey: key },
});

describe("buying pay-as-you-go credits", () => {
  it("charges $199 a credit, grants the credits, writes a ledger entry and keeps the invariant", async () => {
    const agency = await serviceProvider(t);
    const { purchase } = await agency.client.ok(PURCHASE, payg(3, "tok_visa", "k-1"));
    expect(purchase).toMatchObject({ quantity: 3, credits: 3, amountCents: 59700, currency: "AUD", status: "SUCCEEDED" });
    expect(purchase.plan).toEqual({ code: "payg", name: "Pay as you go" });
    expect(purchase.receiptNumber).toMatch(/^INV-\d{6}$/);

    expect((await agency.client.ok(BALANCE)).viewer.currentOrganization.creditBalance).toBe(3);
    const { creditHistory } = await agency.client.ok(HISTORY, { first: 10 });
    expect(creditHistory.nodes).toEqual([{ kind: "PURCHASE", amount: 3, balanceAfter: 3, actor: { email: agency.email } }]);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(3);
  });

  it("keeps a declined purchase, grants nothing and answers PAYMENT_DECLINED", async () => {
    const agency = await serviceProvider(t);
    const error = await agency.client.fails(PURCHASE, payg(2, "tok_chargeDeclined", "k-declined"));
    expect(error.extensions?.code).toBe("PAYMENT_DECLINED");
    expect((await agency.client.ok(BALANCE)).viewer.currentOrganization.creditBalance).toBe(0);
    const { purchases } = await agency.client.ok(`{ purchases { status credits amountCents receiptNumber } }`);
    expect(purchases).toEqual([{ status: "DECLINED", credits: 2, amountCents: 39800, receiptNumber: null }]);
    expect((await agency.client.ok(HISTORY, { first: 10 })).creditHistory.nodes).toEqual([]);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
  });

  it("returns the first purchase for a replayed key and charges nothing more", async () => {
    const agency = await serviceProvider(t);
    const chargesBefore = t.payments.charges.size;
    const first = (await agency.client.ok(PURCHASE, payg(2, "tok_visa", "same-key"))).purchase;
    const again = (await agency.client.ok(PURCHASE, payg(2, "tok_visa", "same-key"))).purchase;
    expect(again).toEqual(first);
    expect(t.payments.charges.size).toBe(chargesBefore + 1);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(2);
  });

  it("refuses the same key with other parameters as a CONFLICT", async () => {
    const agency = await serviceProvider(t);
    await agency.client.ok(PURCHASE, payg(2, "tok_visa", "reused"));
    const error = await agency.client.fails(PURCHASE, payg(5, "tok_visa", "reused"));
    expect(error.extensions?.code).toBe("CONFLICT");
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(2);
  });

  it("scopes keys to the organization: another agency's same key is its own purchase", async () => {
    const a = await serviceProvider(t);
    const b = await serviceProvider(t);
    await a.client.ok(PURCHASE, payg(1, "tok_visa", "shared-key"));
    await b.client.ok(PURCHASE, payg(4, "tok_visa", "shared-key"));
    expect(await expectLedgerHolds(t, a.organizationId)).toBe(1);
    expect(await expectLedgerHolds(t, b.organizationId)).toBe(4);
  });

  it("refuses quantities outside 1–100 and unknown plans with field messages", async () => {
    const agency = await serviceProvider(t);
    for (const quantity of [0, 101, -3]) {
      const error = await agency.client.fails(PURCHASE, payg(quantity, "tok_visa", `q-${quantity}`));
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.extensions?.fields).toHaveProperty("quantity");
    }
    const unknown = await agency.client.fails(PURCHASE, {
      input: { planCode: "gold", quantity: 1, payment: { token: "tok_visa" }, idempotencyKey: "u" },
    });
    expect(unknown.extensions?.fields).toHaveProperty("planCode");
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
  });

  it("needs a signed-in user", async () => {
    expect((await t.client().fails(PURCHASE, payg(1, "tok_visa", "anon"))).extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("lets an employer buy its own credits too", async () => {
    const cafe = await employer(t);
    await cafe.client.ok(PURCHASE, payg(1, "tok_visa", "cafe-1"));
    expect((await cafe.client.ok(BALANCE)).viewer.currentOrganization.creditBalance).toBe(1);
  });
});

describe("credit history", () => {
  it("pages newest first with cursors and refuses first over 100", async () => {
    const agency = await serviceProvider(t);
    for (let i = 1; i <= 5; i++) await agency.client.ok(PURCHASE, payg(i, "tok_visa", `page-${i}`));
    const one = (await agency.client.ok(HISTORY, { first: 2 })).creditHistory;
    expect(one.nodes.map((n: { amount: number }) => n.amount)).toEqual([5, 4]);
    expect(one.hasNextPage).toBe(true);
    const two = (await agency.client.ok(HISTORY, { first: 2, after: one.endCursor })).creditHistory;
    expect(two.nodes.map((n: { amount: number }) => n.amount)).toEqual([3, 2]);
    const three = (await agency.client.ok(HISTORY, { first: 2, after: two.endCursor })).creditHistory;
    expect(three.nodes.map((n: { balanceAfter: number }) => n.balanceAfter)).toEqual([1]);
    expect(three.hasNextPage).toBe(false);

    const tooMany = await agency.client.fails(HISTORY, { first: 101 });
    expect(tooMany.extensions?.code).toBe("BAD_USER_INPUT");
    const badCursor = await agency.client.fails(HISTORY, { first: 2, after: "garbage" });
    expect(badCursor.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("credit sharing", () => {
  it("is switched by a service provider and refused to an employer", async () => {
    const agency = await serviceProvider(t);
    const on = await agency.client.ok(`mutation { setCreditSharing(enabled: true) { creditSharingEnabled } }`);
    expect(on.setCreditSharing.creditSharingEnabled).toBe(true);
    const cafe = await employer(t);
    expect((await cafe.client.fails(`mutation { setCreditSharing(enabled: true) { id } }`)).extensions?.code).toBe("FORBIDDEN");
  });
});

describe("pricing plans", () => {
  it("lists the seeded plans of R5 to anyone", async () => {
    const { pricingPlans } = await t.client().ok(`{ pricingPlans { code kind credits priceCents currency creditValidityDays } }`);
    expect(pricingPlans.map((p: { code: string }) => p.code)).toEqual([
      "payg",
      "pack-5",
      "pack-10",
      "pack-25",
      "sub-5",
      "sub-10",
      "sub-20",
    ]);
    expect(pricingPlans[0]).toEqual({
      code: "payg",
      kind: "PAY_AS_YOU_GO",
      credits: 1,
      priceCents: 19900,
      currency: "AUD",
      creditValidityDays: null,
    });
  });
});
