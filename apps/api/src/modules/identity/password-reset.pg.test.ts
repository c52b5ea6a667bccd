import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "../../../test/db.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer } from "../../../test/factories.js";

// True concurrency needs several connections: PGlite has one, so this runs on PostgreSQL only.
if (!onPostgres) console.warn("password-reset.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

describe.skipIf(!onPostgres)("using one password reset link from many browsers at once (PostgreSQL)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ poolMax: 8 });
  });
  afterAll(() => t?.close());

  it("10 resets with one link at the same moment: exactly one sets its password, the others are told it was used", async () => {
    const person = await employer(t);
    await t.client().ok(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: person.email });
    const { devMailbox } = await t.client().ok(`query($to: String) { devMailbox(to: $to) { text } }`, { to: person.email });
    const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(devMailbox[0].text)![1];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.client().request(`mutation($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) }`, {
          token,
          p: `new-password-number-${i}`,
        }),
      ),
    );
    const winners = results.flatMap((r, i) => (r.errors === undefined ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(new Set(results.flatMap((r) => r.errors?.map((e) => e.message) ?? []))).toEqual(
      new Set(["This password reset link has already been used."]),
    );
    const logIn = `mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { id } } }`;
    await t.client().ok(logIn, { e: person.email, p: `new-password-number-${winners[0]}` });
  });
});
