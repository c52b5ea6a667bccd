import { hash } from "@node-rs/argon2";
import { sql } from "drizzle-orm";
import type { Db } from "./client.js";
import { memberships, organizations, pricingPlans, users } from "./schema/index.js";
import { billingRepository } from "../modules/billing/billing.repository.js";

/** R5: plans are data. Seeding adds missing plans and never overwrites edited ones. */
export const SEED_PLANS = [
  { code: "payg", name: "Pay as you go", kind: "PAY_AS_YOU_GO", credits: 1, priceCents: 19900, creditValidityDays: null, sortOrder: 10 },
  { code: "pack-5", name: "Job Pack 5 Ads", kind: "JOB_PACK", credits: 5, priceCents: 89500, creditValidityDays: 365, sortOrder: 20 },
  { code: "pack-10", name: "Job Pack 10 Ads", kind: "JOB_PACK", credits: 10, priceCents: 159000, creditValidityDays: 365, sortOrder: 30 },
  { code: "pack-25", name: "Premium Job Pack 25 Ads", kind: "JOB_PACK", credits: 25, priceCents: 347500, creditValidityDays: 365, sortOrder: 40 },
  { code: "sub-5", name: "Monthly 5 Ads", kind: "SUBSCRIPTION", credits: 5, priceCents: 79500, creditValidityDays: null, sortOrder: 50 },
  { code: "sub-10", name: "Monthly 10 Ads", kind: "SUBSCRIPTION", credits: 10, priceCents: 139000, creditValidityDays: null, sortOrder: 60 },
  { code: "sub-20", name: "Monthly 20 Ads", kind: "SUBSCRIPTION", credits: 20, priceCents: 239000, creditValidityDays: null, sortOrder: 70 },
] as const;

export async function seedPlans(db: Db): Promise<void> {
  await db
    .insert(pricingPlans)
    .values(SEED_PLANS.map((p) => ({ ...p, currency: "AUD" })))
    .onConflictDoNothing({ target: pricingPlans.code });
}

export const DEMO_PASSWORD = "demo-password-1";
export const DEMO_LOGINS = [
  { email: "agency@example.com", organization: "Harbour Migration", kind: "service provider" },
  { email: "client@example.com", organization: "Coastal Cafe", kind: "employer" },
] as const;

/** Demo data on an empty database only: a real deployment's data is never touched. */
export async function seedDemo(db: Db, now: Date): Promise<boolean> {
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  if (count > 0) return false;
  const passwordHash = await hash(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [agencyUser] = await tx.insert(users).values({ email: "agency@example.com", name: "Alex Harbour", passwordHash }).returning();
    const [clientUser] = await tx.insert(users).values({ email: "client@example.com", name: "Casey Coast", passwordHash }).returning();
    const [agency] = await tx
      .insert(organizations)
      .values({ kind: "SERVICE_PROVIDER", name: "Harbour Migration", creditSharingEnabled: true })
      .returning();
    const [cafe] = await tx.insert(organizations).values({ kind: "EMPLOYER", name: "Coastal Cafe" }).returning();
    await tx.insert(memberships).values([
      { userId: agencyUser!.id, organizationId: agency!.id, role: "OWNER" },
      { userId: clientUser!.id, organizationId: cafe!.id, role: "OWNER" },
    ]);
    await billingRepository.grantCredits(tx, {
      organizationId: agency!.id,
      amount: 20,
      kind: "ADJUSTMENT",
      planKind: "PAY_AS_YOU_GO",
      purchaseId: null,
      expiresAt: null,
      actorUserId: null,
      at: now,
    });
  });
  return true;
}
