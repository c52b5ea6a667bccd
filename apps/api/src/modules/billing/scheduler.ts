import type { Clock } from "../../lib/clock.js";
import { log } from "../../lib/log.js";
import type { SubscriptionService } from "./subscriptions.service.js";

/**
 * Runs billing's scheduled work (subscription renewals and ends, credit expiry) from the schedule
 * kept in the database: every API process may run one; a renewal is claimed by exactly one of them
 * and its charge is idempotent, so nothing is charged or granted twice. Missed runs catch up on the
 * next one. Tests call runDueWork(now) directly with a moved clock.
 */
export class Scheduler {
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly subscriptions: Pick<SubscriptionService, "runDueWork">,
    private readonly clock: Clock,
  ) {}

  runDueWork(now: Date = this.clock.now()) {
    return this.subscriptions.runDueWork(now);
  }

  /** Runs now and then every `intervalMs`, one run at a time; the timer never keeps the process alive. */
  start(intervalMs = 60_000): () => void {
    const tick = () => {
      if (this.running !== null) return;
      this.running = this.runDueWork()
        .then((done) => {
          if (done.renewals > 0 || done.expiredOrganizations > 0 || done.failures > 0) log.info("billing schedule ran", done);
        })
        .catch((error: unknown) =>
          log.error("billing schedule failed", { error: error instanceof Error ? error.stack : String(error) }),
        )
        .finally(() => {
          this.running = null;
        });
    };
    tick();
    const timer = setInterval(tick, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
