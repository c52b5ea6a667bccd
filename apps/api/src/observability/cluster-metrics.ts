import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { AggregatorRegistry, type Registry } from "prom-client";

const ASK = "metrics:ask";
const ANSWER = "metrics:answer";
/** A scrape waits this long for the primary to gather every web process's figures. */
const ASK_TIMEOUT_MS = 5_000;

interface Answer {
  type: typeof ANSWER;
  id: string;
  body?: string;
  error?: string;
}

/**
 * With WEB_CONCURRENCY web processes, a scrape of /metrics lands on one of them, which would
 * answer for itself alone. Each worker lets prom-client's cluster aggregation read its registry;
 * the worker that took the scrape asks the primary, which sums every worker's figures.
 */
export function shareWithPrimary(registry: Registry): void {
  if (!cluster.isWorker) return;
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one in a worker adds prom-client's listener that answers the primary.
  new AggregatorRegistry();
}

/** In a worker: every web process's metrics as one Prometheus text. */
export function metricsOfAllProcesses(): Promise<string> {
  const id = randomUUID();
  return new Promise((resolve, reject) => {
    const onMessage = (message: Answer) => {
      if (message?.type !== ANSWER || message.id !== id) return;
      clearTimeout(timer);
      process.off("message", onMessage);
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.body ?? "");
    };
    const timer = setTimeout(() => {
      process.off("message", onMessage);
      reject(new Error("The other web processes did not send their metrics in time."));
    }, ASK_TIMEOUT_MS);
    process.on("message", onMessage);
    process.send!({ type: ASK, id });
  });
}

/** In the primary: answers the workers' asks with the sum of every worker's metrics. */
export function answerMetricsAsks(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: { type?: string; id?: string }) => {
    const id = message?.id;
    if (message?.type !== ASK || id === undefined) return;
    aggregator.clusterMetrics().then(
      (body) => worker.send({ type: ANSWER, id, body } satisfies Answer),
      (error: unknown) => worker.send({ type: ANSWER, id, error: String(error) } satisfies Answer),
    );
  });
}
