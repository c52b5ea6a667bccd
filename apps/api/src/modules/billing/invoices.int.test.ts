import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/client.js";
import { invoiceNumber } from "@app/domain";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { activeConnection, employer, serviceProvider, type SignedUp } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../../test/jobs.js";
import { pdfText } from "../../../test/pdf-text.js";
import { testConfig } from "../../config.js";
import { TestPaymentProvider } from "../../lib/payment-provider.js";
import { paymentProviderFor } from "../../lib/payments.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const INVOICES = `{ invoices { id kind number sequence issuedAt sellerName sellerAbn buyerName description quantity
  amountCents gstCents currency pdfUrl job { id title } purchase { id } adjusts { number } } }`;
const JOB_INVOICE = `query($id: ID!) { job(id: $id) { id status invoice { number amountCents gstCents pdfUrl description } } }`;
const PURCHASE = `mutation($input: PurchaseInput!) { purchase(input: $input) { id status receiptNumber invoice { number pdfUrl } } }`;
const payg = (quantity: number, key: string) => ({
  input: { planCode: "payg", quantity, payment: { token: "tok_visa" }, idempotencyKey: key },
});

async function download(who: SignedUp, path: string): Promise<{ status: number; text: string; type: string | null }> {
  const { createAccessToken } = await who.client.ok(`mutation { createAccessToken(name: "pdf") { secret } }`);
  const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${createAccessToken.secret}` } });
  const body = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    text: res.status === 200 ? pdfText(body) : body.toString(),
  };
}

describe("tax invoices (R12)", () => {
  it("a card-paid publish has exactly one invoice: in Billing, on the job's page, as a PDF with what a tax invoice shows", async () => {
    const cafe = await employer(t, { organizationName: "Coastal Cafe" });
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput({ title: "Head Barista" }) });
    const publish = () => cafe.client.ok(PUBLISH_JOB, { id: createJob.id, payment: { token: "tok_visa" }, key: "pub-1" });
    await publish();
    await publish(); // a replay: the job is published already, nothing more is charged or invoiced

    const { invoices } = await cafe.client.ok(INVOICES);
    expect(invoices).toHaveLength(1);
    const [invoice] = invoices;
    expect(invoice).toMatchObject({
      kind: "TAX_INVOICE",
      sellerName: "Job Ads with credit sharing",
      sellerAbn: "51824753556",
      buyerName: "Coastal Cafe",
      description: 'Job ad "Head Barista" (paid by card)',
      quantity: 1,
      amountCents: 19900,
      gstCents: 1809,
      currency: "AUD",
      job: { id: createJob.id, title: "Head Barista" },
      purchase: null,
      adjusts: null,
    });
    expect(invoice.number).toBe(invoiceNumber("TAX_INVOICE", invoice.sequence));

    const { job } = await cafe.client.ok(JOB_INVOICE, { id: createJob.id });
    expect(job.invoice).toMatchObject({ number: invoice.number, amountCents: 19900, pdfUrl: `/invoices/${invoice.id}.pdf` });

    const pdf = await download(cafe, invoice.pdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe("application/pdf");
    for (const words of [
      "Tax invoice",
      "Job Ads with credit sharing",
      "ABN 51 824 753 556",
      invoice.number,
      invoice.issuedAt.slice(0, 10),
      'Job ad "Head Barista" (paid by card)',
      "$199.00 AUD",
      "GST included (10%)",
      "$18.09 AUD",
      "Coastal Cafe",
    ])
      expect(pdf.text).toContain(words);

    // Nobody else sees it; nobody signed out either.
    const stranger = await employer(t);
    expect((await download(stranger, invoice.pdfUrl)).status).toBe(404);
    expect((await fetch(`${t.url}${invoice.pdfUrl}`)).status).toBe(401);
    expect((await stranger.client.ok(INVOICES)).invoices).toEqual([]);
  });

  it("an agency inside its client sees the client's card-paid job's invoice on the job's page", async () => {
    const agency = await serviceProvider(t);
    const client = await employer(t, { organizationName: "Bondi Bakery" });
    const connectionId = await activeConnection(t, agency, client);
    await agency.client.ok(`mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`, {
      id: connectionId,
    });
    const { createJob } = await agency.client.ok(CREATE_JOB, { input: jobInput({ title: "Pastry Chef" }) });
    await agency.client.ok(PUBLISH_JOB, { id: createJob.id, payment: { token: "tok_visa" }, key: "agency-card" });
    const { job } = await agency.client.ok(JOB_INVOICE, { id: createJob.id });
    expect(job.invoice.description).toBe('Job ad "Pastry Chef" (paid by card)');
    expect((await client.client.ok(INVOICES)).invoices.map((i: { number: string }) => i.number)).toEqual([job.invoice.number]);
  });

  it("every purchase has one invoice, and 50 purchases at once get 50 consecutive numbers", async () => {
    const agencies = await Promise.all(Array.from({ length: 5 }, () => serviceProvider(t)));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => agencies[i % 5]!.client.ok(PURCHASE, payg(1 + (i % 3), `concurrent-${i}`))),
    );
    const numbers = results.map((r) => r.purchase.receiptNumber as string);
    expect(new Set(numbers).size).toBe(50);
    for (const r of results) expect(r.purchase.invoice.number).toBe(r.purchase.receiptNumber);
    const sequences = numbers.map((n) => Number(n.slice(4))).sort((a, b) => a - b);
    expect(sequences.at(-1)! - sequences[0]!).toBe(49);
    // The whole sequence so far has no gap and no repeat.
    const rows = rowsOf<{ n: number; lo: number; hi: number }>(
      await t.database.db.execute(
        sql`SELECT count(*)::int AS n, min(sequence) AS lo, max(sequence) AS hi FROM invoices WHERE kind = 'TAX_INVOICE'`,
      ),
    );
    expect(rows[0]).toEqual({ n: rows[0]!.hi, lo: 1, hi: rows[0]!.hi });
  });

  it("names the buyer on an invoice of $1,000 or more, and the PDF says so", async () => {
    const agency = await serviceProvider(t, { organizationName: "Harbour Migration" });
    const { purchase } = await agency.client.ok(PURCHASE, payg(6, "big-one")); // $1,194
    const pdf = await download(agency, purchase.invoice.pdfUrl);
    expect(pdf.text).toContain("Buyer");
    expect(pdf.text).toContain("Harbour Migration");
    expect(pdf.text).toContain("Pay as you go: 6 job ad credits");
    expect(pdf.text).toContain("$1,194.00 AUD");
  });

  it("issues the missing invoices of charges made before invoices existed, once", async () => {
    const agency = await serviceProvider(t);
    const { purchase } = await agency.client.ok(PURCHASE, payg(1, "old-one"));
    await t.database.db.execute(sql`DELETE FROM invoices WHERE purchase_id = ${purchase.id}::uuid`);
    expect(await t.app.services.invoices.issueMissing()).toBeGreaterThanOrEqual(1);
    expect(await t.app.services.invoices.issueMissing()).toBe(0);
    expect((await agency.client.ok(INVOICES)).invoices).toHaveLength(1);

    // A card-paid job published before invoices existed gets its invoice too.
    const cafe = await employer(t);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput({ title: "Old Ad" }) });
    await cafe.client.ok(PUBLISH_JOB, { id: createJob.id, payment: { token: "tok_visa" } });
    await t.database.db.execute(sql`DELETE FROM invoices WHERE job_id = ${createJob.id}::uuid`);
    expect(await t.app.services.invoices.issueMissing()).toBe(1);
    const { job } = await cafe.client.ok(JOB_INVOICE, { id: createJob.id });
    expect(job.invoice).toMatchObject({ amountCents: 19900, description: 'Job ad "Old Ad" (paid by card)' });
  });
});

describe("the built-in test provider", () => {
  it("refuses to start under NODE_ENV=production unless ALLOW_TEST_PAYMENTS=true", () => {
    expect(() => paymentProviderFor(testConfig({ production: true }))).toThrow(/ALLOW_TEST_PAYMENTS=true/);
    expect(paymentProviderFor(testConfig({ production: true, allowTestPayments: true }))).toBeInstanceOf(TestPaymentProvider);
    expect(paymentProviderFor(testConfig())).toBeInstanceOf(TestPaymentProvider);
  });

  it("keeps its idempotency in the database: after a restart the same key charges nothing more", async () => {
    const request = { token: "tok_visa", amountCents: 19900, currency: "AUD", description: "x", idempotencyKey: "restart-key" };
    const first = await t.payments.charge(request);
    const restarted = new TestPaymentProvider();
    restarted.attach(t.database.db);
    const again = await restarted.charge(request);
    expect(again).toEqual(first);
    expect(restarted.charges.size).toBe(0);
  });
});
