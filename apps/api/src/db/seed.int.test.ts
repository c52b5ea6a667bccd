import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness.js";
import { expectLedgerHolds } from "../../test/factories.js";
import { DEMO_PASSWORD, seedDemo } from "./seed.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const logIn = async (email: string) => {
  const client = t.client();
  await client.ok(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { id } } }`, {
    e: email,
    p: DEMO_PASSWORD,
  });
  return client;
};

describe("demo data", () => {
  it("seeds an empty database once, with the journey ready to walk", async () => {
    expect(await seedDemo(t.database.db, t.app.services, t.clock.now())).toBe(true);
    expect(await seedDemo(t.database.db, t.app.services, t.clock.now())).toBe(false);

    const agency = await logIn("agency@example.com");
    const { viewer } = await agency.ok(`{ viewer { currentOrganization { id name creditBalance creditSharingEnabled } } }`);
    expect(viewer.currentOrganization).toMatchObject({
      name: "Harbour Migration",
      creditBalance: 20,
      creditSharingEnabled: true,
    });
    expect(await expectLedgerHolds(t, viewer.currentOrganization.id)).toBe(20);
    const { clients } = await agency.ok(`{ clients { nodes { invitedCompanyName status sharedCredits } } }`);
    expect(clients.nodes).toEqual(
      expect.arrayContaining([
        { invitedCompanyName: "Coastal Cafe", status: "ACTIVE", sharedCredits: 20 },
        { invitedCompanyName: "Bondi Bakery", status: "PENDING", sharedCredits: 0 },
      ]),
    );

    const cafe = await logIn("client@example.com");
    const { jobs } = await cafe.ok(
      `{ viewer { currentOrganization { creditBalance } } jobs { nodes { title status lmt createdByServiceProvider { name } } } }`,
    );
    expect(jobs.nodes).toHaveLength(3);
    expect(jobs.nodes.filter((j: { status: string }) => j.status === "PUBLISHED")).toHaveLength(2);
    expect(jobs.nodes.find((j: { status: string }) => j.status === "DRAFT")).toMatchObject({
      lmt: true,
      createdByServiceProvider: { name: "Harbour Migration" },
    });

    const { portalJobs } = await t.client().ok(`{ portalJobs(slug: "harbour") { nodes { title employerName } } }`);
    expect(portalJobs.nodes.map((j: { title: string }) => j.title).sort()).toEqual(["Barista", "Cafe Manager"]);

    const bakery = await logIn("bakery@example.com");
    const { accessRequests } = await bakery.ok(`{ accessRequests { status serviceProvider { name } } }`);
    expect(accessRequests).toEqual([{ status: "PENDING", serviceProvider: { name: "Harbour Migration" } }]);

    const { contacts } = await agency.ok(`{ contacts(first: 10) { nodes { name portalStatus company { name } } } }`);
    expect(contacts.nodes.map((c: { name: string; portalStatus: string }) => [c.name, c.portalStatus]).sort()).toEqual([
      ["Mia Chen", "CONNECTED"],
      ["Priya Nair", "NOT_REGISTERED"],
      ["Sam Lee", "PENDING_ACTIVATION"],
    ]);
    const mia = await logIn("contact@example.com");
    const { viewer: contact } = await mia.ok(
      `{ viewer { currentOrganization { name } memberships { role } contactPortal { slug } } }`,
    );
    expect(contact).toEqual({
      currentOrganization: { name: "Coastal Cafe" },
      memberships: [{ role: "CONTACT" }],
      contactPortal: { slug: "harbour" },
    });
    expect((await mia.ok(`{ jobs(first: 10) { totalCount } }`)).jobs.totalCount).toBe(3);

    // R12: the cafe paid two ads by card, so Billing shows their two tax invoices, each on its job's page.
    const { invoices } = await cafe.ok(`{ invoices { kind number amountCents buyerName job { title invoice { number } } } }`);
    expect(invoices).toHaveLength(2);
    for (const invoice of invoices) {
      expect(invoice).toMatchObject({ kind: "TAX_INVOICE", amountCents: 19900, buyerName: "Coastal Cafe" });
      expect(invoice.job.invoice.number).toBe(invoice.number);
    }
    expect(invoices.map((i: { job: { title: string } }) => i.job.title).sort()).toEqual(["Barista", "Cafe Manager"]);
  });
});
