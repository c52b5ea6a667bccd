import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../harness.js";
import { PASSWORD, serviceProvider } from "../factories.js";

// Runs on PGlite, and on PostgreSQL when DATABASE_URL is set (as CI runs it), where the 150
// attempts race in the database itself.
let t: TestApp;
beforeAll(async () => {
  // One reverse proxy in front: the client's address is the last X-Forwarded-For hop.
  t = await startTestApp({ config: { trustedProxies: 1 }, poolMax: 20 });
});
afterAll(() => t.close());

const LOG_IN = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { id } } }`;

async function logIn(email: string, password: string, address: string): Promise<string> {
  const res = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ query: LOG_IN, variables: { e: email, p: password } }),
  });
  const body = (await res.json()) as {
    data?: { logIn: { user: { id: string } } } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  if (body.data?.logIn) return "OK";
  return body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`;
}

const tally = (codes: string[]) => codes.reduce<Record<string, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {});

describe("sign-in throttle", () => {
  it("checks 150 parallel wrong passwords at most 10 times in 15 minutes, while the owner signs in from a clean address", async () => {
    const { email } = await serviceProvider(t);
    const attackers = ["203.0.113.7", "203.0.113.8"];
    const burst = (n: number) =>
      Promise.all(Array.from({ length: n }, (_, i) => logIn(email, `wrong-guess-${i}`, attackers[i % attackers.length]!)));

    const [codes, owner] = await Promise.all([burst(150), logIn(email, PASSWORD, "198.51.100.20")]);
    const counted = tally(codes);
    // UNAUTHENTICATED = the password was checked; RATE_LIMITED = refused before any check.
    expect(counted.UNAUTHENTICATED ?? 0).toBeGreaterThan(0);
    expect(counted.UNAUTHENTICATED ?? 0).toBeLessThanOrEqual(10);
    expect((counted.UNAUTHENTICATED ?? 0) + (counted.RATE_LIMITED ?? 0)).toBe(150);
    expect(owner).toBe("OK");

    // 14 minutes on: still nothing checked from the attackers, even the right password.
    t.clock.advanceDays(14 / 1440);
    const later = tally(await burst(150));
    expect(later).toEqual({ RATE_LIMITED: 150 });
    expect(await logIn(email, PASSWORD, attackers[0]!)).toBe("RATE_LIMITED");
    // The owner, from another clean address, and again from the first one.
    expect(await logIn(email, PASSWORD, "198.51.100.21")).toBe("OK");
    expect(await logIn(email, PASSWORD, "198.51.100.20")).toBe("OK");

    // A new window: the attackers' addresses get their tries again.
    t.clock.advanceDays(2 / 1440);
    expect(await logIn(email, PASSWORD, attackers[0]!)).toBe("OK");
  });

  it("an owner's own typo from a clean address does not lock them out; five from one address do", async () => {
    const { email } = await serviceProvider(t);
    const home = "198.51.100.40";
    expect(await logIn(email, "typo-password-1", home)).toBe("UNAUTHENTICATED");
    expect(await logIn(email, PASSWORD, home)).toBe("OK");
    for (let i = 0; i < 5; i++) expect(await logIn(email, `typo-${i}-password`, home)).toBe("UNAUTHENTICATED");
    expect(await logIn(email, PASSWORD, home)).toBe("RATE_LIMITED");
    expect(await logIn(email, PASSWORD, "198.51.100.41")).toBe("OK");
  });

  it("an address gets 30 tries across accounts", async () => {
    const address = "192.0.2.99";
    const accounts = await Promise.all(Array.from({ length: 7 }, () => serviceProvider(t)));
    const codes: string[] = [];
    for (const { email } of accounts) for (let i = 0; i < 5; i++) codes.push(await logIn(email, `spray-${i}-password`, address));
    expect(tally(codes)).toEqual({ UNAUTHENTICATED: 30, RATE_LIMITED: 5 });
  });
});
