import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, dayIn } from "@app/domain";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { activeConnection, employer, grantCredits, serviceProvider } from "../../../test/factories.js";
import { jobs, lmtPlacements, memberships, users } from "../../db/schema/index.js";
import { billingRepository } from "../billing/billing.repository.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const TODAY = `{ agencyToday {
  lmtReadyToLodge { title clientName } lmtWindowClosing { title windowClosesInDays }
  vacanciesWaiting { title clientName } invitationsPending { companyName }
  creditBalance creditAlertThreshold creditsLow creditsExpiringSoon { remaining } nextCreditExpiry { remaining }
  month publishedThisMonth { clientName published } } }`;

const job = (employerId: string, agencyId: string, title: string, extra: Partial<typeof jobs.$inferInsert> = {}) => ({
  employerId,
  title,
  description: "Lead the grill section of our busy kitchen. You will work with a team of six and train junior cooks.",
  requirements: "Certificate IV in Commercial Cookery",
  city: "Sydney",
  workType: "FULL_TIME" as const,
  salaryMin: 70000,
  salaryMax: 78000,
  salaryPeriod: "YEAR" as const,
  createdByServiceProviderId: agencyId,
  ...extra,
});

describe("the agency dashboard: what needs me today", () => {
  it("LMT ads ready or closing, vacancies waiting, invitations pending, credits and expiry, ads published this month per client", async () => {
    const db = t.database.db;
    const agency = await serviceProvider(t, { organizationName: "Busy Agency" });
    const cafe = await employer(t, { organizationName: "Cafe One" });
    const bakery = await employer(t, { organizationName: "Bakery Two" });
    await activeConnection(t, agency, cafe, "Cafe One");
    await activeConnection(t, agency, bakery, "Bakery Two");
    await agency.client.ok(
      `mutation { inviteClient(input: { companyName: "Pending Co", email: "pending@example.com" }) { id } }`,
    );

    const today = dayIn(t.clock.now(), "Australia/Sydney");
    const place = async (jobId: string, startsOn: string) =>
      db.insert(lmtPlacements).values([
        { jobId, board: "SEEK", nationalReach: true, sourceCode: "seek", startsOn },
        { jobId, board: "Jora", nationalReach: true, sourceCode: "jora", startsOn },
      ]);
    const [ready] = await db
      .insert(jobs)
      .values(job(cafe.organizationId, agency.organizationId, "Ready Chef", { lmt: true }))
      .returning();
    await place(ready!.id, addDays(today, -30));
    const [closing] = await db
      .insert(jobs)
      .values(job(bakery.organizationId, agency.organizationId, "Closing Baker", { lmt: true }))
      .returning();
    await place(closing!.id, addDays(addMonths(today, -4), 5));
    await db.insert(jobs).values([
      job(cafe.organizationId, agency.organizationId, "Published A", {
        status: "PUBLISHED",
        publishedAt: t.clock.now(),
        paidBy: "CARD",
      }),
      job(cafe.organizationId, agency.organizationId, "Published B", {
        status: "PUBLISHED",
        publishedAt: t.clock.now(),
        paidBy: "CARD",
      }),
      job(bakery.organizationId, agency.organizationId, "Last year", {
        status: "CLOSED",
        paidBy: "CARD",
        publishedAt: new Date(t.clock.now().getTime() - 400 * 86_400_000),
      }),
    ]);
    // A vacancy a client contact submitted (R9), waiting as a draft.
    const [contact] = await db
      .insert(users)
      .values({ email: `contact-${Date.now()}@example.com`, name: "Mia Chen" })
      .returning();
    await db.insert(memberships).values({ userId: contact!.id, organizationId: cafe.organizationId, role: "CONTACT" });
    await db
      .insert(jobs)
      .values(job(cafe.organizationId, agency.organizationId, "Kitchen Hand", { createdByUserId: contact!.id }));

    await grantCredits(t, agency.organizationId, 2);
    await t.database.db.transaction((tx) =>
      billingRepository.grantCredits(tx, {
        organizationId: agency.organizationId,
        amount: 4,
        kind: "ADJUSTMENT",
        planKind: "JOB_PACK",
        purchaseId: null,
        expiresAt: new Date(t.clock.now().getTime() + 5 * 86_400_000),
        actorUserId: null,
        at: t.clock.now(),
      }),
    );
    await agency.client.ok(`mutation { setCreditAlertThreshold(threshold: 10) { creditAlertThreshold } }`);

    const { agencyToday } = await agency.client.ok(TODAY);
    expect(agencyToday).toMatchObject({
      lmtReadyToLodge: [
        { title: "Closing Baker", clientName: "Bakery Two" },
        { title: "Ready Chef", clientName: "Cafe One" },
      ],
      lmtWindowClosing: [{ title: "Closing Baker", windowClosesInDays: 5 }],
      vacanciesWaiting: [{ title: "Kitchen Hand", clientName: "Cafe One" }],
      invitationsPending: [{ companyName: "Pending Co" }],
      creditBalance: 6,
      creditAlertThreshold: 10,
      creditsLow: true,
      creditsExpiringSoon: [{ remaining: 4 }],
      nextCreditExpiry: { remaining: 4 },
      month: today.slice(0, 7),
      publishedThisMonth: [
        { clientName: "Bakery Two", published: 0 },
        { clientName: "Cafe One", published: 2 },
      ],
    });

    const cafeOwner = await cafe.client.fails(TODAY);
    expect(cafeOwner.extensions?.code).toBe("FORBIDDEN");
    // Only owners and admins set the threshold, and only a sensible one.
    expect(
      (await agency.client.fails(`mutation { setCreditAlertThreshold(threshold: -1) { creditAlertThreshold } }`)).extensions
        ?.code,
    ).toBe("BAD_USER_INPUT");
  });
});
