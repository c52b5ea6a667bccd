import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/client.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { expectLedgerHolds, serviceProvider, type SignedUp } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../../test/jobs.js";
import { StripeStandIn } from "../../../test/stripe-stand-in.js";
import { employer, activeConnection } from "../../../test/factories.js";

let t: TestApp;
let stripe: StripeStandIn;
beforeAll(async () => {
  stripe = await new StripeStandIn().start();
  t = await startTestApp({ config: { stripe: stripe.settings() } });
});
afterAll(async () => {
  await t?.close();
  await stripe?.stop();
});

const PURCHASE = `mutation($input: PurchaseInput!) {
  purchase(input: $input) { id status credits amountCents receiptNumber nextAction { clientSecret } invoice { number } }
}`;
const BALANCE = `{ viewer { currentOrganization { creditBalance } } }`;
const INVOICES = `{ invoices { kind number amountCents description adjusts { number } } }`;
const buy = (who: SignedUp, quantity: number, token: string, key: string) =>
  who.client.ok(PURCHASE, { input: { planCode: "payg", quantity, payment: { token }, idempotencyKey: key } });
const balance = async (who: SignedUp) => (await who.client.ok(BALANCE)).viewer.currentOrganization.creditBalance as number;
const intentOf = (purchaseId: string) => [...stripe.intents.values()].find((i) => i.metadata.purchaseId === purchaseId)!;
const eventsApplied = async () =>
  rowsOf<{ n: number }>(await t.database.db.execute(sql`SELECT count(*)::int AS n FROM payment_events`))[0]!.n;

describe("card payments through Stripe (the real SDK against a local stand-in)", () => {
  it("tells the browser to load Stripe.js from the configured address", async () => {
    const { paymentSettings } = await t.client().ok(`{ paymentSettings { provider stripePublishableKey stripeJsUrl } }`);
    expect(paymentSettings).toEqual({
      provider: "stripe",
      stripePublishableKey: "pk_test_standin",
      stripeJsUrl: `${stripe.url}/v3/`,
    });
    const script = await fetch(paymentSettings.stripeJsUrl);
    expect(await script.text()).toContain("handleNextAction");
  });

  it("a purchase is one PaymentIntent created with our idempotency key; a replay makes no other", async () => {
    const agency = await serviceProvider(t);
    const { purchase } = await buy(agency, 2, "pm_card_visa", "s-1");
    expect(purchase).toMatchObject({ status: "SUCCEEDED", credits: 2, amountCents: 39800 });
    expect(purchase.invoice.number).toBe(purchase.receiptNumber);
    const creates = stripe.requests.filter((r) => r.path === "/v1/payment_intents" && r.idempotencyKey === purchase.id);
    expect(creates).toHaveLength(1);
    expect(creates[0]!.params).toMatchObject({
      amount: "39800",
      currency: "aud",
      confirm: "true",
      payment_method: "pm_card_visa",
    });
    expect((await buy(agency, 2, "pm_card_visa", "s-1")).purchase).toEqual(purchase);
    expect(stripe.requests.filter((r) => r.path === "/v1/payment_intents" && r.idempotencyKey === purchase.id)).toHaveLength(1);
    expect(await balance(agency)).toBe(2);
  });

  it("a declined card is PAYMENT_DECLINED with nothing granted", async () => {
    const agency = await serviceProvider(t);
    const error = await agency.client.fails(PURCHASE, {
      input: { planCode: "payg", quantity: 1, payment: { token: "pm_card_chargeDeclined" }, idempotencyKey: "s-declined" },
    });
    expect(error.extensions?.code).toBe("PAYMENT_DECLINED");
    expect(await balance(agency)).toBe(0);
  });

  it("a card that needs 3-D Secure returns the next action; after it, the same purchase completes once", async () => {
    const agency = await serviceProvider(t);
    const first = (await buy(agency, 3, "pm_card_authenticationRequired", "s-3ds")).purchase;
    expect(first.status).toBe("REQUIRES_ACTION");
    expect(first.nextAction.clientSecret).toMatch(/^pi_[a-z0-9]+_secret_/);
    expect(first.invoice).toBeNull();
    expect(await balance(agency)).toBe(0);
    stripe.authenticate(intentOf(first.id).id); // what Stripe.js does in the browser
    const done = (await buy(agency, 3, "pm_card_authenticationRequired", "s-3ds")).purchase;
    expect(done).toMatchObject({ id: first.id, status: "SUCCEEDED", nextAction: null });
    expect((await buy(agency, 3, "pm_card_authenticationRequired", "s-3ds")).purchase.status).toBe("SUCCEEDED");
    expect(await balance(agency)).toBe(3);
    expect((await agency.client.ok(INVOICES)).invoices).toHaveLength(1);
  });

  it("a success event that arrives before the API's own answer grants once", async () => {
    const agency = await serviceProvider(t);
    const first = (await buy(agency, 2, "pm_card_authenticationRequired", "s-early")).purchase;
    const intent = stripe.authenticate(intentOf(first.id).id);
    const event = stripe.event("payment_intent.succeeded", intent);
    expect((await stripe.deliver(t.url, event)).status).toBe(200);
    expect(await balance(agency)).toBe(2);
    const answer = (await buy(agency, 2, "pm_card_authenticationRequired", "s-early")).purchase;
    expect(answer.status).toBe("SUCCEEDED");
    expect(await balance(agency)).toBe(2);
    expect((await stripe.deliver(t.url, stripe.event("payment_intent.succeeded", intent))).status).toBe(200);
    expect(await balance(agency)).toBe(2);
    expect((await agency.client.ok(INVOICES)).invoices).toHaveLength(1);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(2);
  });

  it("a webhook with a bad signature is 400 and changes nothing", async () => {
    const agency = await serviceProvider(t);
    const first = (await buy(agency, 1, "pm_card_authenticationRequired", "s-forged")).purchase;
    const intent = stripe.authenticate(intentOf(first.id).id);
    const before = await eventsApplied();
    const event = stripe.event("payment_intent.succeeded", intent);
    expect((await stripe.deliver(t.url, event, "whsec_someone_else")).status).toBe(400);
    const unsigned = await fetch(`${t.url}/webhooks/stripe`, { method: "POST", body: event.payload });
    expect(unsigned.status).toBe(400);
    const tampered = { payload: event.payload.replace('"amount":19900', '"amount":1') };
    const header = (await import("stripe")).default.webhooks.generateTestHeaderString({
      payload: event.payload,
      secret: stripe.webhookSecret,
    });
    const replayedHeader = await fetch(`${t.url}/webhooks/stripe`, {
      method: "POST",
      headers: { "stripe-signature": header },
      body: tampered.payload + " ",
    });
    expect(replayedHeader.status).toBe(400);
    expect(await eventsApplied()).toBe(before);
    expect(await balance(agency)).toBe(0);
  });

  it("a refund writes one adjustment note naming the invoice and takes back exactly the unspent credits; the same event twice applies once", async () => {
    const agency = await serviceProvider(t);
    await agency.client.ok(`mutation { setCreditSharing(enabled: true) { id } }`);
    const { purchase } = await buy(agency, 3, "pm_card_visa", "s-refund");
    // One of the three credits is spent on a client's ad.
    const client = await employer(t);
    const connectionId = await activeConnection(t, agency, client);
    await agency.client.ok(`mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`, {
      id: connectionId,
    });
    const { createJob } = await agency.client.ok(CREATE_JOB, { input: jobInput() });
    await agency.client.ok(PUBLISH_JOB, { id: createJob.id });
    await agency.client.ok(`mutation { switchToServiceProvider { currentOrganization { id } } }`);
    expect(await balance(agency)).toBe(2);

    const event = stripe.refund(intentOf(purchase.id).id);
    expect((await stripe.deliver(t.url, event)).status).toBe(200);
    expect((await stripe.deliver(t.url, event)).status).toBe(200);
    expect(await balance(agency)).toBe(0);
    const { invoices } = await agency.client.ok(INVOICES);
    expect(invoices).toHaveLength(2);
    expect(invoices[0]).toMatchObject({
      kind: "ADJUSTMENT_NOTE",
      amountCents: 59700,
      adjusts: { number: purchase.receiptNumber },
    });
    expect(invoices[0].number).toMatch(/^AN-\d{6}$/);
    expect(invoices[0].description).toContain(`tax invoice ${purchase.receiptNumber}`);
    const { creditHistory } = await agency.client.ok(`{ creditHistory(first: 10) { nodes { kind amount } } }`);
    expect(creditHistory.nodes[0]).toEqual({ kind: "REFUND", amount: -2 });
    expect(creditHistory.nodes.filter((n: { kind: string }) => n.kind === "REFUND")).toHaveLength(1);
    // A later event for the same refund (another delivery of the running total) changes nothing either.
    expect((await stripe.deliver(t.url, stripe.event("charge.refunded", stripe.chargeOf(intentOf(purchase.id).id)))).status).toBe(
      200,
    );
    expect((await agency.client.ok(INVOICES)).invoices).toHaveLength(2);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
    const { devMailbox } = await t.client().ok(`query($to: String) { devMailbox(to: $to) { subject } }`, { to: agency.email });
    expect(devMailbox.map((m: { subject: string }) => m.subject)).toContain("A payment was refunded");
  });

  it("a dispute holds the purchase's unspent credits and tells the agency; won, they come back", async () => {
    const agency = await serviceProvider(t);
    const { purchase } = await buy(agency, 4, "pm_card_visa", "s-dispute");
    const intentId = intentOf(purchase.id).id;
    expect((await stripe.deliver(t.url, stripe.dispute(intentId, "needs_response", "dp_1"))).status).toBe(200);
    expect(await balance(agency)).toBe(0);
    const { devMailbox } = await t
      .client()
      .ok(`query($to: String) { devMailbox(to: $to) { subject text } }`, { to: agency.email });
    expect(devMailbox[0]).toMatchObject({ subject: "A payment is disputed" });
    expect(devMailbox[0].text).toContain("4 unspent credits are held");
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
    expect((await stripe.deliver(t.url, stripe.dispute(intentId, "won", "dp_1"))).status).toBe(200);
    expect(await balance(agency)).toBe(4);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(4);
  });

  it("a lost dispute removes the held credits and writes an adjustment note", async () => {
    const agency = await serviceProvider(t);
    const { purchase } = await buy(agency, 2, "pm_card_visa", "s-lost");
    const intentId = intentOf(purchase.id).id;
    await stripe.deliver(t.url, stripe.dispute(intentId, "needs_response", "dp_2"));
    await stripe.deliver(t.url, stripe.dispute(intentId, "lost", "dp_2"));
    expect(await balance(agency)).toBe(0);
    const { invoices } = await agency.client.ok(INVOICES);
    expect(invoices.map((i: { kind: string }) => i.kind)).toEqual(["ADJUSTMENT_NOTE", "TAX_INVOICE"]);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
  });

  it("a card-paid publish is a PaymentIntent too, with its invoice; its refund writes a note", async () => {
    const cafe = await employer(t);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    await cafe.client.ok(PUBLISH_JOB, { id: createJob.id, payment: { token: "pm_card_visa" }, key: "pub-s" });
    const intent = [...stripe.intents.values()].find((i) => i.metadata.jobId === createJob.id)!;
    expect(intent.amount).toBe(19900);
    const { invoices } = await cafe.client.ok(INVOICES);
    expect(invoices).toHaveLength(1);
    await stripe.deliver(t.url, stripe.refund(intent.id));
    expect((await cafe.client.ok(INVOICES)).invoices.map((i: { kind: string }) => i.kind)).toEqual([
      "ADJUSTMENT_NOTE",
      "TAX_INVOICE",
    ]);
  });

  it("subscriptions save the card and renew off-session with it", async () => {
    const agency = await serviceProvider(t);
    const { createAccessToken } = await agency.client.ok(`mutation { createAccessToken(name: "t") { secret } }`);
    agency.client.bearer = createAccessToken.secret;
    const start = t.clock.now();
    try {
      const { purchase } = await agency.client.ok(PURCHASE, {
        input: { planCode: "sub-5", quantity: 1, payment: { token: "pm_card_visa" }, idempotencyKey: "s-sub" },
      });
      expect(purchase.status).toBe("SUCCEEDED");
      const first = intentOf(purchase.id);
      expect(first.setup_future_usage).toBe("off_session");
      expect(first.customer).toMatch(/^cus_/);
      const { subscription } = await agency.client.ok(`{ subscription { currentPeriodEnd } }`);
      t.clock.set(new Date(subscription.currentPeriodEnd));
      await t.app.services.subscriptions.runDueWork(t.clock.now());
      const renewal = [...stripe.requests].reverse().find((r) => r.path === "/v1/payment_intents")!;
      expect(renewal.idempotencyKey).toMatch(/^renewal:/);
      expect(renewal.params).toMatchObject({ off_session: "true", customer: first.customer, payment_method: "pm_card_visa" });
      expect(await balance(agency)).toBe(5);
      // Its card stops working: declined off-session, retried on the schedule.
      stripe.declineOffSession = true;
      const { subscription: next } = await agency.client.ok(`{ subscription { currentPeriodEnd } }`);
      t.clock.set(new Date(next.currentPeriodEnd));
      await t.app.services.subscriptions.runDueWork(t.clock.now());
      expect((await agency.client.ok(`{ subscription { status notice } }`)).subscription.notice).toMatch(/try the card again/);
    } finally {
      stripe.declineOffSession = false;
      t.clock.set(start);
    }
  });
});
