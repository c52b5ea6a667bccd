import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../harness.js";
import { activeConnection, employer, serviceProvider } from "../factories.js";
import { DEMO_LOGINS, seedDemo } from "../../src/db/seed.js";
import { users } from "../../src/db/schema/index.js";
import { inArray } from "drizzle-orm";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const VIEWER = `{ viewer { user { id } currentOrganization { id } } }`;
const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`;
const SWITCH_BACK = `mutation { switchToServiceProvider { currentOrganization { id } } }`;

async function get(path: string, cookie?: string) {
  const res = await fetch(`${t.url}${path}`, { headers: cookie === undefined ? {} : { cookie } });
  await res.arrayBuffer();
  return res.status;
}

async function viewerWith(cookie: string) {
  const res = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query: VIEWER }),
  });
  return { status: res.status, body: (await res.json()) as { data?: { viewer: { user: { id: string } } | null } } };
}

describe("credentials are read in one place, with the cookie package", () => {
  // Every route that reads the session: GraphQL and the signed-in downloads.
  const downloads = [
    "/lmt/tracker.csv",
    "/lmt/00000000-0000-0000-0000-000000000000/report.csv",
    "/applications/00000000-0000-0000-0000-000000000000/resume",
    "/invoices/00000000-0000-0000-0000-000000000000.pdf",
    "/usage/2026-01.csv",
  ];

  it("a badly encoded cookie from a sibling site (other=100%) changes nothing, signed in or not", async () => {
    const agency = await serviceProvider(t);
    const sid = agency.client.cookie("sid")!;
    expect(sid).toBeTruthy();
    for (const cookie of [`other=100%; sid=${sid}`, `sid=${sid}; other=100%`, `other=%E0%A4%A; sid=${sid}`]) {
      const signedIn = await viewerWith(cookie);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.data?.viewer?.user.id).toBe(agency.userId);
    }
    const anonymous = await viewerWith("other=100%");
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data?.viewer).toBeNull();

    for (const path of downloads) {
      expect(await get(path, `other=100%; sid=${sid}`), path).toBe(await get(path, `sid=${sid}`));
      expect(await get(path, "other=100%"), path).toBe(await get(path));
      expect(await get(path, "other=100%"), path).toBeLessThan(500);
    }
    expect(await get("/lmt/tracker.csv", `other=100%; sid=${sid}`)).toBe(200);
  });
});

describe("session ids", () => {
  it("are renewed on Access company and on switching back; the old id signs nobody in", async () => {
    const agency = await serviceProvider(t);
    const client = await employer(t);
    const connectionId = await activeConnection(t, agency, client);
    const before = agency.client.cookie("sid")!;

    const { accessCompany } = await agency.client.ok(ACCESS, { id: connectionId });
    expect(accessCompany.currentOrganization.id).toBe(client.organizationId);
    const inside = agency.client.cookie("sid")!;
    expect(inside).not.toBe(before);
    expect((await viewerWith(`sid=${before}`)).body.data?.viewer).toBeNull();
    expect((await agency.client.ok(VIEWER)).viewer.currentOrganization.id).toBe(client.organizationId);

    const { switchToServiceProvider } = await agency.client.ok(SWITCH_BACK);
    expect(switchToServiceProvider.currentOrganization.id).toBe(agency.organizationId);
    const back = agency.client.cookie("sid")!;
    expect(back).not.toBe(inside);
    expect(back).not.toBe(before);
    expect((await viewerWith(`sid=${inside}`)).body.data?.viewer).toBeNull();
    expect((await agency.client.ok(VIEWER)).viewer.currentOrganization.id).toBe(agency.organizationId);
  });

  it("the cookie cleared at sign-out carries Secure under https, as the one set at sign-in does", async () => {
    const https = await startTestApp({ config: { secureCookies: true } });
    try {
      const person = await serviceProvider(https);
      const sid = person.client.cookie("sid")!;
      const res = await fetch(`${https.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `sid=${sid}` },
        body: JSON.stringify({ query: "mutation { logOut }" }),
      });
      expect(res.status).toBe(200);
      const cleared = res.headers.getSetCookie().find((c) => c.startsWith("sid="))!;
      expect(cleared).toMatch(/Max-Age=0/);
      expect(cleared).toMatch(/; Secure/);
      expect(cleared).toMatch(/HttpOnly/);
      const login = await fetch(`${https.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { id } } }`,
          variables: { e: person.email, p: "correct-horse-battery" },
        }),
      });
      expect(login.headers.getSetCookie().find((c) => c.startsWith("sid="))).toMatch(/; Secure/);
    } finally {
      await https.close();
    }
  });
});

describe("demo accounts", () => {
  it("each have their own salt and hash", async () => {
    const demo = await startTestApp();
    try {
      await seedDemo(demo.database.db, demo.app.services, new Date());
      const emails = [...DEMO_LOGINS.map((l) => l.email)];
      const rows = await demo.database.db.select({ hash: users.passwordHash }).from(users).where(inArray(users.email, emails));
      expect(rows.length).toBe(emails.length);
      const hashes = rows.map((r) => r.hash!);
      expect(new Set(hashes).size).toBe(hashes.length);
      // $argon2id$v=19$m=…,t=…,p=…$<salt>$<hash>
      const salts = hashes.map((h) => h.split("$")[4]);
      expect(new Set(salts).size).toBe(salts.length);
    } finally {
      await demo.close();
    }
  });
});
