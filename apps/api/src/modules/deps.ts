import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Clock } from "../lib/clock.js";
import type { PaymentProvider } from "../lib/payment-provider.js";
import type { JobQueue } from "../queue/queue.js";
import type { ServiceMetrics } from "../observability/metrics.js";

/** What every service is built from; tests hand in their own database, clock and provider. */
export interface ServiceDeps {
  db: Db;
  /** For the per-request session lookup (Database.sessionDb); db when not given. */
  sessionDb?: Db;
  /** For the public job board's reads (Database.boardDb); db when not given. */
  boardDb?: Db;
  clock: Clock;
  config: Config;
  payments: PaymentProvider;
  /** The durable job queue (src/queue/); createServices makes one when not given. */
  queue?: JobQueue;
  /** Business counters for /metrics (publishes, credits spent); nothing is counted when not given. */
  metrics?: ServiceMetrics;
}
