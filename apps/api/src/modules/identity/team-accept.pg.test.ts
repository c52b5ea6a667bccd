import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "../../../test/db.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer, serviceProvider, uniqueEmail } from "../../../test/factories.js";

// True concurrency needs several connections: PGlite has one, so this runs on PostgreSQL only.
if (!onPostgres) console.warn("team-accept.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

describe.skipIf(!onPostgres)("accepting one team invitation from many sessions at once (PostgreSQL)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ poolMax: 8 });
  });
  afterAll(() => t?.close());

  it("10 accepts of one link at the same moment: exactly one joins, the others are told it was used", async () => {
    const owner = await serviceProvider(t);
    const email = uniqueEmail("race");
    await owner.client.ok(`mutation($email: String!) { inviteTeamMember(email: $email, role: MEMBER) { id } }`, { email });
    const { devMailbox } = await t.client().ok(`query($to: String) { devMailbox(to: $to) { text } }`, { to: email });
    const token = /\/join\/([A-Za-z0-9_-]+)/.exec(devMailbox[0].text)![1];
    const people = await Promise.all(Array.from({ length: 10 }, () => employer(t)));
    const results = await Promise.all(
      people.map((p) =>
        p.client.request(`mutation($token: String!) { acceptTeamInvitation(token: $token) { user { id } } }`, { token }),
      ),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(new Set(results.flatMap((r) => r.errors?.map((e) => e.message) ?? []))).toEqual(
      new Set(["This invitation link has already been used."]),
    );
    const { team } = await owner.client.ok(`{ team { members { userId } } }`);
    expect(team.members).toHaveLength(2);
  });
});
