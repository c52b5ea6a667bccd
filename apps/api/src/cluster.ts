import cluster, { type Worker } from "node:cluster";
import { log } from "./lib/log.js";
import { answerMetricsAsks } from "./observability/cluster-metrics.js";

/** A worker that dies this soon after starting is failing to start, not crashing under load: stop. */
const STARTUP_FAILURE_MS = 5_000;

/**
 * The primary of WEB_CONCURRENCY web processes: they share one listening port (node:cluster hands
 * connections round-robin), so a second core renders pages too. The primary serves nothing; it
 * starts the workers once the database is prepared, replaces one that dies, and passes SIGTERM
 * and SIGINT on so each drains its requests. Resolves with the first worker's address.
 */
export function superviseWorkers(count: number): Promise<{ port: number }> {
  let shuttingDown = false;
  const started = new Map<number, number>();
  const fork = (): Worker => {
    const worker = cluster.fork();
    started.set(worker.id, Date.now());
    return worker;
  };
  cluster.on("exit", (worker, code, signal) => {
    if (shuttingDown) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const ranMs = Date.now() - (started.get(worker.id) ?? 0);
    log.error("a web process exited", { pid: worker.process.pid, code, signal, ranMs });
    if (ranMs < STARTUP_FAILURE_MS) {
      // Restarting a process that cannot start would spin; the deploy's supervisor sees the exit instead.
      shuttingDown = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
      process.exitCode = 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(1);
      return;
    }
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info("stopping the web processes", { signal });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  const listening = new Promise<{ port: number }>((resolve) =>
    cluster.once("listening", (_worker, address) => resolve({ port: address.port })),
  );
  answerMetricsAsks();
  for (let i = 0; i < count; i++) fork();
  return listening;
}
