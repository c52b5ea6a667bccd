/**
 * The national job board on PostgreSQL over BENCH_JOBS published ads (default one million), no
 * cache in front: server-rendered job pages (GET /jobs/<id>/<slug>, brotli as a browser asks) at
 * 1, 4 and 16 clients next to the same SQL sent raw; then each search kind of the board's page
 * (GET /jobs?q=…, with its count) for one user, next to its raw page statements.
 *
 *   npx -y pnpm@10.34.9 --filter @app/web build     (the API renders the pages with the web build)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx -y pnpm@10.34.9 --filter @app/bench job-pages
 *
 *   BENCH_JOBS, BENCH_SECONDS (8), BENCH_LEVELS (1,4,16), BENCH_POOL (2: the API's default on two cores),
 *   BENCH_WEB (2: the API's WEB_CONCURRENCY, web processes sharing the port; one per core),
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
import { seedPublishedJobs } from "./seed-jobs.js";

const JOBS = Number(process.env.BENCH_JOBS ?? 1_000_000);
const LEVELS = (process.env.BENCH_LEVELS ?? "1,4,16").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = 41201;
// BENCH_PAGES: how many distinct ads the page runs cycle through (a small number shows the page cache warm).
const SAMPLE = Number(process.env.BENCH_PAGES ?? 20_000);

const webDist = fileURLToPath(new URL("../apps/web/dist", import.meta.url));
process.env.WEB_DIST = webDist;
// BENCH_DB: a database a run kept (BENCH_KEEP=1) with its ads, reused as it is (no seeding, not dropped).
const reused = process.env.BENCH_DB;
const db = reused === undefined ? await freshDatabase("i12_board") : { url: reused, drop: async () => {} };
console.error("starting the API (it migrates the fresh database)…");
const WEB_PROCESSES = process.env.BENCH_WEB ?? "2";
const api = await startApi(db.url, PORT, Number(process.env.BENCH_POOL ?? 2), { WEB_CONCURRENCY: WEB_PROCESSES });
const http = new LeanHttpClient("127.0.0.1", PORT);
const sql = postgres(db.url, { max: 20, onnotice: () => {}, prepare: false });
const BROWSER = { "accept-encoding": "br, gzip", accept: "text/html" };

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
  if (reused === undefined) await seedPublishedJobs(sql, JOBS);
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
    `\nJob pages (server-rendered HTML, brotli) on PostgreSQL over ${JOBS.toLocaleString("en")} published ads, ${SECONDS}s per run, ${WEB_PROCESSES} web processes\n`,
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
    // A search may send two statements (a bounded read, then a gather): the raw time is both, in turn.
    const statements = [...c.captured];
    const httpTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let n = 0; n < 33; n++) {
      let t0 = performance.now();
      const res = await http.get(path, BROWSER);
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      if (n >= 3) httpTimes.push(performance.now() - t0);
      t0 = performance.now();
      for (const st of statements) await runRaw(st);
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
