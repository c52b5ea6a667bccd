import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { LeanHttpClient } from "./http-client.js";
import { startPgBouncer } from "../apps/api/test/pgbouncer.js";

/** BENCH_PGBOUNCER=1: the API reaches PostgreSQL through PgBouncer in transaction pooling mode (port 41970 + the API port % 10). */
const THROUGH_PGBOUNCER = process.env.BENCH_PGBOUNCER === "1";

export const ADMIN_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A fresh database on the server DATABASE_URL points at. */
export async function freshDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now()}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Starts the API (apps/api/src/main.ts) as its own process, as production runs it, with `poolMax` database connections. */
export async function startApi(
  databaseUrl: string,
  port: number,
  poolMax: number,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  let apiDatabaseUrl = databaseUrl;
  if (THROUGH_PGBOUNCER) {
    const target = new URL(databaseUrl);
    const bouncer = await startPgBouncer({ host: target.hostname, port: Number(target.port || 5432) }, 41970 + (port % 10));
    process.on("exit", () => bouncer.kill());
    apiDatabaseUrl = bouncer.url(target.pathname.slice(1));
    console.error(`the API reaches the database through PgBouncer (transaction mode): ${apiDatabaseUrl}`);
  }
  const apiDir = fileURLToPath(new URL("../apps/api", import.meta.url));
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  // BENCH_NODE_FLAGS: extra V8/Node flags to try on the API's processes (its web workers inherit them).
  const extra = (process.env.BENCH_NODE_FLAGS ?? "").split(/\s+/).filter((f) => f !== "");
  // The same flags as apps/api's start script.
  const child = spawn(process.execPath, [...profile, "--max-semi-space-size=32", ...extra, "--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: apiDatabaseUrl,
      ...(THROUGH_PGBOUNCER ? { DATABASE_POOLER: "transaction" } : {}),
      PORT: String(port),
      SEED_DEMO: "false",
      LOG_SILENT: "1",
      DB_POOL_MAX: String(poolMax),
      NODE_ENV: "production",
      ALLOW_TEST_PAYMENTS: "true",
      ...env,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  apiPid = child.pid;
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("/graphql")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`API exited with ${code}`)));
  });
  return child;
}

const clients = new Map<string, LeanHttpClient>();

export async function gql(url: string, cookie: string, query: string, variables: Record<string, unknown>): Promise<any> {
  let client = clients.get(url);
  if (client === undefined) {
    const { hostname, port } = new URL(url);
    client = new LeanHttpClient(hostname, Number(port));
    clients.set(url, client);
  }
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (cookie !== "") headers.cookie = cookie;
  const res = await client.post("/graphql", headers, JSON.stringify({ query, variables }));
  return JSON.parse(res.body);
}

export interface RunResult {
  requests: number;
  errors: number;
  seconds: number;
  latenciesMs: number[];
  /** CPU milliseconds each part of the machine spent during the run (Linux /proc; empty elsewhere). */
  cpuMs: CpuSplit;
}

export interface CpuSplit {
  api: number;
  database: number;
  bench: number;
  /** How busy the whole machine was, in % of all its cores (anything else running counts too). */
  machineBusyPct: number;
}

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of a process in ms, or 0 when it is gone. */
function processCpuMs(pid: number): number {
  try {
    // The command name may hold spaces and parentheses: fields count from the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The API's processes: the one started and, with WEB_CONCURRENCY, its web workers. */
function apiPids(root: number): number[] {
  try {
    const children = readFileSync(`/proc/${root}/task/${root}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return [root, ...children];
  } catch {
    return [root];
  }
}

function postgresPids(): number[] {
  try {
    return readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .map(Number)
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres";
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}

/** The API process's pid, set by startApi, so runs can say what CPU the API itself spent. */
let apiPid: number | undefined;

/** Busy and total ticks of all cores since boot (the first line of /proc/stat). */
function machineTicks(): { busy: number; total: number } {
  try {
    const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync("/proc/stat", "utf8")
      .split("\n")[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy, total: busy + idle! + iowait! };
  } catch {
    return { busy: 0, total: 0 };
  }
}

function cpuNow(): { api: number; database: Map<number, number>; bench: number; machine: { busy: number; total: number } } {
  const database = new Map(postgresPids().map((pid) => [pid, processCpuMs(pid)] as const));
  const self = process.cpuUsage();
  return {
    api: apiPid === undefined ? 0 : apiPids(apiPid).reduce((sum, pid) => sum + processCpuMs(pid), 0),
    database,
    bench: (self.user + self.system) / 1000,
    machine: machineTicks(),
  };
}

function cpuSince(before: ReturnType<typeof cpuNow>): CpuSplit {
  const after = cpuNow();
  let database = 0;
  // Backends that started during the run count from 0.
  for (const [pid, ms] of after.database) database += ms - (before.database.get(pid) ?? 0);
  const total = after.machine.total - before.machine.total;
  const machineBusyPct = total > 0 ? (100 * (after.machine.busy - before.machine.busy)) / total : 0;
  return { api: after.api - before.api, database, bench: after.bench - before.bench, machineBusyPct };
}

/** Runs `clients` loops at once, each taking work items until none are left or time runs out. */
export async function drive(
  clients: number,
  seconds: number,
  next: (client: number) => (() => Promise<boolean>) | null,
): Promise<RunResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  const cpuBefore = cpuNow();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < deadline) {
        const work = next(client);
        if (work === null) return;
        const t0 = performance.now();
        const ok = await work().catch(() => false);
        latenciesMs.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { requests: latenciesMs.length, errors, seconds: elapsed, latenciesMs, cpuMs: cpuSince(cpuBefore) };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function row(label: string, r: RunResult): string {
  const rps = r.requests / r.seconds;
  const perRequest = (ms: number) => (r.requests === 0 ? "-" : (ms / r.requests).toFixed(2));
  const cpu = `cpu ms/req: api ${perRequest(r.cpuMs.api)}, db ${perRequest(r.cpuMs.database)}, bench ${perRequest(r.cpuMs.bench)}; machine busy ${r.cpuMs.machineBusyPct.toFixed(0)}%`;
  return `${label.padEnd(34)} ${rps.toFixed(0).padStart(6)} req/s   p50 ${percentile(r.latenciesMs, 50).toFixed(1).padStart(6)} ms   p99 ${percentile(r.latenciesMs, 99).toFixed(1).padStart(6)} ms   errors ${r.errors}   ${cpu}`;
}
