import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions, users } from "../../db/schema/index.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { PASSWORD, employer, serviceProvider, uniqueEmail } from "../../../test/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const VIEWER = `{ viewer { user { email name } currentOrganization { kind name creditBalance creditSharingEnabled } memberships { role organization { name } } accessingClient { id } serviceProvider { id } } }`;
const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { email } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;

describe("signing up", () => {
  it("creates the user, an organization of the chosen kind and an OWNER membership, and signs in", async () => {
    const agency = await serviceProvider(t);
    const { viewer } = await agency.client.ok(VIEWER);
    expect(viewer.user.email).toBe(agency.email);
    expect(viewer.currentOrganization).toEqual({
      kind: "SERVICE_PROVIDER",
      name: "Test Agency",
      creditBalance: 0,
      creditSharingEnabled: false,
    });
    expect(viewer.memberships).toEqual([{ role: "OWNER", organization: { name: "Test Agency" } }]);
    expect(viewer.accessingClient).toBeNull();
    expect(viewer.serviceProvider).toBeNull();

    const cafe = await employer(t);
    expect((await cafe.client.ok(VIEWER)).viewer.currentOrganization.kind).toBe("EMPLOYER");
  });

  it("refuses a taken email (any case) and a short password, naming the field", async () => {
    const taken = await serviceProvider(t);
    const input = {
      email: taken.email.toUpperCase(),
      password: PASSWORD,
      name: "X",
      organizationName: "Y",
      organizationKind: "EMPLOYER",
    };
    const dup = await t.client().fails(SIGN_UP, { input });
    expect(dup.extensions?.code).toBe("BAD_USER_INPUT");
    expect(dup.extensions?.fields).toHaveProperty("email");

    const short = await t.client().fails(SIGN_UP, { input: { ...input, email: uniqueEmail(), password: "123456789" } });
    expect(short.extensions?.code).toBe("BAD_USER_INPUT");
    expect(short.extensions?.fields?.password).toMatch(/10 characters/);
  });

  it("refuses a malformed email and empty names with field messages", async () => {
    const error = await t.client().fails(SIGN_UP, {
      input: { email: "not-an-email", password: PASSWORD, name: "", organizationName: "", organizationKind: "EMPLOYER" },
    });
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(error.extensions?.fields ?? {}).sort()).toEqual(["email", "name", "organizationName"]);
  });
});

describe("signing in and out", () => {
  it("signs in with the right password, sets an httpOnly SameSite=Lax cookie, and signs out", async () => {
    const { email } = await serviceProvider(t);
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LOG_IN, variables: { e: email, p: PASSWORD } }),
    });
    const cookie = res.headers.getSetCookie()[0] ?? "";
    expect(cookie).toMatch(/^sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);

    const client = t.client();
    await client.ok(LOG_IN, { e: email, p: PASSWORD });
    expect((await client.ok(VIEWER)).viewer.user.email).toBe(email);
    expect((await client.ok(`mutation { logOut }`)).logOut).toBe(true);
    expect((await client.ok(VIEWER)).viewer).toBeNull();
  });

  it("a signed-out session cannot be replayed", async () => {
    const { email } = await serviceProvider(t);
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LOG_IN, variables: { e: email, p: PASSWORD } }),
    });
    const sid = (res.headers.getSetCookie()[0] ?? "").split(";")[0]!;
    const ask = (query: string) =>
      fetch(`${t.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: sid },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ data: any }>);
    expect((await ask(VIEWER)).data.viewer.user.email).toBe(email);
    await ask(`mutation { logOut }`);
    expect((await ask(VIEWER)).data.viewer).toBeNull();
  });

  it("stops signing in after 30 days, and the sweep deletes the expired session", async () => {
    const { email, client } = await serviceProvider(t);
    const [user] = await t.database.db.select().from(users).where(eq(users.email, email));
    const sessionsOf = () => t.database.db.select().from(sessions).where(eq(sessions.userId, user!.id));
    expect(await sessionsOf()).toHaveLength(1);
    t.clock.advanceDays(29);
    expect(await t.app.services.identity.deleteExpiredSessions()).toBe(0);
    expect((await client.ok(VIEWER)).viewer.user.email).toBe(email);
    t.clock.advanceDays(2);
    expect((await client.ok(VIEWER)).viewer).toBeNull();
    expect(await t.app.services.identity.deleteExpiredSessions()).toBeGreaterThanOrEqual(1);
    expect(await sessionsOf()).toHaveLength(0);
  });

  it("records a session's use at most once a minute, so reading does not write on every request", async () => {
    const { email, client } = await serviceProvider(t);
    const [user] = await t.database.db.select().from(users).where(eq(users.email, email));
    const lastUsed = async () =>
      (await t.database.db.select().from(sessions).where(eq(sessions.userId, user!.id)))[0]!.lastUsedAt?.getTime();
    await client.ok(VIEWER);
    const first = await lastUsed();
    expect(first).toBeDefined();
    t.clock.set(new Date(t.clock.now().getTime() + 30_000));
    await client.ok(VIEWER);
    expect(await lastUsed()).toBe(first);
    t.clock.set(new Date(t.clock.now().getTime() + 31_000));
    await client.ok(VIEWER);
    expect(await lastUsed()).toBe(first! + 61_000);
  });

  it("answers a wrong password and an unknown email with the same UNAUTHENTICATED message", async () => {
    const { email } = await serviceProvider(t);
    const wrongPassword = await t.client().fails(LOG_IN, { e: email, p: "wrong-password-123" });
    const unknownEmail = await t.client().fails(LOG_IN, { e: uniqueEmail(), p: "wrong-password-123" });
    expect(wrongPassword.extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknownEmail.extensions?.code).toBe("UNAUTHENTICATED");
    expect(wrongPassword.message).toBe(unknownEmail.message);
  });

  it("rate-limits repeated failed logins for an email, even the right password, and says when to retry", async () => {
    const { email } = await serviceProvider(t);
    for (let i = 0; i < 5; i++) {
      expect((await t.client().fails(LOG_IN, { e: email, p: `wrong-${i}-password` })).extensions?.code).toBe("UNAUTHENTICATED");
    }
    const limited = await t.client().fails(LOG_IN, { e: email, p: PASSWORD });
    expect(limited.extensions?.code).toBe("RATE_LIMITED");
    expect(limited.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    t.clock.advanceDays(1);
    await t.client().ok(LOG_IN, { e: email, p: PASSWORD });
  });

  it("counts every aliased logIn call, so aliases cannot multiply guesses", async () => {
    const { email } = await serviceProvider(t);
    const aliases = (n: number) =>
      Array.from({ length: 3 }, (_, i) => `a${i}: logIn(email: $e, password: "guess-${n}-${i}") { user { id } }`).join("\n");
    for (let n = 0; n < 5; n++) {
      // Mutation fields run one after another and the first failure ends the request: one guess each.
      const res = await t.client().request(`mutation($e: String!) { ${aliases(n)} }`, { e: email });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    }
    const res = await t.client().request(`mutation($e: String!) { ${aliases(9)} }`, { e: email });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
  });
});

describe("personal access tokens", () => {
  it("are shown once, work as Bearer, list without the secret, and stop working when revoked", async () => {
    const agency = await serviceProvider(t);
    const created = await agency.client.ok(
      `mutation { createAccessToken(name: "CI") { secret accessToken { id name lastUsedAt } } }`,
    );
    const { secret, accessToken } = created.createAccessToken;
    expect(secret).toMatch(/^pat_/);

    const api = t.client();
    api.bearer = secret;
    expect((await api.ok(`{ viewer { user { email } } }`)).viewer.user.email).toBe(agency.email);

    const listed = await agency.client.ok(`{ accessTokens { id name lastUsedAt } }`);
    expect(listed.accessTokens).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed.accessTokens[0].lastUsedAt).not.toBeNull();

    await agency.client.ok(`mutation($id: ID!) { revokeAccessToken(id: $id) }`, { id: accessToken.id });
    const refused = await api.request(`{ viewer { user { email } } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(refused.status).toBe(401);
  });

  it("cannot be revoked by another user", async () => {
    const a = await serviceProvider(t);
    const b = await serviceProvider(t);
    const { createAccessToken } = await a.client.ok(`mutation { createAccessToken(name: "mine") { accessToken { id } } }`);
    const error = await b.client.fails(`mutation($id: ID!) { revokeAccessToken(id: $id) }`, {
      id: createAccessToken.accessToken.id,
    });
    expect(error.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("guard rails", () => {
  it("needs a session for signed-in operations", async () => {
    expect((await t.client().fails(`{ accessTokens { id } }`)).extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses cross-site simple requests (CSRF prevention)", async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ viewer { user { id } } }")}`);
    expect(res.status).toBe(400);
  });

  it("refuses queries deeper than 6 and more than 15 aliases", async () => {
    const deep = await t.client().request(`{ viewer { memberships { organization { id } } user { id } } }`);
    expect(deep.errors).toBeUndefined();
    const tooDeep = await t
      .client()
      .request(`{ __type(name: "Query") { fields { type { ofType { ofType { ofType { name } } } } } } }`);
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const aliases = Array.from({ length: 16 }, (_, i) => `p${i}: pricingPlans { id }`).join(" ");
    const tooMany = await t.client().request(`{ ${aliases} }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("malformed ids", () => {
  it("are NOT_FOUND, not a server error", async () => {
    const agency = await serviceProvider(t);
    const error = await agency.client.fails(`mutation { revokeAccessToken(id: "abc") }`);
    expect(error.extensions?.code).toBe("NOT_FOUND");
  });
});
