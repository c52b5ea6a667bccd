import { hash } from "@node-rs/argon2";
import { sql } from "drizzle-orm";
import type { Viewer } from "../auth/viewer.js";
import type { Services } from "../services.js";
import type { Db } from "./client.js";
import { portalStatus } from "@app/domain";
import { contacts, memberships, organizations, pricingPlans, users } from "./schema/index.js";
import { billingRepository } from "../modules/billing/billing.repository.js";

/** R5: plans are data. Seeding adds missing plans and never overwrites edited ones. */
export const SEED_PLANS = [
  {
    code: "payg",
    name: "Pay as you go",
    kind: "PAY_AS_YOU_GO",
    credits: 1,
    priceCents: 19900,
    creditValidityDays: null,
    sortOrder: 10,
  },
  {
    code: "pack-5",
    name: "Job Pack 5 Ads",
    kind: "JOB_PACK",
    credits: 5,
    priceCents: 89500,
    creditValidityDays: 365,
    sortOrder: 20,
  },
  {
    code: "pack-10",
    name: "Job Pack 10 Ads",
    kind: "JOB_PACK",
    credits: 10,
    priceCents: 159000,
    creditValidityDays: 365,
    sortOrder: 30,
  },
  {
    code: "pack-25",
    name: "Premium Job Pack 25 Ads",
    kind: "JOB_PACK",
    credits: 25,
    priceCents: 347500,
    creditValidityDays: 365,
    sortOrder: 40,
  },
  {
    code: "sub-5",
    name: "Monthly 5 Ads",
    kind: "SUBSCRIPTION",
    credits: 5,
    priceCents: 79500,
    creditValidityDays: null,
    sortOrder: 50,
  },
  {
    code: "sub-10",
    name: "Monthly 10 Ads",
    kind: "SUBSCRIPTION",
    credits: 10,
    priceCents: 139000,
    creditValidityDays: null,
    sortOrder: 60,
  },
  {
    code: "sub-20",
    name: "Monthly 20 Ads",
    kind: "SUBSCRIPTION",
    credits: 20,
    priceCents: 239000,
    creditValidityDays: null,
    sortOrder: 70,
  },
] as const;

export async function seedPlans(db: Db): Promise<void> {
  await db
    .insert(pricingPlans)
    .values(SEED_PLANS.map((p) => ({ ...p, currency: "AUD" })))
    .onConflictDoNothing({ target: pricingPlans.code });
}

export const DEMO_PASSWORD = "demo-password-1";
export const DEMO_PORTAL_SLUG = "harbour";
export const DEMO_LOGINS = [
  { email: "agency@example.com", organization: "Harbour Migration", kind: "service provider" },
  { email: "client@example.com", organization: "Coastal Cafe", kind: "employer, connected to Harbour Migration" },
  { email: "bakery@example.com", organization: "Bondi Bakery", kind: "employer, invitation from Harbour Migration pending" },
  {
    email: "contact@example.com",
    organization: "Coastal Cafe",
    kind: "client contact, signs in on Harbour Migration's job board",
  },
] as const;

const owner = (userId: string, organizationId: string, organizationKind: Viewer["organizationKind"]): Viewer => ({
  userId,
  sessionId: null,
  tokenId: null,
  organizationId,
  organizationKind,
  role: "OWNER",
  emailVerified: true,
  accessing: null,
});

/**
 * Demo data on an empty database only, made through the services as a user would make it:
 * Harbour Migration (20 pay-as-you-go credits, sharing on) with Coastal Cafe connected, Bondi
 * Bakery invited, a few of Coastal Cafe's job ads, and contacts in each portal status (R9).
 */
export async function seedDemo(db: Db, services: Services, now: Date): Promise<boolean> {
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  if (count > 0) return false;
  const account = async (email: string, name: string, organization: string, kind: Viewer["organizationKind"]) => {
    // Each account hashes the shared demo password with its own salt: one cracked hash opens one account.
    const passwordHash = await hash(DEMO_PASSWORD);
    // Demo accounts are verified, so the demo can buy, publish and invite at once (R13).
    const [user] = await db.insert(users).values({ email, name, passwordHash, emailVerifiedAt: now }).returning();
    const [org] = await db
      .insert(organizations)
      .values({ kind, name: organization, creditSharingEnabled: kind === "SERVICE_PROVIDER" })
      .returning();
    await db.insert(memberships).values({ userId: user!.id, organizationId: org!.id, role: "OWNER" });
    return owner(user!.id, org!.id, kind);
  };
  const agency = await account("agency@example.com", "Alex Harbour", "Harbour Migration", "SERVICE_PROVIDER");
  const cafe = await account("client@example.com", "Casey Coast", "Coastal Cafe", "EMPLOYER");
  await account("bakery@example.com", "Bea Baker", "Bondi Bakery", "EMPLOYER");
  await db.transaction((tx) =>
    billingRepository.grantCredits(tx, {
      organizationId: agency.organizationId,
      amount: 20,
      kind: "ADJUSTMENT",
      planKind: "PAY_AS_YOU_GO",
      purchaseId: null,
      expiresAt: null,
      actorUserId: null,
      at: now,
    }),
  );

  const connection = await services.connections.invite(agency, {
    companyName: "Coastal Cafe",
    email: "client@example.com",
    contactName: "Casey",
  });
  await services.connections.respondToAccessRequest(cafe, connection.id, true);
  await services.connections.invite(agency, {
    companyName: "Bondi Bakery",
    email: "bakery@example.com",
    contactName: "Bea",
    message: "Happy to run your LMT ads for the pastry chef nomination.",
  });

  await services.portal.savePortal(agency, {
    slug: DEMO_PORTAL_SLUG,
    title: "Harbour Migration Jobs",
    intro: "Roles with Australian employers, many open to sponsorship.",
    primaryColor: "#0e7490",
    logoUrl: null,
    enabled: true,
  });

  const location = { city: "Manly", state: "NSW", postcode: "2095", country: "AU" };
  const published = [
    {
      title: "Barista",
      description: "Pull great coffee for a busy beachside cafe, weekday mornings.",
      workType: "PART_TIME" as const,
      min: 32,
      max: 36,
      period: "HOUR" as const,
    },
    {
      title: "Cafe Manager",
      description: "Run the floor, the roster and the suppliers of a 60-seat cafe.",
      workType: "FULL_TIME" as const,
      min: 75000,
      max: 85000,
      period: "YEAR" as const,
    },
  ];
  // The agency posts the ads inside Coastal Cafe (so its job board lists them); the cafe pays for
  // these two by card, which leaves the agency's 20 credits for the journey.
  const inside: Viewer = { ...agency, accessing: { connectionId: connection.id, clientId: cafe.organizationId } };
  for (const job of published) {
    const created = await services.jobs.createJob(inside, {
      title: job.title,
      description: job.description,
      location,
      workType: job.workType,
      salary: { min: job.min, max: job.max, period: job.period, currency: "AUD" },
      requirements: "Experience in hospitality; weekend availability.",
      lmt: false,
      durationDays: 30,
    });
    await services.publish.publish(cafe, created.id, { token: "tok_visa" }, `demo-${created.id}`);
  }
  await services.jobs.createJob(inside, {
    title: "Chef de Partie",
    description: "Lead the grill section of our kitchen. Sponsorship available for the right candidate.",
    location,
    workType: "FULL_TIME",
    salary: { min: 70000, max: 78000, period: "YEAR", currency: "AUD" },
    requirements: "Certificate IV in Commercial Cookery and 2 years as a chef de partie.",
    occupationCode: "351311",
    lmt: true,
    durationDays: 28,
  });

  // R9: one contact in each portal status. Mia's account is made as activation makes it (the
  // emailed token is not known here); Sam is invited and Priya not yet.
  const [mia] = await db
    .insert(users)
    .values({ email: "contact@example.com", name: "Mia Chen", passwordHash: await hash(DEMO_PASSWORD), emailVerifiedAt: now })
    .returning();
  await db.insert(memberships).values({ userId: mia!.id, organizationId: cafe.organizationId, role: "CONTACT" });
  const miaFacts = { invitedAt: now, activatedAt: now, lastLoginAt: now };
  await db.insert(contacts).values({
    serviceProviderId: agency.organizationId,
    companyId: cafe.organizationId,
    name: "Mia Chen",
    email: "contact@example.com",
    phone: "0400 123 456",
    userId: mia!.id,
    ...miaFacts,
    portalStatus: portalStatus({ ...miaFacts, registeredAt: null }),
  });
  const sam = await services.contacts.createContact(agency, {
    name: "Sam Lee",
    email: "sam@coastalcafe.example",
    companyId: cafe.organizationId,
  });
  await services.contacts.inviteToPortal(agency, sam.id);
  await services.contacts.createContact(agency, {
    name: "Priya Nair",
    email: "priya@coastalcafe.example",
    phone: "02 9977 1234",
    companyId: cafe.organizationId,
  });
  return true;
}
