import cluster from "node:cluster";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { metricsOfAllProcesses, shareWithPrimary } from "./cluster-metrics.js";
import type { PoolStats } from "../db/pool-stats.js";
import type { JobQueue } from "../queue/queue.js";

/** What services report (ServiceDeps.metrics): the business events an operator watches. */
export interface ServiceMetrics {
  /** A draft went live; `paidBy` is the job's payment source (credits of one side, or a card). */
  jobPublished(paidBy: string | null): void;
}

/** Operation names become labels: only well-formed ones, and a bounded number of them. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 300;

/**
 * The API's Prometheus metrics (prom-client), one registry per app. Served at /metrics, which
 * only the machine itself or a holder of OPS_TOKEN may read (http/ops.ts).
 */
export class AppMetrics implements ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests: Counter<"operation" | "outcome">;
  private readonly latency: Histogram<"operation">;
  private readonly errors: Counter<"code" | "operation">;
  private readonly http: Counter<"route" | "status">;
  private readonly published: Counter<"paid_by">;
  private readonly credits: Counter<"payer">;
  private readonly queueRuns: Counter<"job" | "outcome">;

  constructor(sources: { pools: () => PoolStats[]; queue: JobQueue }) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: "graphql_requests_total",
      help: "GraphQL requests by operation name and outcome (ok, or error)",
      labelNames: ["operation", "outcome"],
      registers,
    });
    this.latency = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "GraphQL request latency by operation name, from the request's first byte to its response",
      labelNames: ["operation"],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.errors = new Counter({
      name: "graphql_errors_total",
      help: "Errors in GraphQL responses by extensions.code (the contract's codes) and operation",
      labelNames: ["code", "operation"],
      registers,
    });
    this.http = new Counter({
      name: "http_requests_total",
      help: "HTTP requests by route (graphql, healthz, feed, static, …) and status",
      labelNames: ["route", "status"],
      registers,
    });
    this.published = new Counter({
      name: "jobs_published_total",
      help: "Job ads published, by what paid for them",
      labelNames: ["paid_by"],
      registers,
    });
    this.credits = new Counter({
      name: "credits_spent_total",
      help: "Job-ad credits spent on publishes, by whose credits (employer's own or the agency's shared ones)",
      labelNames: ["payer"],
      registers,
    });
    this.queueRuns = new Counter({
      name: "queue_job_attempts_total",
      help: "Queue job attempts this process ran, by job name and outcome (done, failed, dead)",
      labelNames: ["job", "outcome"],
      registers,
    });
    new Gauge({
      name: "db_pool_size",
      help: "Connections each database pool may open",
      labelNames: ["pool"],
      registers,
      collect() {
        this.reset();
        for (const p of sources.pools()) this.set({ pool: p.name }, p.max);
      },
    });
    new Gauge({
      name: "db_pool_in_use",
      help: "Connections in use per pool (a running query or an open transaction holds one)",
      labelNames: ["pool"],
      registers,
      collect() {
        this.reset();
        for (const p of sources.pools()) this.set({ pool: p.name }, Math.min(p.active, p.max));
      },
    });
    new Gauge({
      name: "db_pool_waiting",
      help: "Queries and transactions waiting for a connection per pool",
      labelNames: ["pool"],
      registers,
      collect() {
        this.reset();
        for (const p of sources.pools()) this.set({ pool: p.name }, Math.max(0, p.active - p.max));
      },
    });
    const stats = () => sources.queue.stats().catch(() => []);
    new Gauge({
      name: "queue_jobs",
      help: "Queue jobs by state (queued, running, failed = waiting for a retry, dead = dead letters)",
      labelNames: ["state"],
      registers,
      async collect() {
        this.reset();
        for (const state of ["queued", "running", "failed", "dead"]) this.set({ state }, 0);
        for (const s of await stats()) this.set({ state: s.state }, s.count);
      },
    });
    new Gauge({
      name: "queue_oldest_due_seconds",
      help: "How long the oldest due queue job has waited, by state (queued, failed); 0 when none is due",
      labelNames: ["state"],
      registers,
      async collect() {
        this.reset();
        const now = Date.now();
        for (const state of ["queued", "failed"]) this.set({ state }, 0);
        for (const s of await stats())
          if ((s.state === "queued" || s.state === "failed") && s.oldestRunAt !== null)
            this.set({ state: s.state }, Math.max(0, (now - s.oldestRunAt.getTime()) / 1000));
      },
    });
    sources.queue.onOutcome((job, outcome) => this.queueRuns.inc({ job: job.name, outcome }));
    shareWithPrimary(this.registry);
  }

  operationLabel(name: string | null | undefined): string {
    if (name === null || name === undefined || name === "") return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return "other";
    this.operations.add(name);
    return name;
  }

  graphqlRequest(operation: string, seconds: number, errorCodes: readonly string[]): void {
    this.requests.inc({ operation, outcome: errorCodes.length === 0 ? "ok" : "error" });
    this.latency.observe({ operation }, seconds);
    for (const code of errorCodes) this.errors.inc({ code, operation });
  }

  httpRequest(route: string, status: number): void {
    this.http.inc({ route, status: String(status) });
  }

  jobPublished(paidBy: string | null): void {
    this.published.inc({ paid_by: paidBy ?? "unknown" });
    // R2: a publish paid with credits spends one.
    if (paidBy === "SERVICE_PROVIDER_CREDITS" || paidBy === "OWN_CREDITS")
      this.credits.inc({ payer: paidBy === "SERVICE_PROVIDER_CREDITS" ? "service_provider" : "employer" });
  }

  async text(): Promise<{ contentType: string; body: string }> {
    const body = cluster.isWorker ? await metricsOfAllProcesses() : await this.registry.metrics();
    return { contentType: this.registry.contentType, body };
  }
}
