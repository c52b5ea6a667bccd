import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../config.js";
import { openDb, type Database } from "./client.js";
import { TestClock } from "../lib/clock.js";
import { TestPaymentProvider } from "../lib/payment-provider.js";
import { createApp, type App } from "../server.js";
import { GqlClient } from "../../test/gql.js";
import { createTestDb, onPostgres, type TestDatabase } from "../../test/db.js";
import { QueryCounter, type TestApp } from "../../test/harness.js";
import { hasPgBouncer, startPgBouncer, type PgBouncer } from "../../test/pgbouncer.js";
import { agencyWithPortal, postJob } from "../../test/portal.js";

const runs = onPostgres && hasPgBouncer;
if (!runs) console.warn("pgbouncer.pg.test.ts: skipped — needs DATABASE_URL and Debian's pgbouncer (/usr/sbin/pgbouncer)");

const BOUNCER_PORT = 41960;

describe.skipIf(!runs)("the API through PgBouncer in transaction pooling mode", () => {
  let direct: TestDatabase;
  let bouncer: PgBouncer;
  let database: Database;
  let app: App;
  let t: TestApp;

  beforeAll(async () => {
    direct = await createTestDb();
    const server = new URL(direct.url!);
    // Fewer server connections than the API's pools hold, so transactions really change connections.
    bouncer = await startPgBouncer({ host: server.hostname, port: Number(server.port || 5432) }, BOUNCER_PORT, 3);
    database = await openDb({
      databaseUrl: bouncer.url(server.pathname.slice(1)),
      pgliteDir: "",
      poolMax: 4,
      namedStatements: false,
    });
    // Migrating through the pooler: its lock is held by a transaction, never left on a server connection.
    await database.migrate();
    await database.migrate();
    const clock = new TestClock(new Date());
    const payments = new TestPaymentProvider();
    const config = testConfig({ databasePooler: "transaction" });
    app = await createApp({ config, database, clock, payments });
    const { url } = await app.listen();
    config.publicUrl = url;
    t = {
      app,
      database,
      url,
      clock,
      payments,
      queries: new QueryCounter(),
      client: () => new GqlClient(url),
      close: async () => {},
    };
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
    await database?.close();
    await bouncer?.stop();
    await direct?.close();
  });

  it("signs up, publishes, searches the board and runs queue jobs with no error", async () => {
    const a = await agencyWithPortal(t);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push(await postJob(a, { title: `Barista ${i}` }));
    const anonymous = t.client();
    const board = await anonymous.ok(`query($slug: String!) { portalJobs(slug: $slug, query: "barista") { totalCount } }`, {
      slug: a.slug,
    });
    expect(board.portalJobs.totalCount).toBe(ids.length);
    // Many requests at once over fewer server connections than the API's pools.
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        anonymous.request(`query($slug: String!) { portalJobs(slug: $slug) { totalCount } }`, { slug: a.slug }),
      ),
    );
    expect(results.filter((r) => r.errors !== undefined)).toEqual([]);

    const queue = t.app.services.queue;
    let ran = 0;
    queue.define("test.through-bouncer", async () => void ran++);
    for (let i = 0; i < 5; i++) await queue.enqueue(database.db, "test.through-bouncer");
    expect(await queue.runDue()).toBe(5);
    expect(ran).toBe(5);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    expect(bouncer.logs()).not.toMatch(/prepared statement .* does not exist/);
  });
});
