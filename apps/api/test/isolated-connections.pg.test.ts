import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onPostgres } from "./db.js";
import { startTestApp, type TestApp } from "./harness.js";
import { activeConnection, employer, grantCredits, serviceProvider } from "./factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "./jobs.js";

// A transaction holding the main pool needs real connections: PGlite has one, shared by all.
if (!onPostgres) console.warn("isolated-connections.pg.test.ts: skipped — set DATABASE_URL to a PostgreSQL server to run it");

/** Answers within 3 s, or "timed out". */
function within3s<T>(request: Promise<T>): Promise<T | "timed out"> {
  return Promise.race([request, new Promise<"timed out">((resolve) => setTimeout(() => resolve("timed out"), 3000))]);
}

describe.skipIf(!onPostgres)(
  "session lookups and the public board have connections of their own (Database.sessionDb, boardDb)",
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ poolMax: 1 });
    });
    afterAll(() => t?.close());

    /** Runs `fn` while an open transaction holds the main pool's only connection. */
    async function whileMainPoolIsHeld<T>(fn: () => Promise<T>): Promise<T> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const transaction = t.database.db.transaction(() => held);
      try {
        return await fn();
      } finally {
        release();
        await transaction;
      }
    }

    it("a signed-in request learns who is asking while the main pool is busy", async () => {
      const agency = await serviceProvider(t);
      const answer = await whileMainPoolIsHeld(() => within3s(agency.client.ok(`{ viewer { __typename } }`)));
      expect(answer).toEqual({ viewer: { __typename: "Viewer" } });
    });

    it("a candidate searches the board while the main pool is busy", async () => {
      const agency = await serviceProvider(t, { organizationName: "Isolated Recruiting" });
      const client = await employer(t);
      const connectionId = await activeConnection(t, agency, client);
      await grantCredits(t, client.organizationId, 1);
      await agency.client.ok(`mutation($input: PortalInput!) { savePortal(input: $input) { id } }`, {
        input: { slug: "isolated-board", title: "Isolated Jobs" },
      });
      await agency.client.ok(`mutation($id: ID!) { accessCompany(connectionId: $id) { user { id } } }`, { id: connectionId });
      const { createJob } = await agency.client.ok(CREATE_JOB, { input: jobInput({ title: "Night Baker" }) });
      await agency.client.ok(PUBLISH_JOB, { id: createJob.id });

      const board = `query { portalJobs(slug: "isolated-board", query: "baker", first: 5) { totalCount nodes { title } } }`;
      const answer = await whileMainPoolIsHeld(() => within3s(t.client().ok(board)));
      expect(answer).toEqual({ portalJobs: { totalCount: 1, nodes: [{ title: "Night Baker" }] } });
    });
  },
);
