/**
 * portalJobs searches through HTTP on PostgreSQL over BENCH_JOBS published jobs (default one
 * million), at 1, 4 and 16 clients, next to the same SQL run raw (postgres.js, unnamed statements
 * as the server uses); then the first-page latency a single user sees.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx -y pnpm@10.34.9 --filter @app/bench portal-search
 *   (or: cd bench && BENCH_JOBS=200000 npx tsx portal-search.bench.ts)
 *
 * Data: 4 agencies with 25 clients each; the benchmarked portal's agency owns 60% of the jobs.
 * Titles, descriptions and cities come from small vocabularies, so common words match ~1/30 of
 * the rows and "sponsorship" about 0.1%.
 */
import postgres from "postgres";
import { drive, freshDatabase, gql, percentile, startApi, type RunResult } from "./lib.js";

const JOBS = Number(process.env.BENCH_JOBS ?? 1_000_000);
const LEVELS = (process.env.BENCH_LEVELS ?? "1,4,16").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = 4611;
const SLUG = "bench-portal";
const PAGE = 20;
const COUNT_CAP = 1000; // TOTAL_COUNT_CAP in apps/api/src/modules/portal/portal.service.ts

const BOARD = `query($slug: String!, $query: String, $location: String, $first: Int!, $after: String) {
  portalJobs(slug: $slug, query: $query, location: $location, first: $first, after: $after) {
    totalCount hasNextPage endCursor nodes { id title employerName location { city state } workType publishedAt salary { min max period } } } }`;

interface Search {
  label: string;
  query: string | null;
  location: string | null;
  after?: { cursor: string; publishedAt: string; id: string };
}

const SEARCHES: Search[] = [
  { label: "everything", query: null, location: null },
  { label: "one word", query: "barista", location: null },
  { label: "two words", query: "senior nurse", location: null },
  { label: "word + location", query: "chef", location: "Perth" },
  { label: "location", query: null, location: "Brisbane" },
  { label: "rare word", query: "sponsorship", location: null },
];

const db = await freshDatabase("bench_portal");
console.error("starting the API (it migrates the fresh database)…");
const api = await startApi(db.url, PORT);
const url = `http://127.0.0.1:${PORT}`;
const sql = postgres(db.url, { max: 20, onnotice: () => {}, prepare: false });

async function seed(): Promise<string> {
  const agencies: string[] = [];
  const clients: string[][] = [];
  for (let a = 0; a < 4; a++) {
    const [{ id }] = await sql`INSERT INTO organizations (kind, name) VALUES ('SERVICE_PROVIDER', ${"Agency " + a}) RETURNING id`;
    agencies.push(id);
    const rows = await sql`INSERT INTO organizations (kind, name) SELECT 'EMPLOYER', 'Client ' || ${a} || '-' || g FROM generate_series(1, 25) g RETURNING id`;
    clients.push(rows.map((r) => r.id as string));
  }
  await sql`INSERT INTO portals (service_provider_id, slug, title) VALUES (${agencies[0]!}, ${SLUG}, 'Bench Jobs')`;
  const indexDef = (await sql`SELECT indexdef FROM pg_indexes WHERE indexname = 'jobs_search_trgm_idx'`)[0]!.indexdef as string;
  // A bulk load builds the trigram index once at the end instead of row by row.
  await sql`DROP INDEX jobs_search_trgm_idx`;
  const t0 = performance.now();
  const BATCH = 100_000;
  for (let from = 1; from <= JOBS; from += BATCH) {
    const to = Math.min(JOBS, from + BATCH - 1);
    await sql`
      INSERT INTO jobs (employer_id, created_by_service_provider_id, title, description, city, state, country, work_type,
                        salary_min, salary_max, salary_period, salary_currency, status, duration_days, created_at, updated_at, published_at, closes_at)
      SELECT c.client, c.agency,
        (ARRAY['Senior','Junior','Lead','Casual','Trainee','Assistant'])[1 + abs(hashint4(i)) % 6] || ' ' ||
        (ARRAY['Barista','Chef','Nurse','Electrician','Plumber','Accountant','Driver','Teacher','Cleaner','Welder',
               'Carpenter','Receptionist','Mechanic','Developer','Analyst','Labourer','Pharmacist','Butcher','Baker','Gardener',
               'Painter','Tiler','Bricklayer','Cook','Waiter','Bartender','Librarian','Surveyor','Engineer','Designer'])[1 + abs(hashint4(i + 7)) % 30],
        'Join our friendly team in a busy ' ||
        (ARRAY['cafe','hospital','workshop','office','school','warehouse','site','restaurant','clinic','store'])[1 + abs(hashint4(i + 3)) % 10] ||
        '. You will work with ' || (ARRAY['customers','patients','students','clients','suppliers'])[1 + abs(hashint4(i + 5)) % 5] ||
        ' every day and grow your skills with paid training. Reference ' || i ||
        CASE WHEN i % 1000 = 0 THEN '. Visa sponsorship available.' ELSE '.' END,
        (ARRAY['Sydney','Melbourne','Brisbane','Perth','Adelaide','Hobart','Darwin','Canberra','Newcastle','Geelong',
               'Cairns','Townsville','Wollongong','Ballarat','Bendigo','Launceston','Mackay','Toowoomba','Albury','Manly'])[1 + abs(hashint4(i + 11)) % 20],
        (ARRAY['NSW','VIC','QLD','WA','SA','TAS','NT','ACT'])[1 + abs(hashint4(i + 13)) % 8],
        'AU', 'FULL_TIME', 50000 + abs(hashint4(i)) % 50000, 100000 + abs(hashint4(i)) % 50000, 'YEAR', 'AUD', 'PUBLISHED', 30,
        now() - make_interval(secs => i * 2), now() - make_interval(secs => i * 2), now() - make_interval(secs => i * 2),
        now() - make_interval(secs => i * 2) + interval '400 days'
      FROM generate_series(${from}::int, ${to}::int) i
      CROSS JOIN LATERAL (
        SELECT CASE WHEN abs(hashint4(i + 17)) % 10 < 6 THEN 0 ELSE 1 + abs(hashint4(i + 19)) % 3 END AS a
      ) pick
      CROSS JOIN LATERAL (
        SELECT (${sql.array(agencies)}::uuid[])[1 + pick.a] AS agency,
               (${sql.array(clients.flat())}::uuid[])[1 + pick.a * 25 + abs(hashint4(i + 23)) % 25] AS client
      ) c`;
    process.stderr.write(`  loaded ${to} jobs\r`);
  }
  console.error(`\nloaded ${JOBS} jobs in ${((performance.now() - t0) / 1000).toFixed(0)}s; building the trigram index…`);
  const t1 = performance.now();
  await sql.begin(async (tx) => {
    await tx`SET LOCAL maintenance_work_mem = '512MB'`;
    await tx.unsafe(indexDef);
  });
  await sql`VACUUM ANALYZE jobs`;
  console.error(`index built in ${((performance.now() - t1) / 1000).toFixed(0)}s`);
  return agencies[0]!;
}

function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The statements PortalService runs (portal.repository.ts board and boardCount), as plain SQL. */
function rawQuery(agencyId: string, s: Search, count: boolean): { text: string; params: unknown[] } {
  const params: unknown[] = [agencyId, new Date().toISOString()];
  const where = [`j.status = 'PUBLISHED'`, `COALESCE(j.created_by_service_provider_id, j.employer_id) = $1`, `j.closes_at > $2::timestamptz`];
  for (const word of (s.query ?? "").split(/\s+/).filter((w) => w !== "")) {
    params.push(contains(word));
    where.push(`(j.title || ' ' || j.description) ILIKE $${params.length}`);
  }
  if (s.location !== null) {
    params.push(contains(s.location), s.location);
    where.push(`(j.city ILIKE $${params.length - 1} OR j.state ILIKE $${params.length - 1} OR j.postcode = $${params.length})`);
  }
  if (count) {
    return { text: `SELECT count(*)::int AS n FROM (SELECT 1 FROM jobs j WHERE ${where.join(" AND ")} LIMIT ${COUNT_CAP}) m`, params };
  }
  if (s.after !== undefined) {
    params.push(s.after.publishedAt, s.after.id);
    where.push(`(j.published_at, j.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  return {
    text: `SELECT j.id, j.title, j.description, j.requirements, j.work_type, j.city, j.state, j.postcode, j.country, j.salary_min, j.salary_max,
             j.salary_period, j.salary_currency, j.published_at, j.closes_at, o.name
           FROM jobs j JOIN organizations o ON o.id = j.employer_id
           WHERE ${where.join(" AND ")}
           ORDER BY j.published_at DESC NULLS LAST, j.id DESC NULLS LAST LIMIT ${PAGE + 1}`,
    params,
  };
}

async function httpSearch(s: Search): Promise<boolean> {
  const body = await gql(url, "", BOARD, { slug: SLUG, query: s.query, location: s.location, first: PAGE, after: s.after?.cursor ?? null });
  return body.data?.portalJobs?.nodes !== undefined && body.errors === undefined;
}

async function rawSearch(agencyId: string, s: Search, withCount: boolean): Promise<boolean> {
  const page = rawQuery(agencyId, s, false);
  const rows = await sql.unsafe(page.text, page.params as never[]);
  if (withCount) {
    const c = rawQuery(agencyId, s, true);
    await sql.unsafe(c.text, c.params as never[]);
  }
  return rows.length >= 0;
}

function line(label: string, r: RunResult): string {
  return `${label.padEnd(30)} ${(r.requests / r.seconds).toFixed(0).padStart(6)} req/s   p50 ${percentile(r.latenciesMs, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(r.latenciesMs, 95).toFixed(1).padStart(6)} ms   p99 ${percentile(r.latenciesMs, 99).toFixed(1).padStart(6)} ms   errors ${r.errors}`;
}

try {
  const agencyId = await seed();
  // A second page of everything, from the server's own cursor.
  const first = await gql(url, "", BOARD, { slug: SLUG, first: PAGE });
  const last = first.data.portalJobs.nodes.at(-1);
  SEARCHES.push({ label: "everything, page 2", query: null, location: null, after: { cursor: first.data.portalJobs.endCursor, publishedAt: last.publishedAt, id: last.id } });
  for (const s of SEARCHES) {
    const res = await gql(url, "", BOARD, { slug: SLUG, query: s.query, location: s.location, first: PAGE, after: s.after?.cursor ?? null });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    console.error(`  ${s.label.padEnd(20)} totalCount ${res.data.portalJobs.totalCount}, first hit "${res.data.portalJobs.nodes[0]?.title ?? "-"}"`);
  }
  const pick = (i: number) => SEARCHES[i % SEARCHES.length]!;
  // Warm up the server's JIT, its pool and the cache.
  let w = 0;
  await drive(4, 3, () => () => httpSearch(pick(w++)));

  console.log(`\nportalJobs on PostgreSQL over ${JOBS.toLocaleString("en")} published jobs, ${SECONDS}s per run, ${SEARCHES.length} searches in turn\n`);
  for (const clients of LEVELS) {
    let i = 0;
    const http = await drive(clients, SECONDS, () => () => httpSearch(pick(i++)));
    i = 0;
    const raw = await drive(clients, SECONDS, () => () => rawSearch(agencyId, pick(i++), false));
    i = 0;
    const rawCount = await drive(clients, SECONDS, () => () => rawSearch(agencyId, pick(i++), true));
    const p95 = (r: RunResult) => percentile(r.latenciesMs, 95);
    console.log(line(`HTTP, ${clients} clients`, http));
    console.log(line(`raw page query, ${clients} clients`, raw));
    console.log(line(`raw page + count, ${clients} clients`, rawCount) + `   HTTP p95 / raw page+count p95 ${(p95(http) / p95(rawCount)).toFixed(2)}×, / raw page p95 ${(p95(http) / p95(raw)).toFixed(2)}×`);
    console.log("");
  }

  console.log("first page, one user, one request at a time (HTTP):");
  for (const s of SEARCHES.filter((x) => x.after === undefined)) {
    const times: number[] = [];
    for (let k = 0; k < 30; k++) {
      const t0 = performance.now();
      await httpSearch(s);
      times.push(performance.now() - t0);
    }
    console.log(`  ${s.label.padEnd(20)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms   max ${Math.max(...times).toFixed(1).padStart(6)} ms`);
  }
} finally {
  await sql.end();
  api.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await db.drop();
  process.exit(0);
}
