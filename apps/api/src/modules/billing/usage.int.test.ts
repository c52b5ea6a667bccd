import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { activeConnection, employer, grantCredits, serviceProvider, type SignedUp } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../../test/jobs.js";
import { pdfText } from "../../../test/pdf-text.js";

let t: TestApp;
const JULY = new Date("2026-07-15T02:00:00.000Z");
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(JULY);
});
afterAll(() => t.close());

const HISTORY = `{ creditHistory(first: 50) { nodes { kind amount actor { name } client { id name } job { id title } } } }`;
const USAGE = `query($month: String!) { usage(month: $month) { month ads credits valueCents csvUrl
  clients { clientId clientName ads credits valueCents statementUrl lines { day jobTitle publishedByName credits valueCents job { id } } } } }`;

async function token(who: SignedUp): Promise<string> {
  const { createAccessToken } = await who.client.ok(`mutation { createAccessToken(name: "usage") { secret } }`);
  return createAccessToken.secret as string;
}

/** The agency publishes `titles` inside the client's account, paid with its shared credits. */
async function publishInside(agency: SignedUp, connectionId: string, titles: string[]): Promise<string[]> {
  await agency.client.ok(`mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`, {
    id: connectionId,
  });
  const ids: string[] = [];
  for (const title of titles) {
    const { createJob } = await agency.client.ok(CREATE_JOB, { input: jobInput({ title }) });
    await agency.client.ok(PUBLISH_JOB, { id: createJob.id });
    ids.push(createJob.id);
  }
  await agency.client.ok(`mutation { switchToServiceProvider { currentOrganization { id } } }`);
  return ids;
}

describe("usage by client", () => {
  it("names the client, the ad and the publisher of every spend; a month's usage and CSV sum per client to the ledger", async () => {
    const agency = await serviceProvider(t, { organizationName: "Harbour Migration" });
    await agency.client.ok(`mutation { setCreditSharing(enabled: true) { id } }`);
    // 3 credits at $199 (pay as you go); later one granted free, worth nothing.
    await agency.client.ok(
      `mutation { purchase(input: { planCode: "payg", quantity: 3, payment: { token: "tok_visa" }, idempotencyKey: "u-1" }) { id } }`,
    );
    const cafe = await employer(t, { organizationName: "Coastal Cafe" });
    const bakery = await employer(t, { organizationName: "Bondi Bakery" });
    const toCafe = await activeConnection(t, agency, cafe, "Coastal Cafe");
    const toBakery = await activeConnection(t, agency, bakery, "Bondi Bakery");

    const cafeJobs = await publishInside(agency, toCafe, ["Barista", "Cafe Manager"]);
    await publishInside(agency, toBakery, ["Pastry Chef"]);
    await grantCredits(t, agency.organizationId, 1);
    await publishInside(agency, toBakery, ["Baker's Assistant"]); // the payg lot is empty: the free lot pays

    const { creditHistory } = await agency.client.ok(HISTORY);
    const spends = creditHistory.nodes.filter((n: { kind: string }) => n.kind === "PUBLISH");
    expect(spends).toHaveLength(4);
    expect(spends.at(-1)).toEqual({
      kind: "PUBLISH",
      amount: -1,
      actor: { name: "Test Person" },
      client: { id: cafe.organizationId, name: "Coastal Cafe" },
      job: { id: cafeJobs[0], title: "Barista" },
    });

    const { usage } = await agency.client.ok(USAGE, { month: "2026-07" });
    expect(usage).toMatchObject({ month: "2026-07", ads: 4, credits: 4, valueCents: 3 * 19900, csvUrl: "/usage/2026-07.csv" });
    expect(usage.clients.map((c: { clientName: string }) => c.clientName)).toEqual(["Bondi Bakery", "Coastal Cafe"]);
    const [bondi, coastal] = usage.clients;
    expect(coastal).toMatchObject({ clientId: cafe.organizationId, ads: 2, credits: 2, valueCents: 39800 });
    expect(coastal.lines.map((l: { jobTitle: string }) => l.jobTitle)).toEqual(["Barista", "Cafe Manager"]);
    expect(coastal.lines[0]).toMatchObject({ day: "2026-07-15", publishedByName: "Test Person", credits: 1, valueCents: 19900 });
    expect(bondi).toMatchObject({ ads: 2, credits: 2, valueCents: 19900 });

    // The CSV's client totals are the ledger's spends per client.
    const auth = { authorization: `Bearer ${await token(agency)}` };
    const res = await fetch(`${t.url}${usage.csvUrl}`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = (await res.text())
      .trim()
      .split("\r\n")
      .map((r) => r.split(","));
    const csvTotals = Object.fromEntries(rows.filter((r) => r[6] === "client total").map((r) => [r[0], Number(r[4])]));
    const ledgerTotals: Record<string, number> = {};
    for (const s of spends) ledgerTotals[s.client.name] = (ledgerTotals[s.client.name] ?? 0) - s.amount;
    expect(csvTotals).toEqual(ledgerTotals);
    expect(rows.filter((r) => r[6] === "ad")).toHaveLength(4);

    // Another month has nothing; a bad month is refused.
    expect((await agency.client.ok(USAGE, { month: "2026-06" })).usage).toMatchObject({ ads: 0, clients: [] });
    expect((await agency.client.fails(USAGE, { month: "July" })).extensions?.code).toBe("BAD_USER_INPUT");

    // A client's statement, on the agency's letterhead.
    const pdf = await fetch(`${t.url}${coastal.statementUrl}`, { headers: auth });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    for (const words of [
      "Harbour Migration",
      "Statement of job ads for 2026-07",
      "Client: Coastal Cafe",
      "Barista",
      "Cafe Manager",
      "$398.00",
    ])
      expect(text).toContain(words);
    expect(text).not.toContain("Pastry Chef");

    // Only the agency's members.
    const stranger = await serviceProvider(t);
    expect(
      (await fetch(`${t.url}${usage.csvUrl}`, { headers: { authorization: `Bearer ${await token(stranger)}` } })).status,
    ).toBe(200); // their own (empty) month
    expect(
      (await fetch(`${t.url}${coastal.statementUrl}`, { headers: { authorization: `Bearer ${await token(stranger)}` } })).status,
    ).toBe(404);
    expect((await fetch(`${t.url}${usage.csvUrl}`)).status).toBe(401);
  });
});
