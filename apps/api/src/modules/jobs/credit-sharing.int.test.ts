import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import {
  activeConnection,
  employer,
  expectLedgerHolds,
  grantCredits,
  serviceProvider,
  type SignedUp,
} from "../../../test/factories.js";
import { BALANCE, CREATE_JOB, PUBLISH_JOB, QUOTE, jobInput } from "../../../test/jobs.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } accessingClient { id } } }`;
const SWITCH_BACK = `mutation { switchToServiceProvider { currentOrganization { id } } }`;
const SHARED = `query { clients(first: 10) { nodes { id sharedCredits } } }`;

/** An agency with `agencyCredits` and sharing on/off, inside an ACTIVE client with `clientCredits`. */
async function agencyInsideClient(agencyCredits: number, clientCredits: number, sharing = true) {
  const agency = await serviceProvider(t);
  const client = await employer(t);
  if (agencyCredits > 0) await grantCredits(t, agency.organizationId, agencyCredits);
  if (clientCredits > 0) await grantCredits(t, client.organizationId, clientCredits);
  await agency.client.ok(`mutation($on: Boolean!) { setCreditSharing(enabled: $on) { id } }`, { on: sharing });
  const connectionId = await activeConnection(t, agency, client);
  await agency.client.ok(ACCESS, { id: connectionId });
  return { agency, client, connectionId };
}

async function draft(who: SignedUp): Promise<string> {
  return (await who.client.ok(CREATE_JOB, { input: jobInput() })).createJob.id;
}

describe("publishing inside a client with the agency's shared credits (R1)", () => {
  it("agency 20, client 0: quote says the agency pays 20; after publishing the agency has 19, sharedCredits 19, and the entry points at the client's job", async () => {
    const { agency, client, connectionId } = await agencyInsideClient(20, 0);
    const jobId = await draft(agency);
    const { publishQuote } = await agency.client.ok(QUOTE, { id: jobId });
    expect(publishQuote).toEqual({
      source: "SERVICE_PROVIDER_CREDITS",
      serviceProviderCredits: 20,
      ownCredits: 0,
      priceCents: 19900,
      currency: "AUD",
      canPublishWithCredits: true,
    });

    const { publishJob } = await agency.client.ok(PUBLISH_JOB, { id: jobId });
    expect(publishJob.status).toBe("PUBLISHED");
    expect(publishJob.payment).toMatchObject({ source: "SERVICE_PROVIDER_CREDITS", payer: { id: agency.organizationId } });

    await agency.client.ok(SWITCH_BACK);
    expect((await agency.client.ok(BALANCE)).viewer.currentOrganization.creditBalance).toBe(19);
    const { clients } = await agency.client.ok(SHARED);
    expect(clients.nodes).toEqual([{ id: connectionId, sharedCredits: 19 }]);
    const { creditHistory } = await agency.client.ok(
      `{ creditHistory(first: 1) { nodes { kind amount balanceAfter job { id employer { id } } } } }`,
    );
    expect(creditHistory.nodes[0]).toEqual({
      kind: "PUBLISH",
      amount: -1,
      balanceAfter: 19,
      job: { id: jobId, employer: { id: client.organizationId } },
    });
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(19);
    expect(await expectLedgerHolds(t, client.organizationId)).toBe(0);

    // The client sees the job, who created it, and the agency's write in its activity log.
    const { job } = await client.client.ok(`query($id: ID!) { job(id: $id) { status createdByServiceProvider { id } } }`, {
      id: jobId,
    });
    expect(job).toEqual({ status: "PUBLISHED", createdByServiceProvider: { id: agency.organizationId } });
    const { auditEvents } = await client.client.ok(
      `{ auditEvents(first: 10) { nodes { action summary actingServiceProvider { id } actor { email } } } }`,
    );
    const published = auditEvents.nodes.find((e: { action: string }) => e.action === "job.published");
    expect(published).toEqual({
      action: "job.published",
      summary: `Published "Barista", paid with the agency's shared credits`,
      actingServiceProvider: { id: agency.organizationId },
      actor: { email: agency.email },
    });
  });

  it("agency 5 and client 3: the agency pays (4 and 3)", async () => {
    const { agency, client } = await agencyInsideClient(5, 3);
    expect((await agency.client.ok(QUOTE, { id: await draft(agency) })).publishQuote.source).toBe("SERVICE_PROVIDER_CREDITS");
    await agency.client.ok(PUBLISH_JOB, { id: await draft(agency) });
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(4);
    expect(await expectLedgerHolds(t, client.organizationId)).toBe(3);
  });

  it("sharing off: the client's own credits pay", async () => {
    const { agency, client } = await agencyInsideClient(5, 3, false);
    const jobId = await draft(agency);
    expect((await agency.client.ok(QUOTE, { id: jobId })).publishQuote).toMatchObject({
      source: "OWN_CREDITS",
      serviceProviderCredits: 0,
      ownCredits: 3,
    });
    const { publishJob } = await agency.client.ok(PUBLISH_JOB, { id: jobId });
    expect(publishJob.payment).toMatchObject({ source: "OWN_CREDITS", payer: { id: client.organizationId } });
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(5);
    expect(await expectLedgerHolds(t, client.organizationId)).toBe(2);
  });

  it("both 0: INSUFFICIENT_CREDITS with the job still a draft and no entry; tok_visa then publishes by card; a declined card charges nothing", async () => {
    const { agency, client } = await agencyInsideClient(0, 0);
    const jobId = await draft(agency);
    expect((await agency.client.ok(QUOTE, { id: jobId })).publishQuote).toMatchObject({
      source: null,
      canPublishWithCredits: false,
    });
    expect((await agency.client.fails(PUBLISH_JOB, { id: jobId })).extensions?.code).toBe("INSUFFICIENT_CREDITS");
    const kept = t.payments.keptCharges;
    expect(
      (await agency.client.fails(PUBLISH_JOB, { id: jobId, payment: { token: "tok_chargeDeclined" } })).extensions?.code,
    ).toBe("PAYMENT_DECLINED");
    expect(t.payments.keptCharges).toBe(kept);
    const { job } = await agency.client.ok(`query($id: ID!) { job(id: $id) { status } }`, { id: jobId });
    expect(job.status).toBe("DRAFT");
    const { publishJob } = await agency.client.ok(PUBLISH_JOB, { id: jobId, payment: { token: "tok_visa" } });
    expect(publishJob.payment).toMatchObject({ source: "CARD", amountCents: 19900 });
    expect(t.payments.keptCharges).toBe(kept + 1);
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(0);
    expect(await expectLedgerHolds(t, client.organizationId)).toBe(0);
  });

  it("sharing turned off after the quote: the publish follows the rule at publish time", async () => {
    const { agency, client } = await agencyInsideClient(5, 2);
    const jobId = await draft(agency);
    expect((await agency.client.ok(QUOTE, { id: jobId })).publishQuote.source).toBe("SERVICE_PROVIDER_CREDITS");
    await agency.client.ok(SWITCH_BACK);
    await agency.client.ok(`mutation { setCreditSharing(enabled: false) { id } }`);
    const connectionId = (await agency.client.ok(SHARED)).clients.nodes[0].id;
    await agency.client.ok(ACCESS, { id: connectionId });
    expect((await agency.client.ok(QUOTE, { id: jobId })).publishQuote.source).toBe("OWN_CREDITS");
    await agency.client.ok(PUBLISH_JOB, { id: jobId });
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(5);
    expect(await expectLedgerHolds(t, client.organizationId)).toBe(1);
  });
});

describe("an employer in its own session", () => {
  it("never uses agency credits, even with an active sharing agency", async () => {
    const { agency, client } = await agencyInsideClient(10, 0);
    const jobId = await draft(client);
    expect((await client.client.ok(QUOTE, { id: jobId })).publishQuote).toMatchObject({
      source: null,
      serviceProviderCredits: 0,
      ownCredits: 0,
    });
    expect((await client.client.fails(PUBLISH_JOB, { id: jobId })).extensions?.code).toBe("INSUFFICIENT_CREDITS");
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(10);
  });
});

describe("revoking access", () => {
  it("the agency's next request inside the client is FORBIDDEN and viewer no longer shows accessingClient", async () => {
    const { agency, client, connectionId } = await agencyInsideClient(5, 0);
    const jobId = await draft(agency);
    await client.client.ok(`mutation($id: ID!) { revokeClientConnection(connectionId: $id) { status } }`, { id: connectionId });
    // Back in its own service provider account, the agency cannot post, publish or read the client's job.
    expect((await agency.client.fails(PUBLISH_JOB, { id: jobId })).extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect((await agency.client.fails(CREATE_JOB, { input: jobInput() })).extensions?.code).toBe("FORBIDDEN");
    const { viewer } = await agency.client.ok(`{ viewer { accessingClient { id } currentOrganization { id } } }`);
    expect(viewer).toEqual({ accessingClient: null, currentOrganization: { id: agency.organizationId } });
    expect((await agency.client.fails(ACCESS, { id: connectionId })).extensions?.code).toBe("FORBIDDEN");
    expect(await expectLedgerHolds(t, agency.organizationId)).toBe(5);
  });
});

describe("what an agency may not do inside a client", () => {
  it("cannot buy credits for the client, switch sharing, or manage the client's tokens", async () => {
    const { agency } = await agencyInsideClient(5, 0);
    const purchase = await agency.client.fails(
      `mutation { purchase(input: { planCode: "payg", quantity: 1, payment: { token: "tok_visa" }, idempotencyKey: "x" }) { id } }`,
    );
    expect(purchase.extensions?.code).toBe("FORBIDDEN");
    expect((await agency.client.fails(`mutation { setCreditSharing(enabled: false) { id } }`)).extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await agency.client.fails(`{ auditEvents { nodes { id } } }`)).extensions?.code).toBe("FORBIDDEN");
  });
});
