/**
 * portalJobs searches through HTTP on PostgreSQL over BENCH_JOBS published jobs (default one
 * million), at 1, 4 and 16 clients, next to the very statements the server runs, replayed raw
 * (postgres.js, unnamed statements as the server uses); then the first-page latency a single user
 * sees for each kind of search.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx -y pnpm@10.34.9 --filter @app/bench portal-search
 *   (or: cd bench && BENCH_JOBS=200000 npx tsx portal-search.bench.ts)
 *
 *   BENCH_EXPLAIN=1  also prints EXPLAIN (ANALYZE, BUFFERS) of every search's page and count statement
 *   BENCH_KEEP=1     keeps the database (its URL is printed) for looking at plans by hand
 *
 * Data: one big agency owns half the jobs (25 clients); 199 small agencies (3 clients each) share
 * the other half, about 2,500 jobs each. Titles, descriptions and cities come from small
 * vocabularies, so a common word matches ~1/30 of the rows, a city 1/20 and "sponsorship" 0.1%; two
 * skills out of about 130 give the ads a vocabulary of realistic size.
 *
 * The raw statements are not written out here: they are captured from portal.repository.ts
 * itself (board and boardCount through a drizzle logger), so they are the server's own SQL.
 */
import postgres from "postgres";
// The API's own drizzle-orm (bench does not depend on it), so the repository and this instance share one copy.
import { drizzle } from "../apps/api/node_modules/drizzle-orm/postgres-js/index.js";
import { portalRepository, searchTokens } from "../apps/api/src/modules/portal/portal.repository.js";
import * as schema from "../apps/api/src/db/schema/index.js";
import { drive, freshDatabase, gql, percentile, startApi, type RunResult } from "./lib.js";
import { loadJobsInBatches } from "./seed-jobs.js";

const JOBS = Number(process.env.BENCH_JOBS ?? 1_000_000);
const LEVELS = (process.env.BENCH_LEVELS ?? "1,4,16").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = 4611;
const PAGE = 20;
const COUNT_CAP = 1000; // TOTAL_COUNT_CAP in apps/api/src/modules/portal/portal.service.ts
const COUNT_ESTIMATE_TRUSTED = 5000; // COUNT_ESTIMATE_TRUSTED there
const SMALL_AGENCIES = 199;
/** Skills named in the ads: a vocabulary of a realistic size, so ANALYZE keeps 100+ common words (it estimates prefixes from them). */
const SKILL_LIST = [
  "customer service",
  "teamwork",
  "forklift",
  "excel",
  "scheduling",
  "budgeting",
  "safety",
  "compliance",
  "cooking",
  "baking",
  "pastry",
  "coffee",
  "cocktails",
  "inventory",
  "ordering",
  "rostering",
  "payroll",
  "bookkeeping",
  "invoicing",
  "reporting",
  "auditing",
  "tax",
  "welding",
  "fabrication",
  "machining",
  "wiring",
  "plumbing",
  "carpentry",
  "framing",
  "tiling",
  "painting",
  "roofing",
  "landscaping",
  "mowing",
  "pruning",
  "driving",
  "delivery",
  "logistics",
  "warehousing",
  "packing",
  "picking",
  "sales",
  "marketing",
  "negotiation",
  "training",
  "mentoring",
  "coaching",
  "leadership",
  "planning",
  "design",
  "drafting",
  "surveying",
  "testing",
  "debugging",
  "python",
  "javascript",
  "sql",
  "networking",
  "security",
  "support",
  "triage",
  "medication",
  "wound care",
  "aged care",
  "disability",
  "childcare",
  "teaching",
  "tutoring",
  "curriculum",
  "research",
  "writing",
  "editing",
  "translation",
  "reception",
  "filing",
  "typing",
  "data entry",
  "phones",
  "cleaning",
  "laundry",
  "housekeeping",
  "hygiene",
  "first aid",
  "cpr",
  "lifting",
  "ladders",
  "scaffolding",
  "concrete",
  "bricklaying",
  "demolition",
  "excavation",
  "surveying",
  "estimating",
  "quoting",
  "tendering",
  "procurement",
  "contracts",
  "recruitment",
  "onboarding",
  "rostering",
  "hospitality",
  "barista skills",
  "grill",
  "butchery",
  "baking bread",
  "food safety",
  "stock control",
  "merchandising",
  "visual display",
  "cash handling",
  "eftpos",
  "point of sale",
  "bar service",
  "wine",
  "beer",
  "events",
  "catering",
  "functions",
  "travel",
  "bookings",
  "tours",
  "guiding",
  "fitness",
  "coaching sport",
  "swimming",
];
const SKILLS = `ARRAY[${SKILL_LIST.map((w) => `'${w}'`).join(",")}]`;
const SKILLS_COUNT = SKILL_LIST.length;

const BOARD = `query($slug: String!, $query: String, $location: String, $first: Int!, $after: String) {
  portalJobs(slug: $slug, query: $query, location: $location, first: $first, after: $after) {
    totalCount hasNextPage endCursor nodes { id title employerName location { city state } workType publishedAt salary { min max period } } } }`;

interface Search {
  label: string;
  portal: "big" | "small";
  query: string | null;
  location: string | null;
  /** Page 2: the cursor the server gave for page 1. */
  after?: { cursor: string; publishedAt: string; id: string };
}

const SEARCHES: Search[] = [
  { label: "everything", portal: "big", query: null, location: null },
  { label: "one common word", portal: "big", query: "barista", location: null },
  { label: "two words", portal: "big", query: "senior nurse", location: null },
  { label: "prefix", portal: "big", query: "electri", location: null },
  { label: "rare word", portal: "big", query: "sponsorship", location: null },
  { label: "location", portal: "big", query: null, location: "Brisbane" },
  { label: "word + location", portal: "big", query: "chef", location: "Perth" },
  { label: "small portal: word", portal: "small", query: "barista", location: null },
  { label: "small portal: word + loc.", portal: "small", query: "chef", location: "Perth" },
];

const db = await freshDatabase("bench_portal");
console.error("starting the API (it migrates the fresh database)…");
// The figures in the README were taken with 8 connections.
const api = await startApi(db.url, PORT, Number(process.env.BENCH_POOL ?? 8));
const url = `http://127.0.0.1:${PORT}`;
const sql = postgres(db.url, { max: 20, onnotice: () => {}, prepare: false });

interface Seeded {
  big: { id: string; slug: string };
  small: { id: string; slug: string };
}

async function seed(): Promise<Seeded> {
  const agencies: string[] = [];
  const clients: string[] = [];
  for (let a = 0; a <= SMALL_AGENCIES; a++) {
    const { id } = (
      await sql`INSERT INTO organizations (kind, name) VALUES ('SERVICE_PROVIDER', ${"Agency " + a}) RETURNING id`
    )[0]!;
    agencies.push(id);
    const rows =
      await sql`INSERT INTO organizations (kind, name) SELECT 'EMPLOYER', 'Client ' || ${a} || '-' || g FROM generate_series(1, ${a === 0 ? 25 : 3}::int) g RETURNING id`;
    clients.push(...rows.map((r) => r.id as string));
  }
  await sql`INSERT INTO portals (service_provider_id, slug, title) VALUES (${agencies[0]!}, 'big-portal', 'Big Jobs'), (${agencies[1]!}, 'small-portal', 'Small Jobs')`;
  await loadJobsInBatches(
    sql,
    JOBS,
    (from, to) =>
      // Client k of agency a is clients[a === 0 ? k : 25 + (a - 1) * 3 + k].
      sql`
      INSERT INTO jobs (employer_id, created_by_service_provider_id, title, description, city, state, country, work_type,
                        salary_min, salary_max, salary_period, salary_currency, status, duration_days, created_at, updated_at, published_at, closes_at,
                        paid_by, payer_organization_id)
      SELECT (${sql.array(clients)}::uuid[])[1 + CASE WHEN pick.a = 0 THEN abs(hashint4(i + 23)) % 25 ELSE 25 + (pick.a - 1) * 3 + abs(hashint4(i + 23)) % 3 END],
        (${sql.array(agencies)}::uuid[])[1 + pick.a],
        (ARRAY['Senior','Junior','Lead','Casual','Trainee','Assistant'])[1 + abs(hashint4(i)) % 6] || ' ' ||
        (ARRAY['Barista','Chef','Nurse','Electrician','Plumber','Accountant','Driver','Teacher','Cleaner','Welder',
               'Carpenter','Receptionist','Mechanic','Developer','Analyst','Labourer','Pharmacist','Butcher','Baker','Gardener',
               'Painter','Tiler','Bricklayer','Cook','Waiter','Bartender','Librarian','Surveyor','Engineer','Designer'])[1 + abs(hashint4(i + 7)) % 30],
        'Join our friendly team in a busy ' ||
        (ARRAY['cafe','hospital','workshop','office','school','warehouse','site','restaurant','clinic','store'])[1 + abs(hashint4(i + 3)) % 10] ||
        '. You will work with ' || (ARRAY['customers','patients','students','clients','suppliers'])[1 + abs(hashint4(i + 5)) % 5] ||
        ' every day and grow your skills with paid training. Skills: ' ||
        (${sql.unsafe(SKILLS)})[1 + abs(hashint4(i + 29)) % ${SKILLS_COUNT}::int] || ', ' || (${sql.unsafe(SKILLS)})[1 + abs(hashint4(i + 31)) % ${SKILLS_COUNT}::int] ||
        '. Reference ' || i ||
        CASE WHEN i % 1000 = 0 THEN '. Visa sponsorship available.' ELSE '.' END,
        (ARRAY['Sydney','Melbourne','Brisbane','Perth','Adelaide','Hobart','Darwin','Canberra','Newcastle','Geelong',
               'Cairns','Townsville','Wollongong','Ballarat','Bendigo','Launceston','Mackay','Toowoomba','Albury','Manly'])[1 + abs(hashint4(i + 11)) % 20],
        (ARRAY['NSW','VIC','QLD','WA','SA','TAS','NT','ACT'])[1 + abs(hashint4(i + 13)) % 8],
        'AU', 'FULL_TIME', 50000 + abs(hashint4(i)) % 50000, 100000 + abs(hashint4(i)) % 50000, 'YEAR', 'AUD', 'PUBLISHED', 30,
        now() - make_interval(secs => i * 2), now() - make_interval(secs => i * 2), now() - make_interval(secs => i * 2),
        now() - make_interval(secs => i * 2) + interval '400 days',
        'SERVICE_PROVIDER_CREDITS', (${sql.array(agencies)}::uuid[])[1 + pick.a]
      FROM generate_series(${from}::int, ${to}::int) i
      CROSS JOIN LATERAL (
        SELECT CASE WHEN abs(hashint4(i + 17)) % 2 = 0 THEN 0 ELSE 1 + abs(hashint4(i + 19)) % ${SMALL_AGENCIES}::int END AS a
      ) pick`,
  );
  return { big: { id: agencies[0]!, slug: "big-portal" }, small: { id: agencies[1]!, slug: "small-portal" } };
}

interface Statement {
  text: string;
  params: unknown[];
}

/** A page is one statement, or two when its first bounded read finds too few matches (newestFirstPage). */
interface ServerStatements {
  /** What portalRepository.board answered (the page's own rows, which HTTP must show). */
  pageIds: string[];
  page: Statement[];
  estimate: Statement;
  count: Statement | null;
}

/** The page and count statements portal.repository.ts sends for a search, captured through drizzle's logger. */
async function serverStatements(providerId: string, s: Search): Promise<ServerStatements> {
  const captured: Statement[] = [];
  const capture = drizzle(sql, { schema, logger: { logQuery: (text, params) => void captured.push({ text, params }) } });
  const filter = {
    serviceProviderId: providerId,
    now: new Date(),
    words: searchTokens(s.query).slice(0, 6),
    place: searchTokens(s.location).slice(0, 4),
  };
  const after = s.after === undefined ? null : { publishedAt: new Date(s.after.publishedAt), id: s.after.id };
  const rows = await portalRepository.board(capture as never, { ...filter, after, limit: PAGE + 1 });
  const pageEnd = captured.length;
  // As PortalService.portalJobs: count only when the planner expects fewer than COUNT_ESTIMATE_TRUSTED.
  const estimate = await portalRepository.boardCountEstimate(capture as never, filter);
  await portalRepository.boardCount(capture as never, filter, COUNT_CAP);
  return {
    pageIds: rows.map((r) => r.id),
    page: captured.slice(0, pageEnd),
    estimate: captured[pageEnd]!,
    count: estimate >= COUNT_ESTIMATE_TRUSTED ? null : captured[pageEnd + 1]!,
  };
}

const run = (st: Statement) => sql.unsafe(st.text, st.params as never[]);
/** A page's statements in turn. */
async function runPage(page: Statement[]): Promise<void> {
  for (const st of page) await run(st);
}

async function httpSearch(slug: string, s: Search): Promise<boolean> {
  const body = await gql(url, "", BOARD, {
    slug,
    query: s.query,
    location: s.location,
    first: PAGE,
    after: s.after?.cursor ?? null,
  });
  return body.data?.portalJobs?.nodes !== undefined && body.errors === undefined;
}

function line(label: string, r: RunResult): string {
  return `${label.padEnd(30)} ${(r.requests / r.seconds).toFixed(0).padStart(6)} req/s   p50 ${percentile(r.latenciesMs, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(r.latenciesMs, 95).toFixed(1).padStart(6)} ms   p99 ${percentile(r.latenciesMs, 99).toFixed(1).padStart(6)} ms   errors ${r.errors}`;
}

try {
  const portals = await seed();
  const slugOf = (s: Search) => portals[s.portal].slug;
  // Second pages, from the server's own cursors.
  for (const base of [SEARCHES[0]!, SEARCHES[1]!]) {
    const first = await gql(url, "", BOARD, { slug: slugOf(base), query: base.query, location: base.location, first: PAGE });
    if (first.data == null) throw new Error(`portalJobs failed: ${JSON.stringify(first).slice(0, 500)}`);
    const last = first.data.portalJobs.nodes.at(-1);
    SEARCHES.push({
      ...base,
      label: `${base.label}, page 2`,
      after: { cursor: first.data.portalJobs.endCursor, publishedAt: last.publishedAt, id: last.id },
    });
  }
  const statements = new Map<Search, ServerStatements>();
  for (const s of SEARCHES) {
    const res = await gql(url, "", BOARD, {
      slug: slugOf(s),
      query: s.query,
      location: s.location,
      first: PAGE,
      after: s.after?.cursor ?? null,
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const st = await serverStatements(portals[s.portal].id, s);
    statements.set(s, st);
    const ids = st.pageIds;
    const same =
      ids.slice(0, PAGE).every((id, k) => id === res.data.portalJobs.nodes[k]?.id) &&
      ids.length - (ids.length > PAGE ? 1 : 0) === res.data.portalJobs.nodes.length;
    console.error(
      `  ${s.label.padEnd(28)} totalCount ${String(res.data.portalJobs.totalCount).padStart(4)}, first hit "${res.data.portalJobs.nodes[0]?.title ?? "-"}"${same ? "" : "  RAW AND HTTP DIFFER"}`,
    );
    if (process.env.BENCH_EXPLAIN) {
      for (const [kind, q] of [...st.page.map((q) => ["page", q] as const), ["count", st.count] as const]) {
        if (q === null) {
          console.log(`\n--- ${s.label}: count skipped (estimate ≥ ${COUNT_ESTIMATE_TRUSTED})`);
          continue;
        }
        const plan = await sql.unsafe(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.params as never[]);
        console.log(`\n--- ${s.label}: ${kind}\n${plan.map((p) => p["QUERY PLAN"]).join("\n")}`);
      }
    }
  }
  const pick = (i: number) => SEARCHES[i % SEARCHES.length]!;
  // Warm up the server's JIT, its pool and the cache.
  let w = 0;
  await drive(4, 3, () => () => {
    const s = pick(w++);
    return httpSearch(slugOf(s), s);
  });

  console.log(
    `\nportalJobs on PostgreSQL over ${JOBS.toLocaleString("en")} published jobs, ${SECONDS}s per run, ${SEARCHES.length} searches in turn (HTTP asks for totalCount)\n`,
  );
  for (const clients of LEVELS) {
    let i = 0;
    const http = await drive(clients, SECONDS, () => () => {
      const s = pick(i++);
      return httpSearch(slugOf(s), s);
    });
    i = 0;
    const raw = await drive(clients, SECONDS, () => async () => {
      await runPage(statements.get(pick(i++))!.page);
      return true;
    });
    i = 0;
    const rawCount = await drive(clients, SECONDS, () => async () => {
      const st = statements.get(pick(i++))!;
      await runPage(st.page);
      await run(st.estimate);
      if (st.count !== null) await run(st.count);
      return true;
    });
    const p95 = (r: RunResult) => percentile(r.latenciesMs, 95);
    console.log(line(`HTTP, ${clients} clients`, http));
    console.log(line(`raw page, ${clients} clients`, raw));
    console.log(
      line(`raw page + count, ${clients} clients`, rawCount) +
        `   HTTP p95 / raw page+count p95 ${(p95(http) / p95(rawCount)).toFixed(2)}×, / raw page p95 ${(p95(http) / p95(raw)).toFixed(2)}×`,
    );
    console.log("");
  }

  console.log("one user, one request at a time: HTTP (page + totalCount) and the raw page statement");
  for (const s of SEARCHES) {
    const times: number[] = [];
    const rawTimes: number[] = [];
    for (let k = 0; k < 30; k++) {
      let t0 = performance.now();
      await httpSearch(slugOf(s), s);
      times.push(performance.now() - t0);
      t0 = performance.now();
      await runPage(statements.get(s)!.page);
      rawTimes.push(performance.now() - t0);
    }
    console.log(
      `  ${s.label.padEnd(28)} HTTP p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms  max ${Math.max(
        ...times,
      )
        .toFixed(1)
        .padStart(6)} ms   raw page p50 ${percentile(rawTimes, 50).toFixed(1).padStart(6)} ms`,
    );
  }
} catch (e) {
  // The exit below would otherwise end the run as a success with nothing printed.
  console.error(e);
  process.exitCode = 1;
} finally {
  await sql.end();
  api.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  if (process.env.BENCH_KEEP) console.error(`kept the database: ${db.url}`);
  else await db.drop();
  process.exit();
}
