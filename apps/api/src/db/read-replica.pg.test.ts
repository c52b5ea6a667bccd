import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import { testConfig } from "../config.js";
import { openDb, type Database } from "./client.js";
import { seedPlans } from "./seed.js";
import { TestClock } from "../lib/clock.js";
import { TestPaymentProvider } from "../lib/payment-provider.js";
import { createApp, type App } from "../server.js";
import { GqlClient } from "../../test/gql.js";
import { onPostgres } from "../../test/db.js";
import { QueryCounter, type TestApp } from "../../test/harness.js";
import { canMakeClusters, freePort, makePrimary, makeReplica, type Cluster } from "../../test/pg-cluster.js";
import { agencyWithPortal, postJob, type Agency } from "../../test/portal.js";

// A streaming replica needs a PostgreSQL of the test's own (the machine's server takes no
// replication connections): a primary from initdb and a standby from pg_basebackup, on ports of
// ports free at the time, deleted at the end.
const runs = onPostgres && canMakeClusters;
if (!runs)
  console.warn(
    "read-replica.pg.test.ts: skipped — needs DATABASE_URL and Debian's postgresql-15 binaries (initdb, pg_basebackup)",
  );

const BOARD = `query($slug: String!) { portalJobs(slug: $slug) { totalCount nodes { id title } } }`;
const JOB_PAGE = `query($slug: String!, $id: ID!) { portalJob(slug: $slug, id: $id) { id title } }`;

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!runs)("the public board on a streaming replica", () => {
  let primary: Cluster;
  let replica: Cluster;
  let database: Database;
  let app: App;
  let t: TestApp;
  let a: Agency;
  let replicaAdmin: postgres.Sql;

  beforeAll(async () => {
    primary = await makePrimary(await freePort());
    const admin = postgres(primary.url(), { max: 1, onnotice: () => {} });
    await admin`CREATE DATABASE i19_board`;
    await admin.end();
    const setup = await openDb({ databaseUrl: primary.url("i19_board"), pgliteDir: "", poolMax: 2 });
    await setup.migrate();
    await seedPlans(setup.db);
    await setup.close();
    // The replica's user may read the tables and nothing else.
    const owner = postgres(primary.url("i19_board"), { max: 1, onnotice: () => {} });
    await owner.unsafe(`CREATE ROLE board_reader LOGIN;
      GRANT USAGE ON SCHEMA public TO board_reader;
      GRANT SELECT ON ALL TABLES IN SCHEMA public TO board_reader;`);
    await owner.end();
    replica = await makeReplica(primary, await freePort());
    replicaAdmin = postgres(replica.url("i19_board"), { max: 1, onnotice: () => {} });

    database = await openDb({
      databaseUrl: primary.url("i19_board"),
      readUrl: replica.url("i19_board", "board_reader"),
      pgliteDir: "",
      poolMax: 4,
    });
    const clock = new TestClock(new Date());
    const payments = new TestPaymentProvider();
    const config = testConfig();
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
    a = await agencyWithPortal(t);
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
    await database?.close();
    await replicaAdmin?.end();
    await replica?.destroy();
    await primary?.destroy();
  });

  it("the replica's user cannot write, on the replica or on the primary", async () => {
    const reader = postgres(replica.url("i19_board", "board_reader"), { max: 1, onnotice: () => {} });
    await expect(reader`INSERT INTO rate_limits (key, count, window_started_at) VALUES ('x', 1, now())`).rejects.toThrow(
      /read-only transaction|permission denied/,
    );
    await reader.end();
    const onPrimary = postgres(primary.url("i19_board", "board_reader"), { max: 1, onnotice: () => {} });
    await expect(onPrimary`INSERT INTO rate_limits (key, count, window_started_at) VALUES ('x', 1, now())`).rejects.toThrow(
      /permission denied/,
    );
    await onPrimary.end();
  });

  it("serves the board, job pages and the feed from the replica: a publish shows once it has replicated", async () => {
    const anonymous = t.client();
    const first = await postJob(a, { title: "Barista on the replica" });
    const board = await until("the first job on the board", async () => {
      const data = await anonymous.ok(BOARD, { slug: a.slug });
      return data.portalJobs.totalCount === 1 ? data : null;
    });
    expect(board.portalJobs.nodes.map((n: { title: string }) => n.title)).toEqual(["Barista on the replica"]);

    // With replay paused, the primary has the next publish and the replica does not: the board,
    // the job page and the feed show only what the replica has, so that is where they read.
    await replicaAdmin`SELECT pg_wal_replay_pause()`;
    const second = await postJob(a, { title: "Chef not yet replicated" });
    const onPrimary = await database.db.execute(`SELECT status FROM jobs WHERE id = '${second}'`);
    expect(JSON.stringify(onPrimary)).toContain("PUBLISHED");
    await new Promise((r) => setTimeout(r, 300));
    expect((await anonymous.ok(BOARD, { slug: a.slug })).portalJobs.totalCount).toBe(1);
    expect((await anonymous.ok(JOB_PAGE, { slug: a.slug, id: second })).portalJob).toBeNull();
    expect(await (await fetch(`${t.url}/p/${a.slug}/rss.xml`)).text()).not.toContain("Chef not yet replicated");
    // The agency's own list reads the primary: it sees its write at once.
    await a.agency.client.ok(`mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`, {
      id: a.connectionId,
    });
    const own = await a.agency.client.ok(`{ jobs(first: 10) { nodes { id status } } }`);
    expect(own.jobs.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([first, second]));

    await replicaAdmin`SELECT pg_wal_replay_resume()`;
    await until(
      "the second job after replication",
      async () => (await anonymous.ok(BOARD, { slug: a.slug })).portalJobs.totalCount === 2,
    );
    expect((await anonymous.ok(JOB_PAGE, { slug: a.slug, id: second })).portalJob).toMatchObject({
      title: "Chef not yet replicated",
    });
    expect(await (await fetch(`${t.url}/p/${a.slug}/rss.xml`)).text()).toContain("Chef not yet replicated");
  });

  it("/readyz fails while the database is stopped and recovers when it returns; /healthz stays up and says so", async () => {
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    await primary.stop();
    const down = await fetch(`${t.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ ready: false, database: "down" });
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, database: "down", replica: "up" });

    await primary.start();
    const back = await until("ready again", async () => {
      const res = await fetch(`${t.url}/readyz`);
      return res.status === 200 ? res.json() : null;
    });
    expect(back).toMatchObject({ ready: true, database: "up", migrations: "applied", replica: "up" });
  }, 90_000);
});
