import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "../../../test/db.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { serviceProvider } from "../../../test/factories.js";

// A transaction holding the main pool needs real connections: PGlite has one, shared by both.
if (!onPostgres) console.warn("session-lookup.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

describe.skipIf(!onPostgres)("the session lookup has a connection of its own (Database.sessionDb)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ poolMax: 1 });
  });
  afterAll(() => t?.close());

  it("a signed-in request is answered while a transaction holds the whole main pool", async () => {
    const agency = await serviceProvider(t);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = t.database.db.transaction(() => held);
    try {
      const timedOut = new Promise<"timed out">((resolve) => setTimeout(() => resolve("timed out"), 3000));
      const answer = await Promise.race([agency.client.ok(`{ viewer { __typename } }`), timedOut]);
      expect(answer).toEqual({ viewer: { __typename: "Viewer" } });
    } finally {
      release();
      await transaction;
    }
  });
});
