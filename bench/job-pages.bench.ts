/**
 * The national job board on PostgreSQL over BENCH_JOBS published ads (default one million), no
 * cache in front: server-rendered job pages (GET /jobs/<id>/<slug>, brotli as a browser asks) at
 * 1, 4 and 16 clients next to the same SQL sent raw; then each search kind of the board's page
 * (GET /jobs?q=…, with its count) for one user, next to its raw page statement.
 *
 *   npx -y pnpm@10.34.9 --filter @app/web build     (the API renders the pages with the web build)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx -y pnpm@10.34.9 --filter @app/bench job-pages
 *
 *   BENCH_JOBS, BENCH_SECONDS (8), BENCH_LEVELS (1,4,16), BENCH_POOL (2: the API's default on two cores),
 *   BENCH_KEEP=1 (keep the database) and BENCH_DB=<its url> (run again on it without seeding)
 *
 * The raw statements are captured from board.repository.ts itself through a drizzle logger, so
 * they are the server's own SQL with its own parameters.
 */
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { drizzle } from "../apps/api/node_modules/drizzle-orm/postgres-js/index.js";
import { boardRepository } from "../apps/api/src/modules/portal/board.repository.js";
import { searchTokens } from "../apps/api/src/modules/portal/portal.repository.js";
import * as schema from "../apps/api/src/db/schema/index.js";
import { LeanHttpClient } from "./http-client.js";
import { drive, freshDatabase, percentile, row, startApi, type RunResult } from "./lib.js";

const JOBS = Number(process.env.BENCH_JOBS ?? 1_000_000);
const LEVELS = (process.env.BENCH_LEVELS ?? "1,4,16").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = 41201;
// BENCH_PAGES: how many distinct ads the page runs cycle through (a small number shows the page cache warm).
const SAMPLE = Number(process.env.BENCH_PAGES ?? 20_000);

const TITLES = [
  "Barista",
  "Chef",
  "Nurse",
  "Electrician",
  "Plumber",
  "Accountant",
  "Driver",
  "Teacher",
  "Cleaner",
  "Welder",
  "Carpenter",
  "Receptionist",
  "Mechanic",
  "Developer",
  "Analyst",
  "Labourer",
  "Pharmacist",
  "Butcher",
  "Baker",
  "Gardener",
  "Painter",
  "Tiler",
  "Bricklayer",
  "Cook",
  "Waiter",
  "Bartender",
  "Librarian",
  "Surveyor",
  "Engineer",
  "Designer",
];
const CITIES = [
  "Sydney",
  "Melbourne",
  "Brisbane",
  "Perth",
  "Adelaide",
  "Hobart",
  "Darwin",
  "Canberra",
  "Newcastle",
  "Geelong",
  "Cairns",
  "Townsville",
  "Wollongong",
  "Ballarat",
  "Bendigo",
  "Launceston",
  "Mackay",
  "Toowoomba",
  "Albury",
  "Manly",
];
const arr = (words: string[]) => `ARRAY[${words.map((w) => `'${w}'`).join(",")}]`;

const webDist = fileURLToPath(new URL("../apps/web/dist", import.meta.url));
process.env.WEB_DIST = webDist;
// BENCH_DB: a database a run kept (BENCH_KEEP=1) with its ads, reused as it is (no seeding, not dropped).
const reused = process.env.BENCH_DB;
const db = reused === undefined ? await freshDatabase("i12_board") : { url: reused, drop: async () => {} };
console.error("starting the API (it migrates the fresh database)…");
const api = await startApi(db.url, PORT, Number(process.env.BENCH_POOL ?? 2));
const http = new LeanHttpClient("127.0.0.1", PORT);
const sql = postgres(db.url, { max: 20, onnotice: () => {}, prepare: false });
const BROWSER = { "accept-encoding": "br, gzip", accept: "text/html" };

async function seed(): Promise<void> {
  // 100 agencies and 2,000 employers: half the ads an agency posted inside a client's account, half employers' own.
  const employers: string[] = [];
  const agencies: string[] = [];
  for (let a = 0; a < 100; a++) {
    const [agency] = await sql`INSERT INTO organizations (kind, name) VALUES ('SERVICE_PROVIDER', ${"Agency " + a}) RETURNING id`;
    agencies.push(agency!.id as string);
  }
  const rows =
    await sql`INSERT INTO organizations (kind, name) SELECT 'EMPLOYER', 'Employer ' || g FROM generate_series(1, 2000) g RETURNING id`;
  employers.push(...rows.map((r) => r.id as string));
  const indexes = await sql`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'jobs' AND indexname <> 'jobs_pkey'`;
  for (const ix of indexes) await sql.unsafe(`DROP INDEX ${ix.indexname}`);
  const t0 = performance.now();
  const BATCH = 100_000;
  for (let from = 1; from <= JOBS; from += BATCH) {
    const to = Math.min(JOBS, from + BATCH - 1);
    // Half the ads were posted by an agency inside a client's account, half by employers themselves (by card).
    await sql`
      INSERT INTO jobs (employer_id, created_by_service_provider_id, title, description, requirements, city, state, postcode, country, work_type,
                        salary_min, salary_max, salary_period, salary_currency, show_salary, status, duration_days, created_at, updated_at,
                        published_at, closes_at, paid_by, payer_organization_id, paid_amount_cents)
      SELECT e.id, CASE WHEN i % 2 = 0 THEN (${sql.array(agencies)}::uuid[])[1 + abs(hashint4(i + 41)) % 100] END,
        (ARRAY['Senior','Junior','Lead','Casual','Trainee','Assistant'])[1 + abs(hashint4(i)) % 6] || ' ' ||
          (${sql.unsafe(arr(TITLES))})[1 + abs(hashint4(i + 7)) % 30],
        'Join our friendly team in a busy ' ||
          (ARRAY['cafe','hospital','workshop','office','school','warehouse','site','restaurant','clinic','store'])[1 + abs(hashint4(i + 3)) % 10] ||
          '. You will work with ' || (ARRAY['customers','patients','students','clients','suppliers'])[1 + abs(hashint4(i + 5)) % 5] ||
          ' every day, plan your own week with the team leader and grow your skills with paid training and a mentor. ' ||
          'We offer flexible rosters, a staff discount, free parking and a bonus after six months. ' ||
          'Reference ' || i || CASE WHEN i % 1000 = 0 THEN '. Visa sponsorship available.' ELSE '.' END || E'\n\n' ||
          'About us: a local business that has looked after its people and its community for twenty years. ' ||
          'Tell us in a few lines why the role suits you, and attach your CV.',
        'Two years of experience. A current driver licence. Right to work in Australia.',
        c.city, (ARRAY['NSW','VIC','QLD','WA','SA','TAS','NT','ACT'])[1 + abs(hashint4(i + 13)) % 8],
        lpad((1000 + abs(hashint4(i + 17)) % 8000)::text, 4, '0'), 'AU',
        (ARRAY['FULL_TIME','FULL_TIME','FULL_TIME','PART_TIME','CASUAL','CONTRACT','TEMPORARY']::work_type[])[1 + abs(hashint4(i + 19)) % 7],
        CASE WHEN i % 5 = 0 THEN 25 + abs(hashint4(i)) % 30 ELSE 50000 + abs(hashint4(i)) % 50000 END,
        CASE WHEN i % 5 = 0 THEN 55 + abs(hashint4(i)) % 30 ELSE 100000 + abs(hashint4(i)) % 60000 END,
        (CASE WHEN i % 5 = 0 THEN 'HOUR' ELSE 'YEAR' END)::salary_period, 'AUD', i % 10 <> 0,
        'PUBLISHED', 30, now() - make_interval(secs => i * 2), now() - make_interval(secs => i * 2), now() - make_interval(secs => i * 2),
        now() - make_interval(secs => i * 2) + interval '400 days',
        'CARD', e.id, 19900
      FROM generate_series(${from}::int, ${to}::int) i
      CROSS JOIN LATERAL (SELECT (${sql.array(employers)}::uuid[])[1 + abs(hashint4(i + 23)) % 2000] AS id) e
      CROSS JOIN LATERAL (SELECT (${sql.unsafe(arr(CITIES))})[1 + abs(hashint4(i + 11)) % 20] AS city) c`;
    process.stderr.write(`  loaded ${to} ads\r`);
  }
  console.error(`\nloaded ${JOBS} ads in ${((performance.now() - t0) / 1000).toFixed(0)}s; building ${indexes.length} indexes…`);
  await sql.begin(async (tx) => {
    await tx`SET LOCAL maintenance_work_mem = '512MB'`;
    for (const ix of indexes) await tx.unsafe(ix.indexdef);
  });
  await sql`VACUUM ANALYZE jobs`;
  await sql`VACUUM ANALYZE organizations`;
}

interface Statement {
  text: string;
  params: unknown[];
}
function capture() {
  const captured: Statement[] = [];
  const db = drizzle(sql, { schema, logger: { logQuery: (text, params) => void captured.push({ text, params }) } });
  return { db: db as never, captured };
}
const runRaw = (st: Statement) => sql.unsafe(st.text, st.params as never[]);

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

interface SearchKind {
  label: string;
  params: Record<string, string>;
  words: string | null;
  place: string | null;
  workType?: string;
  minSalary?: number;
  after?: { publishedAt: Date; id: string };
}

try {
  if (reused === undefined) await seed();
  const sample = await sql`SELECT id, title FROM jobs TABLESAMPLE SYSTEM (5) WHERE status = 'PUBLISHED' LIMIT ${SAMPLE}`;
  const pages = sample.map((r) => ({ id: r.id as string, path: `/jobs/${r.id}/${slugOf(r.title as string)}` }));
  const first = await http.get(pages[0]!.path, BROWSER);
  if (first.status !== 200) throw new Error(`GET ${pages[0]!.path} answered ${first.status}: is the web app built (${webDist})?`);

  // The server's statement for one ad, captured once; each raw run swaps in another ad's id.
  const probe = capture();
  await boardRepository.job(probe.db, new Date(), pages[0]!.id);
  const jobStatement = probe.captured[0]!;
  const forJob = (id: string): Statement => ({
    text: jobStatement.text,
    params: jobStatement.params.map((p) => (p === pages[0]!.id ? id : p)),
  });

  let w = 0;
  await drive(4, 3, () => async () => (await http.get(pages[w++ % pages.length]!.path, BROWSER)).status === 200);

  console.log(
    `\nJob pages (server-rendered HTML, brotli) on PostgreSQL over ${JOBS.toLocaleString("en")} published ads, ${SECONDS}s per run\n`,
  );
  const results: string[] = [];
  for (const clients of LEVELS) {
    let i = 0;
    const page = await drive(
      clients,
      SECONDS,
      () => async () => (await http.get(pages[i++ % pages.length]!.path, BROWSER)).status === 200,
    );
    i = 0;
    const raw = await drive(
      clients,
      SECONDS,
      () => async () => (await runRaw(forJob(pages[i++ % pages.length]!.id))).length === 1,
    );
    const p95 = (r: RunResult) => percentile(r.latenciesMs, 95).toFixed(1);
    console.log(`${row(`HTTP job page, ${clients} clients`, page)}   p95 ${p95(page)} ms`);
    console.log(`${row(`raw SQL, ${clients} clients`, raw)}   p95 ${p95(raw)} ms`);
    results.push(
      `| ${clients} | ${(page.requests / page.seconds).toFixed(0)}/s, p50 ${percentile(page.latenciesMs, 50).toFixed(1)} ms, p95 ${p95(page)} ms | ${(raw.requests / raw.seconds).toFixed(0)}/s, p95 ${p95(raw)} ms |`,
    );
  }

  // Search kinds, one user at a time: the board page a candidate loads (HTML, with its count).
  const firstPage =
    await sql`SELECT published_at, id FROM jobs WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC OFFSET 19 LIMIT 1`;
  const firstBody = await (await fetch(`http://127.0.0.1:${PORT}/jobs`)).text();
  const cursor = /href="\/jobs\?after=([^"]+)"/.exec(firstBody)?.[1] ?? "";
  const kinds: SearchKind[] = [
    { label: "one word", params: { q: "barista" }, words: "barista", place: null },
    { label: "two words", params: { q: "senior nurse" }, words: "senior nurse", place: null },
    { label: "prefix", params: { q: "electri" }, words: "electri", place: null },
    { label: "rare word", params: { q: "sponsorship" }, words: "sponsorship", place: null },
    { label: "location", params: { location: "Brisbane" }, words: null, place: "Brisbane" },
    { label: "word + location", params: { q: "chef", location: "Perth" }, words: "chef", place: "Perth" },
    { label: "minimum salary", params: { salary: "150000" }, words: null, place: null, minSalary: 150000 },
    { label: "work type + word", params: { q: "cook", type: "CASUAL" }, words: "cook", place: null, workType: "CASUAL" },
    {
      label: "page 2",
      params: { after: decodeURIComponent(cursor) },
      words: null,
      place: null,
      after: { publishedAt: new Date(firstPage[0]!.published_at), id: firstPage[0]!.id },
    },
  ];
  console.log(`\nOne user, one search at a time (30 each): the board page over HTTP, and the raw page statement\n`);
  const searchRows: string[] = [];
  for (const k of kinds) {
    const path = `/jobs?${new URLSearchParams(k.params).toString()}`;
    const c = capture();
    await boardRepository.page(c.db, {
      now: new Date(),
      words: searchTokens(k.words).slice(0, 6),
      place: searchTokens(k.place).slice(0, 4),
      workType: k.workType ?? null,
      minSalary: k.minSalary ?? null,
      after: k.after ?? null,
      limit: 21,
    });
    const statement = c.captured[0]!;
    const httpTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let n = 0; n < 33; n++) {
      let t0 = performance.now();
      const res = await http.get(path, BROWSER);
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      if (n >= 3) httpTimes.push(performance.now() - t0);
      t0 = performance.now();
      await runRaw(statement);
      if (n >= 3) rawTimes.push(performance.now() - t0);
    }
    const f = (v: number[], p: number) => percentile(v, p).toFixed(1);
    console.log(
      `${k.label.padEnd(18)} HTTP p50 ${f(httpTimes, 50).padStart(6)} ms  p95 ${f(httpTimes, 95).padStart(6)} ms   raw page p50 ${f(rawTimes, 50).padStart(6)} ms  p95 ${f(rawTimes, 95).padStart(6)} ms`,
    );
    searchRows.push(`${k.label} ${f(httpTimes, 50)} / ${f(httpTimes, 95)}`);
  }
  console.log(
    `\nREADME rows:\n| clients | HTTP job pages | raw SQL |\n| --- | --- | --- |\n${results.join("\n")}\n\n${searchRows.join(", ")}`,
  );
} finally {
  http.close();
  api.kill();
  await sql.end();
  if (!process.env.BENCH_KEEP) await db.drop();
  else console.error(`kept ${db.url}`);
}
