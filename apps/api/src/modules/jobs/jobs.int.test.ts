import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { jobs } from "../../db/schema/index.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer, expectLedgerHolds, grantCredits, serviceProvider } from "../../../test/factories.js";
import { BALANCE, CREATE_JOB, PUBLISH_JOB, QUOTE, UPDATE_JOB, jobInput } from "../../../test/jobs.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("an employer's own job ads", () => {
  it("creates a draft with its first revision, lists it and reads it back", async () => {
    const cafe = await employer(t);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    expect(createJob).toMatchObject({
      title: "Barista",
      status: "DRAFT",
      publishedAt: null,
      payment: null,
      durationDays: 30,
      lmt: false,
    });
    expect(createJob.location).toEqual({ city: "Manly", state: "NSW", country: "AU" });
    expect(createJob.revisions).toEqual([{ number: 1, title: "Barista", afterPublish: false, author: { email: cafe.email } }]);

    const { jobs } = await cafe.client.ok(`{ jobs(first: 10) { totalCount nodes { id } hasNextPage } }`);
    expect(jobs).toEqual({ totalCount: 1, nodes: [{ id: createJob.id }], hasNextPage: false });
    const { job } = await cafe.client.ok(
      `query($id: ID!) { job(id: $id) { title createdBy { email } createdByServiceProvider { id } } }`,
      { id: createJob.id },
    );
    expect(job).toEqual({ title: "Barista", createdBy: { email: cafe.email }, createdByServiceProvider: null });
  });

  it("refuses bad fields with field messages", async () => {
    const cafe = await employer(t);
    const error = await cafe.client.fails(CREATE_JOB, {
      input: jobInput({
        title: " ",
        location: { city: "", country: "AU" },
        salary: { min: 90000, max: 80000, period: "YEAR" },
        durationDays: 0,
      }),
    });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(error.extensions?.fields ?? {}).sort()).toEqual(["durationDays", "location.city", "salary.max", "title"]);
    const lmt = await cafe.client.fails(CREATE_JOB, { input: jobInput({ lmt: true, durationDays: 27 }) });
    expect(lmt.extensions?.fields?.durationDays).toMatch(/28 days/);
  });

  it("a service provider cannot post in its own account", async () => {
    const agency = await serviceProvider(t);
    expect((await agency.client.fails(CREATE_JOB, { input: jobInput() })).extensions?.code).toBe("FORBIDDEN");
  });

  it("publishes with its own credits: one credit, closesAt = publishedAt + duration, ledger entry points at the job", async () => {
    const cafe = await employer(t);
    await grantCredits(t, cafe.organizationId, 2);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput({ durationDays: 14 }) });
    const quote = (await cafe.client.ok(QUOTE, { id: createJob.id })).publishQuote;
    expect(quote).toEqual({
      source: "OWN_CREDITS",
      serviceProviderCredits: 0,
      ownCredits: 2,
      priceCents: 19900,
      currency: "AUD",
      canPublishWithCredits: true,
    });

    const { publishJob } = await cafe.client.ok(PUBLISH_JOB, { id: createJob.id });
    expect(publishJob.status).toBe("PUBLISHED");
    expect(publishJob.payment).toEqual({
      source: "OWN_CREDITS",
      amountCents: null,
      payer: { id: cafe.organizationId, name: "Test Employer" },
    });
    const days = (Date.parse(publishJob.closesAt) - Date.parse(publishJob.publishedAt)) / 86_400_000;
    expect(days).toBe(14);
    expect((await cafe.client.ok(BALANCE)).viewer.currentOrganization.creditBalance).toBe(1);
    const { creditHistory } = await cafe.client.ok(
      `{ creditHistory(first: 1) { nodes { kind amount balanceAfter job { id title } } } }`,
    );
    expect(creditHistory.nodes).toEqual([
      { kind: "PUBLISH", amount: -1, balanceAfter: 1, job: { id: createJob.id, title: "Barista" } },
    ]);
    expect(await expectLedgerHolds(t, cafe.organizationId)).toBe(1);
  });

  it("publishing again returns the job unchanged and charges nothing", async () => {
    const cafe = await employer(t);
    await grantCredits(t, cafe.organizationId, 3);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    const first = (await cafe.client.ok(PUBLISH_JOB, { id: createJob.id, key: "pub-1" })).publishJob;
    const again = (await cafe.client.ok(PUBLISH_JOB, { id: createJob.id, key: "pub-1" })).publishJob;
    const third = (await cafe.client.ok(PUBLISH_JOB, { id: createJob.id })).publishJob;
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect(await expectLedgerHolds(t, cafe.organizationId)).toBe(2);
    const { createJob: other } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    expect((await cafe.client.fails(PUBLISH_JOB, { id: other.id, key: "pub-1" })).extensions?.code).toBe("CONFLICT");
  });

  it("with no credits: INSUFFICIENT_CREDITS and nothing written; a declined card charges nothing; tok_visa publishes by card", async () => {
    const cafe = await employer(t);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    const quote = (await cafe.client.ok(QUOTE, { id: createJob.id })).publishQuote;
    expect(quote).toMatchObject({ source: null, canPublishWithCredits: false, priceCents: 19900 });

    const none = await cafe.client.fails(PUBLISH_JOB, { id: createJob.id });
    expect(none.extensions?.code).toBe("INSUFFICIENT_CREDITS");
    expect(none.message).toMatch(/\$199/);
    const keptBefore = t.payments.keptCharges;
    const declined = await cafe.client.fails(PUBLISH_JOB, { id: createJob.id, payment: { token: "tok_chargeDeclined" } });
    expect(declined.extensions?.code).toBe("PAYMENT_DECLINED");
    expect(t.payments.keptCharges).toBe(keptBefore);
    const { job } = await cafe.client.ok(`query($id: ID!) { job(id: $id) { status payment { source } } }`, { id: createJob.id });
    expect(job).toEqual({ status: "DRAFT", payment: null });
    expect((await cafe.client.ok(`{ creditHistory(first: 5) { nodes { id } } }`)).creditHistory.nodes).toEqual([]);

    const { publishJob } = await cafe.client.ok(PUBLISH_JOB, { id: createJob.id, payment: { token: "tok_visa" } });
    expect(publishJob.status).toBe("PUBLISHED");
    expect(publishJob.payment).toMatchObject({ source: "CARD", amountCents: 19900 });
    expect(t.payments.keptCharges).toBe(keptBefore + 1);
    expect(await expectLedgerHolds(t, cafe.organizationId)).toBe(0);
  });

  it("uses credits rather than the card when credits can pay", async () => {
    const cafe = await employer(t);
    await grantCredits(t, cafe.organizationId, 1);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    const keptBefore = t.payments.keptCharges;
    const { publishJob } = await cafe.client.ok(PUBLISH_JOB, { id: createJob.id, payment: { token: "tok_visa" } });
    expect(publishJob.payment.source).toBe("OWN_CREDITS");
    expect(t.payments.keptCharges).toBe(keptBefore);
  });

  it("edits keep revisions, marking those after publishing; a closed job cannot change; only drafts are deleted", async () => {
    const cafe = await employer(t);
    await grantCredits(t, cafe.organizationId, 1);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    await cafe.client.ok(UPDATE_JOB, { id: createJob.id, input: jobInput({ title: "Senior Barista" }) });
    await cafe.client.ok(PUBLISH_JOB, { id: createJob.id });
    const { updateJob } = await cafe.client.ok(UPDATE_JOB, { id: createJob.id, input: jobInput({ title: "Head Barista" }) });
    expect(updateJob.revisions.map((r: { title: string; afterPublish: boolean }) => [r.title, r.afterPublish])).toEqual([
      ["Barista", false],
      ["Senior Barista", false],
      ["Head Barista", true],
    ]);
    expect(
      (await cafe.client.fails(`mutation($id: ID!) { deleteDraftJob(id: $id) }`, { id: createJob.id })).extensions?.code,
    ).toBe("CONFLICT");
    const { closeJob } = await cafe.client.ok(`mutation($id: ID!) { closeJob(id: $id) { status } }`, { id: createJob.id });
    expect(closeJob.status).toBe("CLOSED");
    expect((await cafe.client.fails(UPDATE_JOB, { id: createJob.id, input: jobInput() })).extensions?.code).toBe("CONFLICT");

    const { createJob: draft } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    expect((await cafe.client.ok(`mutation($id: ID!) { deleteDraftJob(id: $id) }`, { id: draft.id })).deleteDraftJob).toBe(true);
  });

  it("a published job closes itself at closesAt", async () => {
    const cafe = await employer(t);
    await grantCredits(t, cafe.organizationId, 1);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput({ durationDays: 7 }) });
    await cafe.client.ok(PUBLISH_JOB, { id: createJob.id });
    t.clock.advanceDays(7);
    const { job } = await cafe.client.ok(`query($id: ID!) { job(id: $id) { status } }`, { id: createJob.id });
    expect(job.status).toBe("CLOSED");
    const lists = async (status: string) =>
      (await cafe.client.ok(`query($s: JobStatus) { jobs(status: $s) { totalCount nodes { id status } } }`, { s: status })).jobs;
    expect(await lists("CLOSED")).toMatchObject({ totalCount: 1, nodes: [{ id: createJob.id, status: "CLOSED" }] });
    expect(await lists("PUBLISHED")).toMatchObject({ totalCount: 0 });

    // Reads never write: the row closes when the queue's scheduled job jobs.closeExpired runs.
    const stored = async () =>
      (await t.database.db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, createJob.id)))[0]!.status;
    expect(await stored()).toBe("PUBLISHED");
    await t.app.services.queue.addDueSlots();
    await t.app.services.queue.runDue();
    expect(await stored()).toBe("CLOSED");
  });

  it("another employer's job is NOT_FOUND everywhere", async () => {
    const a = await employer(t);
    const b = await employer(t);
    await grantCredits(t, b.organizationId, 1);
    const { createJob } = await a.client.ok(CREATE_JOB, { input: jobInput() });
    const id = createJob.id;
    for (const [query, vars] of [
      [`query($id: ID!) { job(id: $id) { id } }`, { id }],
      [QUOTE, { id }],
      [PUBLISH_JOB, { id }],
      [UPDATE_JOB, { id, input: jobInput() }],
      [`mutation($id: ID!) { closeJob(id: $id) { id } }`, { id }],
      [`mutation($id: ID!) { deleteDraftJob(id: $id) }`, { id }],
    ] as const) {
      expect((await b.client.fails(query, vars)).extensions?.code).toBe("NOT_FOUND");
    }
    expect((await b.client.ok(`{ jobs { totalCount } }`)).jobs.totalCount).toBe(0);
    expect(await expectLedgerHolds(t, b.organizationId)).toBe(1);
  });

  it("records every job write in the employer's audit log", async () => {
    const cafe = await employer(t);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput() });
    await cafe.client.ok(`mutation($id: ID!) { deleteDraftJob(id: $id) }`, { id: createJob.id });
    const { auditEvents } = await cafe.client.ok(
      `{ auditEvents(first: 5) { nodes { action summary actor { email } actingServiceProvider { id } } } }`,
    );
    expect(auditEvents.nodes.map((e: { action: string }) => e.action)).toEqual(["job.deleted", "job.created"]);
    expect(auditEvents.nodes[0].actor.email).toBe(cafe.email);
    expect(auditEvents.nodes[0].actingServiceProvider).toBeNull();
  });
});
