/**
 * publishJob through HTTP on PostgreSQL at 1, 4, 16 and 64 concurrent clients, spread over many
 * agencies and all on one agency, next to the same SQL transaction run raw; then an overdraft check.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx -y pnpm@10.34.9 --filter @app/bench run publish
 *
 * The API and the raw runs use the same number of database connections (BENCH_POOL, 2 by default:
 * the API's own default on a 2-core machine), so the ratio compares the framework, not pool sizes.
 * Each row also says how many CPU milliseconds a publish cost the API, PostgreSQL and the bench, and
 * how busy the whole machine was: all three share its cores.
 */
import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { drive, freshDatabase, gql, row, startApi, type RunResult } from "./lib.js";

const LEVELS = (process.env.BENCH_LEVELS ?? "1,4,16,64").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PORT = 4610;
const POOL = Number(process.env.BENCH_POOL ?? 2);
const PUBLISH = `mutation($id: ID!) { publishJob(id: $id) { id status } }`;

interface Seat {
  cookie: string;
  agencyId: string;
  clientId: string;
  userId: string;
  drafts: string[];
}

const db = await freshDatabase("bench_publish");
console.error("starting the API…");
const api = await startApi(db.url, PORT, POOL);
console.error("API up; seeding…");
const url = `http://127.0.0.1:${PORT}`;
const sql = postgres(db.url, { max: POOL, onnotice: () => {}, prepare: true });

/** Agencies with clients, sessions already inside those clients, and plenty of credits. */
async function seats(count: number, oneAgency: boolean): Promise<Seat[]> {
  const out: Seat[] = [];
  let agencyId = "";
  for (let i = 0; i < count; i++) {
    if (!oneAgency || i === 0) {
      [{ id: agencyId }] =
        await sql`INSERT INTO organizations (kind, name, credit_sharing_enabled) VALUES ('SERVICE_PROVIDER', ${"Agency " + i}, true) RETURNING id`;
      const [lot] =
        await sql`INSERT INTO credit_lots (organization_id, plan_kind, granted, remaining) VALUES (${agencyId}, 'PAY_AS_YOU_GO', 1000000, 1000000) RETURNING id`;
      await sql`UPDATE organizations SET credit_balance = 1000000 WHERE id = ${agencyId}`;
      await sql`INSERT INTO credit_entries (organization_id, kind, amount, balance_after, lot_id) VALUES (${agencyId}, 'ADJUSTMENT', 1000000, 1000000, ${lot!.id})`;
    }
    const { id: clientId } = (
      await sql`INSERT INTO organizations (kind, name) VALUES ('EMPLOYER', ${"Client " + i}) RETURNING id`
    )[0]!;
    const { id: userId } = (
      await sql`INSERT INTO users (email, name) VALUES (${`bench-${randomBytes(6).toString("hex")}@example.com`}, 'Bench') RETURNING id`
    )[0]!;
    await sql`INSERT INTO memberships (user_id, organization_id, role) VALUES (${userId}, ${agencyId}, 'MEMBER')`;
    const { id: connectionId } = (
      await sql`
      INSERT INTO client_connections (service_provider_id, client_id, invited_company_name, invited_email, status)
      VALUES (${agencyId}, ${clientId}, ${"Client " + i}, ${`client-${randomBytes(6).toString("hex")}@example.com`}, 'ACTIVE') RETURNING id`
    )[0]!;
    const secret = randomBytes(32).toString("base64url");
    await sql`INSERT INTO sessions (id, user_id, organization_id, accessing_connection_id, expires_at)
      VALUES (${createHash("sha256").update(secret).digest("hex")}, ${userId}, ${agencyId}, ${connectionId}, now() + interval '1 day')`;
    out.push({ cookie: `sid=${secret}`, agencyId, clientId, userId, drafts: [] });
  }
  return out;
}

/**
 * Real-sized ads: a publish puts every word of the ad into the job board's search index, so tiny
 * drafts would flatter the figures. Forty ~2 KB descriptions (about 300 words each, drawn from a
 * shared vocabulary the way real ads share theirs), used in turn.
 */
const VOCABULARY = (
  "barista cafe coffee espresso milk latte customer service hospitality kitchen roster weekend morning " +
  "shift team leader supervisor manager experience certificate food safety handling cash register " +
  "point sale inventory ordering suppliers cleaning opening closing procedures training staff junior " +
  "senior duties responsibilities salary superannuation visa sponsorship nomination skilled occupation " +
  "apply resume cover letter references english communication written verbal friendly reliable punctual " +
  "motivated flexible hours casual permanent full time part contract harbour beach suburb sydney melbourne " +
  "brisbane perth adelaide hobart canberra darwin restaurant bakery pastry chef cook apprentice qualified " +
  "trade electrician plumber carpenter welder mechanic diesel fitter turner machinist construction site " +
  "safety induction licence forklift driver warehouse logistics dispatch receiving stock control quality " +
  "assurance compliance regulations workplace health policy equal opportunity employer diverse inclusive " +
  "benefits discount parking transport career growth development mentoring accredited award wage overtime " +
  "penalty rates allowance uniform provided tools equipment maintenance repairs installation servicing " +
  "clients community care aged disability support worker nurse registered enrolled clinical patient ward"
).split(" ");

const AD_TEXTS = Array.from({ length: 40 }, (_, ad) => {
  const words: string[] = [];
  for (let w = 0; words.join(" ").length < 2000; w++)
    words.push(VOCABULARY[(ad * 37 + w * 11 + ((w * w) % 17)) % VOCABULARY.length]!);
  return words.join(" ");
});

async function addDrafts(seat: Seat, n: number): Promise<void> {
  if (n <= 0) return;
  const rows = await sql`
    INSERT INTO jobs (employer_id, title, description, requirements, city, state, postcode, work_type, created_by_user_id)
    SELECT ${seat.clientId}, 'Barista', (${AD_TEXTS}::text[])[1 + i % ${AD_TEXTS.length}],
      'Two years in a busy cafe; barista certificate; weekend availability', 'Manly', 'NSW', '2095', 'FULL_TIME', ${seat.userId}
    FROM generate_series(1, ${n}) AS i RETURNING id`;
  seat.drafts.push(...rows.map((r) => r.id as string));
}

/**
 * The same database work the service does for a publish (db/functions.ts publish_job), sent
 * straight from postgres.js: the floor the framework (HTTP, GraphQL, session, ORM) is measured against.
 */
async function rawPublish(seat: Seat, jobId: string): Promise<boolean> {
  const payers = JSON.stringify([
    {
      org: seat.agencyId,
      source: "SERVICE_PROVIDER_CREDITS",
      sharing: true,
      summary: "Published, paid with the agency's shared credits",
    },
    { org: seat.clientId, source: "OWN_CREDITS", sharing: false, summary: "Published, paid with its own credits" },
  ]);
  const [row] = await sql`
    SELECT out_outcome FROM publish_job(${jobId}::uuid, ${seat.clientId}::uuid, ${payers}::text::json, NULL::json,
      ${seat.userId}::uuid, ${seat.agencyId}::uuid, NULL, ${new Date().toISOString()}::timestamptz, NULL)`;
  return row?.out_outcome === "PUBLISHED";
}

async function runLevel(all: Seat[], clients: number, mode: "http" | "raw"): Promise<RunResult> {
  const mine = all.slice(0, clients);
  // Enough drafts for 6,000 publishes a second, so a fast machine never runs out mid-run; a run's
  // leftovers serve the next one.
  const perSeat = Math.ceil((6000 * SECONDS) / clients) + 50;
  await Promise.all(mine.map((s) => addDrafts(s, perSeat - s.drafts.length)));
  return drive(clients, SECONDS, (c) => {
    const seat = mine[c]!;
    const jobId = seat.drafts.pop();
    if (jobId === undefined) return null;
    if (mode === "raw") return () => rawPublish(seat, jobId);
    return async () => {
      const body = await gql(url, seat.cookie, PUBLISH, { id: jobId });
      return body.data?.publishJob?.status === "PUBLISHED";
    };
  });
}

function best(results: RunResult[]): RunResult {
  // Median run by throughput, so one noisy round does not decide the figure.
  const sorted = [...results].sort((a, b) => a.requests / a.seconds - b.requests / b.seconds);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function overdraftCheck(): Promise<string> {
  const [neg] = await sql`SELECT count(*)::int AS n FROM organizations WHERE credit_balance < 0`;
  const [drift] = await sql`
    SELECT count(*)::int AS n FROM organizations o
    WHERE o.credit_balance <> COALESCE((SELECT SUM(amount) FROM credit_entries e WHERE e.organization_id = o.id), 0)
       OR o.credit_balance <> COALESCE((SELECT SUM(remaining) FROM credit_lots l WHERE l.organization_id = o.id), 0)`;
  const [double] =
    await sql`SELECT count(*)::int AS n FROM (SELECT job_id FROM credit_entries WHERE job_id IS NOT NULL GROUP BY job_id HAVING count(*) > 1) d`;
  return `negative balances ${neg!.n}, balances off the ledger ${drift!.n}, jobs charged twice ${double!.n}`;
}

try {
  const maxClients = Math.max(...LEVELS);
  const spread = await seats(maxClients, false);
  const single = await seats(maxClients, true);
  // Warm up the server's JIT and connection pool.
  await runLevel(spread, 4, "http");
  console.log(`publishJob on PostgreSQL, ${POOL} database connections, ${SECONDS}s per run, median of ${ROUNDS} runs\n`);
  for (const [label, seatsFor] of [
    ["many agencies", spread],
    ["one agency", single],
  ] as const) {
    for (const clients of LEVELS) {
      const http: RunResult[] = [];
      const raw: RunResult[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        http.push(await runLevel(seatsFor, clients, "http"));
        raw.push(await runLevel(seatsFor, clients, "raw"));
      }
      const h = best(http);
      const s = best(raw);
      const ratio = h.requests / h.seconds / (s.requests / s.seconds);
      console.log(row(`HTTP ${label}, ${clients} clients`, h));
      console.log(row(`raw SQL ${label}, ${clients} clients`, s) + `   HTTP/raw ${(ratio * 100).toFixed(0)}%`);
    }
    console.log("");
  }
  console.log(`overdraft check: ${await overdraftCheck()}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await sql.end();
  api.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await db.drop();
  process.exit();
}
