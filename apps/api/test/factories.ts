import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "../src/db/schema/index.js";
import { billingRepository } from "../src/modules/billing/billing.repository.js";
import type { GqlClient } from "./gql.js";
import type { TestApp } from "./harness.js";

export const PASSWORD = "correct-horse-battery";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(5).toString("hex")}@example.com`;
}

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        email
      }
      currentOrganization {
        id
        kind
        name
        creditBalance
      }
    }
  }
`;

export interface SignedUp {
  client: GqlClient;
  email: string;
  userId: string;
  organizationId: string;
}

export async function signUp(
  t: TestApp,
  kind: "SERVICE_PROVIDER" | "EMPLOYER",
  overrides: {
    email?: string;
    organizationName?: string;
    invitationToken?: string;
    agencyInvitationToken?: string;
    verified?: boolean;
  } = {},
): Promise<SignedUp> {
  const client = t.client();
  const email = overrides.email ?? uniqueEmail(kind === "EMPLOYER" ? "employer" : "agency");
  const data = await client.ok(SIGN_UP, {
    input: {
      email,
      password: PASSWORD,
      name: "Test Person",
      organizationName: overrides.organizationName ?? (kind === "EMPLOYER" ? "Test Employer" : "Test Agency"),
      organizationKind: kind,
      invitationToken: overrides.invitationToken,
      agencyInvitationToken: overrides.agencyInvitationToken,
    },
  });
  const userId: string = data.signUp.user.id;
  // A new account starts unverified (R13); tests act as people who followed the mailed link,
  // unless they ask for an unverified one.
  if (overrides.verified !== false) await markEmailVerified(t, userId);
  return { client, email, userId, organizationId: data.signUp.currentOrganization.id };
}

/** As if the person had followed the verification link mailed at sign-up. */
export async function markEmailVerified(t: TestApp, userId: string): Promise<void> {
  await t.database.db.update(users).set({ emailVerifiedAt: t.clock.now() }).where(eq(users.id, userId));
}

export const serviceProvider = (t: TestApp, o?: Parameters<typeof signUp>[2]) => signUp(t, "SERVICE_PROVIDER", o);
export const employer = (t: TestApp, o?: Parameters<typeof signUp>[2]) => signUp(t, "EMPLOYER", o);

/** Grants credits straight through the ledger, as an adjustment would. */
export async function grantCredits(t: TestApp, organizationId: string, amount: number): Promise<void> {
  await t.database.db.transaction((tx) =>
    billingRepository.grantCredits(tx, {
      organizationId,
      amount,
      kind: "ADJUSTMENT",
      planKind: "PAY_AS_YOU_GO",
      purchaseId: null,
      expiresAt: null,
      actorUserId: null,
      at: t.clock.now(),
    }),
  );
}

/** R3: the stored balance equals the ledger's sum and the lots' remaining credits. */
export async function expectLedgerHolds(t: TestApp, organizationId: string): Promise<number> {
  const totals = await billingRepository.ledgerTotals(t.database.db, organizationId);
  if (totals.balance !== totals.ledgerSum || totals.balance !== totals.lotsRemaining) {
    throw new Error(`ledger invariant broken for ${organizationId}: ${JSON.stringify(totals)}`);
  }
  return totals.balance;
}

const DEV_MAILBOX = `query($to: String) { devMailbox(to: $to) { subject text } }`;
const INVITE_CLIENT = `mutation($input: InviteClientInput!) { inviteClient(input: $input) { id } }`;

/** The token in the newest invitation link mailed to this address (read from the dev mailbox, as a person would). */
export async function invitationToken(t: TestApp, email: string): Promise<string> {
  const { devMailbox } = await t.client().ok(DEV_MAILBOX, { to: email });
  const text: string = devMailbox[0]?.text ?? "";
  const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(text)?.[1];
  if (token === undefined) throw new Error(`no invitation mail to ${email}`);
  return token;
}

/** The agency invites the employer's email and the employer accepts with the token: an ACTIVE connection. */
export async function activeConnection(
  t: TestApp,
  agency: SignedUp,
  client: SignedUp,
  companyName = `Client ${randomBytes(3).toString("hex")}`,
): Promise<string> {
  const { inviteClient } = await agency.client.ok(INVITE_CLIENT, { input: { companyName, email: client.email } });
  await client.client.ok(`mutation($token: String!) { acceptClientInvitation(token: $token) { id } }`, {
    token: await invitationToken(t, client.email),
  });
  return inviteClient.id as string;
}
