import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { PASSWORD, employer, serviceProvider, uniqueEmail } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../../test/jobs.js";
import type { GqlClient } from "../../../test/gql.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const MAILBOX = `query($to: String) { devMailbox(to: $to) { subject text } }`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { email } } }`;
const ME = `{ viewer { user { id email } emailVerified pendingEmail currentOrganization { id } } }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) }`;
const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) }`;
const RESEND = `mutation { resendVerificationEmail }`;
const CHANGE_EMAIL = `mutation($e: String!, $p: String!) { changeEmail(newEmail: $e, currentPassword: $p) { pendingEmail } }`;
const SESSIONS = `{ mySessions { id browser address lastUsedAt current } }`;
const END_SESSION = `mutation($id: ID!) { endSession(id: $id) }`;
const END_OTHERS = `mutation { endOtherSessions }`;
const ORGANIZATIONS = `{ myOrganizations { organization { id name } role current } }`;
const SWITCH = `mutation($id: ID!) { switchOrganization(organizationId: $id) { currentOrganization { id } } }`;
const CLIENTS = `{ clients(first: 5) { nodes { id } } }`;
const PURCHASE = `mutation($input: PurchaseInput!) { purchase(input: $input) { id status } }`;
const INVITE_CLIENT = `mutation($input: InviteClientInput!) { inviteClient(input: $input) { id } }`;
const INVITE_COLLEAGUE = `mutation($email: String!, $role: MembershipRole!) { inviteTeamMember(email: $email, role: $role) { id } }`;
const INVITE_CONTACT = `mutation($id: ID!) { inviteContactToPortal(contactId: $id) { id } }`;

const CHROME_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const NEW_PASSWORD = "a-brand-new-password";

async function mailsTo(email: string): Promise<{ subject: string; text: string }[]> {
  return (await t.client().ok(MAILBOX, { to: email })).devMailbox;
}

/** The token of the newest link of this kind mailed to the address, read as the person would. */
async function mailedToken(email: string, path: "verify-email" | "reset-password"): Promise<string> {
  for (const mail of await mailsTo(email)) {
    const token = new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(mail.text)?.[1];
    if (token !== undefined) return token;
  }
  throw new Error(`no ${path} link mailed to ${email}`);
}

async function signedIn(email: string, password = PASSWORD, userAgent: string | null = null): Promise<GqlClient> {
  const client = t.client();
  client.userAgent = userAgent;
  await client.ok(LOG_IN, { e: email, p: password });
  return client;
}

/** Moves the test clock by minutes for the duration of fn. */
async function minutesLater<T>(minutes: number, fn: () => Promise<T>): Promise<T> {
  t.clock.advanceDays(minutes / 1440);
  try {
    return await fn();
  } finally {
    t.clock.advanceDays(-minutes / 1440);
  }
}

describe("email verification (R13)", () => {
  it("a new account is unverified, mailed a single-use link, and verified by following it", async () => {
    const agency = await serviceProvider(t, { verified: false });
    expect((await agency.client.ok(ME)).viewer).toMatchObject({ emailVerified: false, pendingEmail: null });
    const [mail] = await mailsTo(agency.email);
    expect(mail?.subject).toBe("Verify your email address");
    const token = await mailedToken(agency.email, "verify-email");
    // Stored hashed: the token itself is nowhere in the database.
    const stored = await t.database.db.execute(`select token_hash from account_tokens where email = '${agency.email}'`);
    expect(JSON.stringify(stored)).not.toContain(token);

    // The link may open signed out (another browser); it works once.
    expect((await t.client().ok(VERIFY, { token })).verifyEmail).toBe(true);
    expect((await agency.client.ok(ME)).viewer.emailVerified).toBe(true);
    const reused = await t.client().fails(VERIFY, { token });
    expect(reused).toMatchObject({
      message: "This verification link has already been used.",
      extensions: { code: "CONFLICT", reason: "LINK_USED" },
    });
    expect((await agency.client.fails(RESEND)).extensions?.code).toBe("CONFLICT");
    expect((await t.client().fails(VERIFY, { token: "not-a-token" })).extensions).toMatchObject({
      code: "NOT_FOUND",
      reason: "LINK_NOT_VALID",
    });
  });

  it("an unverified account looks around but is refused buying, publishing and inviting with EMAIL_NOT_VERIFIED", async () => {
    const agency = await serviceProvider(t, { verified: false });
    const cafe = await employer(t, { verified: false });
    await agency.client.ok(CLIENTS);
    const job = (await cafe.client.ok(CREATE_JOB, { input: jobInput() })).createJob;

    const refusals = await Promise.all([
      agency.client.fails(PURCHASE, {
        input: { planCode: "payg", quantity: 1, payment: { token: "tok_visa" }, idempotencyKey: "unverified-1" },
      }),
      cafe.client.fails(PUBLISH_JOB, { id: job.id, payment: { token: "tok_visa" } }),
      agency.client.fails(INVITE_CLIENT, { input: { companyName: "Coastal Cafe", email: uniqueEmail("cafe") } }),
      agency.client.fails(INVITE_COLLEAGUE, { email: uniqueEmail("colleague"), role: "MEMBER" }),
      agency.client.fails(INVITE_CONTACT, { id: randomUUID() }),
    ]);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({
        message: "Verify your email address first: follow the link we mailed to you, or send a new one from your account page.",
        extensions: { code: "EMAIL_NOT_VERIFIED" },
      });
    }
    // Nothing was charged or published.
    expect((await agency.client.ok(`{ purchases { id } }`)).purchases).toEqual([]);

    await t.client().ok(VERIFY, { token: await mailedToken(agency.email, "verify-email") });
    await agency.client.ok(INVITE_COLLEAGUE, { email: uniqueEmail("colleague"), role: "MEMBER" });
    await t.client().ok(VERIFY, { token: await mailedToken(cafe.email, "verify-email") });
    const published = await cafe.client.ok(PUBLISH_JOB, { id: job.id, payment: { token: "tok_visa" } });
    expect(published.publishJob.status).toBe("PUBLISHED");
  });

  it("a resent link replaces the first; an expired link says so", async () => {
    const person = await employer(t, { verified: false });
    const first = await mailedToken(person.email, "verify-email");
    expect((await person.client.ok(RESEND)).resendVerificationEmail).toBe(true);
    const second = await mailedToken(person.email, "verify-email");
    expect(second).not.toBe(first);
    expect((await t.client().fails(VERIFY, { token: first })).extensions?.code).toBe("NOT_FOUND");
    const expired = await minutesLater(48 * 60 + 1, () => t.client().fails(VERIFY, { token: second }));
    expect(expired).toMatchObject({
      message: "This verification link has expired. Send a new one from your account page.",
      extensions: { code: "CONFLICT", reason: "LINK_EXPIRED" },
    });
    expect((await person.client.ok(ME)).viewer.emailVerified).toBe(false);
  });
});

describe("changing the email address", () => {
  it("changes only when the link mailed to the new address is followed", async () => {
    const person = await serviceProvider(t);
    const newEmail = uniqueEmail("moved");
    const wrong = await person.client.fails(CHANGE_EMAIL, { e: newEmail, p: "not-my-password" });
    expect(wrong.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { currentPassword: "This is not your current password." },
    });
    const other = await employer(t);
    const taken = await person.client.fails(CHANGE_EMAIL, { e: other.email, p: PASSWORD });
    expect(taken.extensions?.fields).toEqual({ newEmail: "Another account uses this address." });

    expect((await person.client.ok(CHANGE_EMAIL, { e: newEmail.toUpperCase(), p: PASSWORD })).changeEmail).toEqual({
      pendingEmail: newEmail,
    });
    // Not yet: the account keeps its address, and says which one waits.
    expect((await person.client.ok(ME)).viewer).toMatchObject({ user: { email: person.email }, pendingEmail: newEmail });
    const [notice] = await mailsTo(person.email);
    expect(notice?.subject).toBe("Your email address is about to change");
    expect(notice?.text).not.toMatch(/https?:\/\//);
    const [confirm] = await mailsTo(newEmail);
    expect(confirm?.subject).toBe("Confirm your new email address");

    await t.client().ok(VERIFY, { token: await mailedToken(newEmail, "verify-email") });
    expect((await person.client.ok(ME)).viewer).toMatchObject({
      user: { email: newEmail },
      emailVerified: true,
      pendingEmail: null,
    });
    await signedIn(newEmail);
    expect((await t.client().fails(LOG_IN, { e: person.email, p: PASSWORD })).extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses the link when another account took the address meanwhile", async () => {
    const person = await employer(t);
    const newEmail = uniqueEmail("contested");
    await person.client.ok(CHANGE_EMAIL, { e: newEmail, p: PASSWORD });
    const token = await mailedToken(newEmail, "verify-email");
    await employer(t, { email: newEmail });
    const refused = await t.client().fails(VERIFY, { token });
    expect(refused.extensions?.code).toBe("CONFLICT");
    expect((await person.client.ok(ME)).viewer.user.email).toBe(person.email);
  });
});

describe("password reset by mail", () => {
  it("answers the same, in about the same time, whether or not the address has an account", async () => {
    const person = await employer(t);
    const unknown = uniqueEmail("nobody");
    const timed = async (email: string) => {
      const started = performance.now();
      const res = await t.client().request(REQUEST_RESET, { email });
      return { res: { status: res.status, data: res.data, errors: res.errors }, ms: performance.now() - started };
    };
    const known = await timed(person.email);
    const stranger = await timed(unknown);
    expect(stranger.res).toEqual(known.res);
    expect(known.res.data).toEqual({ requestPasswordReset: true });
    // Both wait for the same floor (300 ms), so the known address's extra writes do not show.
    expect(known.ms).toBeGreaterThanOrEqual(290);
    expect(stranger.ms).toBeGreaterThanOrEqual(290);
    expect(await mailsTo(unknown)).toEqual([]);
    expect((await mailsTo(person.email))[0]?.subject).toBe("Reset your password");
  });

  it("sets the password once from the link and ends every session of the account", async () => {
    const person = await serviceProvider(t);
    const other = await signedIn(person.email);
    await t.client().ok(REQUEST_RESET, { email: person.email });
    const token = await mailedToken(person.email, "reset-password");
    const stored = await t.database.db.execute(`select token_hash from account_tokens where email = '${person.email}'`);
    expect(JSON.stringify(stored)).not.toContain(token);

    const short = await t.client().fails(RESET, { token, p: "short" });
    expect(short.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { newPassword: "Use at least 10 characters." } });
    expect((await t.client().ok(RESET, { token, p: NEW_PASSWORD })).resetPassword).toBe(true);

    for (const client of [person.client, other]) {
      expect((await client.fails(CLIENTS)).extensions?.code).toBe("UNAUTHENTICATED");
      expect((await client.ok(ME)).viewer).toBeNull();
    }
    expect((await t.client().fails(LOG_IN, { e: person.email, p: PASSWORD })).extensions?.code).toBe("UNAUTHENTICATED");
    await signedIn(person.email, NEW_PASSWORD);

    const reused = await t.client().fails(RESET, { token, p: "yet-another-password" });
    expect(reused).toMatchObject({
      message: "This password reset link has already been used.",
      extensions: { code: "CONFLICT", reason: "LINK_USED" },
    });
  });

  it("also ends the account's personal access tokens, in the same step", async () => {
    const person = await serviceProvider(t);
    const created = await person.client.ok(`mutation { createAccessToken(name: "CI") { secret } }`);
    const api = t.client();
    api.bearer = created.createAccessToken.secret;
    expect((await api.ok(ME)).viewer.user.email).toBe(person.email);

    await t.client().ok(REQUEST_RESET, { email: person.email });
    const token = await mailedToken(person.email, "reset-password");
    await t.client().ok(RESET, { token, p: NEW_PASSWORD });

    const refused = await api.request(ME);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const again = await signedIn(person.email, NEW_PASSWORD);
    expect((await again.ok(`{ accessTokens { id } }`)).accessTokens).toEqual([]);
  });

  it("refuses a link older than 20 minutes with a clear message", async () => {
    const person = await employer(t);
    await t.client().ok(REQUEST_RESET, { email: person.email });
    const token = await mailedToken(person.email, "reset-password");
    const expired = await minutesLater(21, () => t.client().fails(RESET, { token, p: NEW_PASSWORD }));
    expect(expired).toMatchObject({
      message: "This password reset link has expired (links work for 20 minutes). Ask for a new one.",
      extensions: { code: "CONFLICT", reason: "LINK_EXPIRED" },
    });
    // 19 minutes in, it still works.
    await minutesLater(19, () => t.client().ok(RESET, { token, p: NEW_PASSWORD }));
  });

  it("two uses of one link at the same moment: exactly one sets its password", async () => {
    const person = await employer(t);
    await t.client().ok(REQUEST_RESET, { email: person.email });
    const token = await mailedToken(person.email, "reset-password");
    const results = await Promise.all([
      t.client().request(RESET, { token, p: "first-new-password" }),
      t.client().request(RESET, { token, p: "second-new-password" }),
    ]);
    const winners = results.filter((r) => r.errors === undefined);
    expect(winners).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "LINK_USED" });
    const won = results[0]?.errors === undefined ? "first-new-password" : "second-new-password";
    await signedIn(person.email, won);
  });

  it("a newer reset link replaces the older one", async () => {
    const person = await employer(t);
    await t.client().ok(REQUEST_RESET, { email: person.email });
    const first = await mailedToken(person.email, "reset-password");
    await t.client().ok(REQUEST_RESET, { email: person.email });
    expect((await t.client().fails(RESET, { token: first, p: NEW_PASSWORD })).extensions?.code).toBe("NOT_FOUND");
  });
});

describe("changing the password", () => {
  it("needs the current password, keeps this session and ends the others", async () => {
    const person = await serviceProvider(t);
    const other = await signedIn(person.email);
    const wrong = await person.client.fails(CHANGE_PASSWORD, { c: "not-my-password", n: NEW_PASSWORD });
    expect(wrong.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { currentPassword: "This is not your current password." },
    });
    expect((await person.client.fails(CHANGE_PASSWORD, { c: PASSWORD, n: "short" })).extensions?.fields).toEqual({
      newPassword: "Use at least 10 characters.",
    });
    expect((await person.client.ok(CHANGE_PASSWORD, { c: PASSWORD, n: NEW_PASSWORD })).changePassword).toBe(true);
    await person.client.ok(CLIENTS);
    expect((await other.fails(CLIENTS)).extensions?.code).toBe("UNAUTHENTICATED");
    await signedIn(person.email, NEW_PASSWORD);
    expect((await mailsTo(person.email))[0]?.subject).toBe("Your password was changed");
  });
});

describe("sessions", () => {
  it("lists the user's own sessions with browser, address and the current one; ends one and the others", async () => {
    const person = await serviceProvider(t);
    const laptop = await signedIn(person.email, PASSWORD, CHROME_MAC);
    const phone = await signedIn(person.email);
    const { mySessions } = await laptop.ok(SESSIONS);
    expect(mySessions).toHaveLength(3);
    const current = mySessions.filter((s: { current: boolean }) => s.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ browser: "Chrome on macOS", address: expect.any(String) });
    expect(current[0].lastUsedAt).not.toBeNull();

    // Another user can neither see nor end them.
    const stranger = await employer(t);
    expect((await stranger.client.ok(SESSIONS)).mySessions).toHaveLength(1);
    expect((await stranger.client.fails(END_SESSION, { id: current[0].id })).extensions?.code).toBe("NOT_FOUND");

    // The phone's session ends; its next request is signed out.
    const phoneSession = (await phone.ok(SESSIONS)).mySessions.find((s: { current: boolean }) => s.current);
    expect((await laptop.ok(END_SESSION, { id: phoneSession.id })).endSession).toBe(true);
    expect((await phone.fails(CLIENTS)).extensions?.code).toBe("UNAUTHENTICATED");
    expect((await phone.ok(ME)).viewer).toBeNull();

    expect((await laptop.ok(END_OTHERS)).endOtherSessions).toBe(1);
    expect((await person.client.fails(CLIENTS)).extensions?.code).toBe("UNAUTHENTICATED");
    const left = (await laptop.ok(SESSIONS)).mySessions;
    expect(left.map((s: { current: boolean }) => s.current)).toEqual([true]);

    // Ending the current session signs this browser out.
    await laptop.ok(END_SESSION, { id: left[0].id });
    expect(laptop.hasSession()).toBe(false);
    expect((await laptop.ok(ME)).viewer).toBeNull();
  });
});

describe("several organizations", () => {
  it("lists the user's organizations and switches the session between them under a new session id", async () => {
    const agency = await serviceProvider(t, { organizationName: "Harbour Migration" });
    const person = await employer(t, { organizationName: "Bondi Bakery" });
    expect((await person.client.ok(ORGANIZATIONS)).myOrganizations).toEqual([
      { organization: { id: person.organizationId, name: "Bondi Bakery" }, role: "OWNER", current: true },
    ]);
    await agency.client.ok(INVITE_COLLEAGUE, { email: person.email, role: "MEMBER" });
    const invitation = (await mailsTo(person.email)).map((m) => /\/join\/([A-Za-z0-9_-]+)/.exec(m.text)?.[1]).find(Boolean);
    await person.client.ok(`mutation($token: String!) { acceptTeamInvitation(token: $token) { currentOrganization { id } } }`, {
      token: invitation,
    });
    const { myOrganizations } = await person.client.ok(ORGANIZATIONS);
    expect(myOrganizations).toHaveLength(2);
    expect(myOrganizations.find((o: { current: boolean }) => o.current).organization.id).toBe(agency.organizationId);

    const before = person.client.cookie("sid")!;
    const { switchOrganization } = await person.client.ok(SWITCH, { id: person.organizationId });
    expect(switchOrganization.currentOrganization.id).toBe(person.organizationId);
    expect(person.client.cookie("sid")).not.toBe(before);
    expect((await person.client.ok(ME)).viewer.currentOrganization.id).toBe(person.organizationId);
    // The old id stops working.
    const stale = t.client();
    stale.setCookie("sid", before);
    expect((await stale.ok(ME)).viewer).toBeNull();
    // An employer's people do not see an agency's clients; back in the agency they do.
    expect((await person.client.fails(CLIENTS)).extensions?.code).toBe("FORBIDDEN");
    await person.client.ok(SWITCH, { id: agency.organizationId });
    await person.client.ok(CLIENTS);

    const stranger = await employer(t);
    const refused = await person.client.fails(SWITCH, { id: stranger.organizationId });
    expect(refused).toMatchObject({ message: "You are not a member of this organization.", extensions: { code: "FORBIDDEN" } });
    expect((await person.client.fails(SWITCH, { id: "not-an-id" })).extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the sweep", () => {
  it("deletes mailed links a day past their expiry, and no sooner", async () => {
    const person = await employer(t);
    await t.client().ok(REQUEST_RESET, { email: person.email });
    const token = await mailedToken(person.email, "reset-password");
    const count = `select count(*)::int as n from account_tokens where user_id = '${person.userId}' and purpose = 'PASSWORD_RESET'`;
    const remaining = async () => JSON.stringify(await t.database.db.execute(count));
    await minutesLater(60, () => t.app.services.account.deleteExpiredTokens());
    expect(await remaining()).toContain('"n":1');
    await minutesLater(25 * 60, () => t.app.services.account.deleteExpiredTokens());
    expect(await remaining()).toContain('"n":0');
    expect((await t.client().fails(RESET, { token, p: NEW_PASSWORD })).extensions?.code).toBe("NOT_FOUND");
  });
});
