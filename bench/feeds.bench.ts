/**
 * A channel's XML job feed (GET /feeds/indeed.xml) on PostgreSQL over BENCH_JOBS open ads in that
 * channel (default 100,000): the time to the feed's last byte and how far the API process's memory
 * (resident set, sampled every 20 ms) rises above what it was at rest just before, next to the
 * same keyset page statements sent raw. The feed is streamed page by page, so memory should stay
 * flat however many ads there are. Median of BENCH_RUNS (3) runs.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx -y pnpm@10.34.9 --filter @app/bench feeds
 *
 *   BENCH_JOBS, BENCH_RUNS, BENCH_POOL (2), BENCH_KEEP=1 (keep the database) and BENCH_DB=<its url>
 *   (run again on it without seeding)
 */
import { readFileSync } from "node:fs";
import { request } from "node:http";
import postgres from "postgres";
import { drizzle } from "../apps/api/node_modules/drizzle-orm/postgres-js/index.js";
import { channelsRepository } from "../apps/api/src/modules/channels/channels.repository.js";
import { FEED_PAGE_SIZE } from "../apps/api/src/modules/channels/channels.service.js";
import * as schema from "../apps/api/src/db/schema/index.js";
import { freshDatabase, median, startApi } from "./lib.js";
import { seedPublishedJobs } from "./seed-jobs.js";

const JOBS = Number(process.env.BENCH_JOBS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = 41211;
const CHANNEL = "indeed";

const reused = process.env.BENCH_DB;
const db = reused === undefined ? await freshDatabase("i14_feeds") : { url: reused, drop: async () => {} };
console.error("starting the API (it migrates the fresh database)…");
const api = await startApi(db.url, PORT, Number(process.env.BENCH_POOL ?? 2));
const sql = postgres(db.url, { max: 4, onnotice: () => {}, prepare: false });

/** The API process's resident set in MB (Linux /proc). */
function apiRssMb(): number {
  const status = readFileSync(`/proc/${api.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

interface FeedRun {
  seconds: number;
  megabytes: number;
  jobs: number;
  restMb: number;
  peakMb: number;
}

/** Reads the whole feed as an aggregator would, counting bytes and <job> elements as they arrive. */
async function readFeed(): Promise<FeedRun> {
  await new Promise((r) => setTimeout(r, 500));
  const restMb = apiRssMb();
  let peakMb = restMb;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, apiRssMb())), 20);
  const t0 = performance.now();
  try {
    return await new Promise<FeedRun>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port: PORT, path: `/feeds/${CHANNEL}.xml` }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`/feeds/${CHANNEL}.xml answered ${res.statusCode}`));
        let bytes = 0;
        let jobs = 0;
        let tail = ""; // shorter than "<job>", so no element is counted twice
        let end = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          bytes += Buffer.byteLength(chunk);
          const text = tail + chunk;
          jobs += text.split("<job>").length - 1;
          tail = text.slice(-4);
          end = (end + chunk).slice(-16);
        });
        res.on("end", () => {
          if (!end.includes("</source>")) return reject(new Error("the feed did not end with </source>"));
          resolve({ seconds: (performance.now() - t0) / 1000, megabytes: bytes / 1e6, jobs, restMb, peakMb });
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
  } finally {
    clearInterval(sampler);
  }
}

interface Statement {
  text: string;
  params: unknown[];
}

/** The server's own page statements (first page, and a page after a job id), captured through a drizzle logger. */
async function pageStatements(): Promise<{ first: Statement; after: Statement; marker: string }> {
  const captured: Statement[] = [];
  const logged = drizzle(sql, { schema, logger: { logQuery: (text, params) => void captured.push({ text, params }) } });
  const marker = "00000000-0000-0000-0000-000000000000";
  await channelsRepository.feedPage(logged as never, CHANNEL, new Date(), null, FEED_PAGE_SIZE);
  await channelsRepository.feedPage(logged as never, CHANNEL, new Date(), marker, FEED_PAGE_SIZE);
  return { first: captured[0]!, after: captured[1]!, marker };
}

/** The same pages raw: every page of the feed, one after another, as the server reads them. */
async function readRaw(statements: Awaited<ReturnType<typeof pageStatements>>): Promise<{ seconds: number; jobs: number }> {
  const t0 = performance.now();
  let jobs = 0;
  let page = await sql.unsafe(statements.first.text, statements.first.params as never[]);
  for (;;) {
    jobs += page.length;
    if (page.length < FEED_PAGE_SIZE) break;
    const last = page[page.length - 1]!.id as string;
    const params = statements.after.params.map((p) => (p === statements.marker ? last : p));
    page = await sql.unsafe(statements.after.text, params as never[]);
  }
  return { seconds: (performance.now() - t0) / 1000, jobs };
}

try {
  if (reused === undefined) {
    await seedPublishedJobs(sql, JOBS);
    await sql`INSERT INTO job_channels (job_id, channel_slug, entered_at) SELECT id, ${CHANNEL}, published_at FROM jobs WHERE status = 'PUBLISHED'`;
    await sql`VACUUM ANALYZE job_channels`;
  }
  const statements = await pageStatements();
  await readFeed(); // warm-up: the API's code paths and PostgreSQL's caches
  const feeds: FeedRun[] = [];
  const raws: { seconds: number; jobs: number }[] = [];
  for (let n = 0; n < RUNS; n++) {
    feeds.push(await readFeed());
    raws.push(await readRaw(statements));
  }
  const m = (pick: (r: FeedRun) => number) => median(feeds.map(pick));
  const rise = m((r) => r.peakMb - r.restMb);
  console.log(`\n/feeds/${CHANNEL}.xml over ${JOBS.toLocaleString("en")} open ads, median of ${RUNS} runs`);
  console.log(
    `  HTTP: ${m((r) => r.seconds).toFixed(2)} s to the last byte, ${m((r) => r.megabytes).toFixed(0)} MB, ${m((r) => r.jobs)} jobs`,
  );
  console.log(
    `  API memory: ${m((r) => r.restMb).toFixed(0)} MB at rest, peak ${m((r) => r.peakMb).toFixed(0)} MB (+${rise.toFixed(0)} MB)`,
  );
  console.log(`  raw page statements: ${median(raws.map((r) => r.seconds)).toFixed(2)} s for ${raws[0]!.jobs} jobs`);
  if (feeds.some((r) => r.jobs !== JOBS && reused === undefined)) throw new Error("the feed did not hold every open ad");
} finally {
  api.kill();
  await sql.end();
  if (!process.env.BENCH_KEEP) await db.drop();
  else console.error(`kept ${db.url}`);
}
