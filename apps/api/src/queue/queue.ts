import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Db, Executor } from "../db/client.js";
import type { Clock } from "../lib/clock.js";
import { log } from "../lib/log.js";
import { DEFAULT_MAX_ATTEMPTS, retryDelayMs, RETRY_BASE_MS, slotStart } from "./backoff.js";
import { queueRepository as repo, type QueueJobRow, type QueueJobState } from "./queue.repository.js";

/** What a handler is told about the attempt it runs. */
export interface QueueJobContext {
  id: number;
  name: string;
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
  /** The clock's time when the attempt was claimed (a schedule's handler: the slot's start is payload.slot). */
  now: Date;
}

/** Does the work or throws; a throw is retried with backoff until the job's attempts run out. */
export type QueueHandler<P = unknown> = (payload: P, job: QueueJobContext) => Promise<unknown>;

export interface HandlerOptions {
  /** Attempts before the dead letters (default: the queue's, 3). */
  maxAttempts?: number;
  /** The first retry's wait; doubles each time (default: the queue's, 30 s). */
  retryBaseMs?: number;
}

export interface ScheduleOptions {
  /** The handler to run; the schedule's own name when not given. */
  handler?: string;
  payload?: Record<string, unknown>;
  /** Slots start this far after each multiple of the interval from the epoch (a daily run at 22:00 UTC). */
  offsetMs?: number;
}

export interface EnqueueOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** At most one job with this key ever exists: enqueueing it again returns null. */
  key?: string;
  maxAttempts?: number;
}

export interface QueueOptions {
  /** How long a claim lasts without a heartbeat: a stopped process's jobs are claimed again after it (default 60 s). */
  leaseMs?: number;
  /** How often an idle worker looks for due jobs (default 1 s). */
  pollMs?: number;
  /** Jobs one process runs at once (default 4). */
  concurrency?: number;
  /** Finished jobs are kept this long for the operator to see (default 7 days). */
  keepDoneMs?: number;
  /** Defaults for handlers that set none: attempts before the dead letters, and the first retry's wait. */
  maxAttempts?: number;
  retryBaseMs?: number;
}

interface Schedule {
  name: string;
  everyMs: number;
  handler: string;
  payload: Record<string, unknown>;
  offsetMs: number;
  lastSlot: number | null;
}

/**
 * The durable job queue: every piece of scheduled or retried work is a row of queue_jobs, in the
 * same database as the change that asked for it (enqueue inside the caller's transaction), on
 * PGlite and PostgreSQL alike, and through PgBouncer in transaction mode (no LISTEN, no advisory
 * locks, no session state: workers poll).
 *
 * - Claiming is one UPDATE over SELECT … FOR UPDATE SKIP LOCKED: processes claiming at once get
 *   different rows, and each claim is a lease the worker renews while the handler runs. A process
 *   that dies stops renewing; its job is claimed again when the lease runs out.
 * - A handler that throws is retried with exponential backoff; after its last attempt the job is
 *   dead (the dead letters) until an operator retries it (src/scripts/queue.ts, retry()).
 * - A schedule adds one job per slot under the unique key every:<name>:<slot start>: however many
 *   processes run, each slot runs once. A process that starts late runs the current slot only.
 *
 * Handlers must be idempotent: a job can run again after a crash between its work and its
 * completion (at least once). See notes in README ("Running in production").
 */
export class JobQueue {
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly handlers = new Map<string, { run: QueueHandler; options: HandlerOptions }>();
  private readonly schedules = new Map<string, Schedule>();
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly concurrency: number;
  private readonly keepDoneMs: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly inFlight = new Map<number, Promise<void>>();
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private readonly listeners: ((job: QueueJobRow, outcome: QueueJobState, error?: unknown) => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    options: QueueOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 60_000;
    this.pollMs = options.pollMs ?? 1_000;
    this.concurrency = options.concurrency ?? 4;
    this.keepDoneMs = options.keepDoneMs ?? 7 * 86_400_000;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.retryBaseMs = options.retryBaseMs ?? RETRY_BASE_MS;
    this.define("queue.prune", () => this.prune());
    this.every("queue.prune", 3_600_000);
  }

  /** Registers what runs jobs of this name. One handler per name. */
  define<P = unknown>(name: string, handler: QueueHandler<P>, options: HandlerOptions = {}): this {
    if (this.handlers.has(name)) throw new Error(`queue handler ${name} is defined twice`);
    this.handlers.set(name, { run: handler as QueueHandler, options });
    return this;
  }

  /** Runs `name`'s handler once per slot of `everyMs` (the payload gets `slot`, the slot's start). */
  every(name: string, everyMs: number, options: ScheduleOptions = {}): this {
    if (this.schedules.has(name)) throw new Error(`queue schedule ${name} is defined twice`);
    this.schedules.set(name, {
      name,
      everyMs,
      handler: options.handler ?? name,
      payload: options.payload ?? {},
      offsetMs: options.offsetMs ?? 0,
      lastSlot: null,
    });
    return this;
  }

  /** Adds a job; pass the caller's transaction so the job exists exactly when its change committed. */
  async enqueue(db: Executor, name: string, payload: unknown = {}, options: EnqueueOptions = {}): Promise<number | null> {
    const now = this.clock.now();
    const id = await repo.insert(db, {
      name,
      payload,
      runAt: options.runAt ?? now,
      maxAttempts: options.maxAttempts ?? this.handlers.get(name)?.options.maxAttempts ?? this.maxAttempts,
      key: options.key ?? null,
      createdAt: now,
    });
    return id;
  }

  /** After a commit that enqueued work: this process looks for it now instead of at its next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Adds the current slot of every schedule (once per slot and process; the key makes it once per slot overall). */
  async addDueSlots(now: Date = this.clock.now()): Promise<void> {
    for (const s of this.schedules.values()) {
      const slot = slotStart(now, s.everyMs, s.offsetMs);
      if (s.lastSlot === slot.getTime()) continue;
      await this.enqueue(
        this.db,
        s.handler,
        { ...s.payload, slot: slot.toISOString() },
        {
          runAt: slot,
          key: `every:${s.name}:${slot.toISOString()}`,
        },
      );
      s.lastSlot = slot.getTime();
    }
  }

  /**
   * Claims and runs due jobs until none is due (or `max` ran); returns how many ran. What the
   * worker loop does each round, and what tests call with a moved clock.
   */
  async runDue(max = Number.POSITIVE_INFINITY): Promise<number> {
    let ran = 0;
    while (ran < max) {
      const batch = await this.claim(Math.min(this.concurrency, max - ran));
      if (batch.length === 0) break;
      await Promise.all(batch.map((job) => this.execute(job)));
      ran += batch.length;
    }
    return ran;
  }

  /** Starts this process's worker: schedules, polling, heartbeats. Returns stop(), which lets running jobs finish. */
  start(): () => Promise<void> {
    if (this.running) return () => this.stop();
    this.running = true;
    this.heartbeat = setInterval(() => void this.renewLeases(), Math.max(250, Math.floor(this.leaseMs / 3)));
    this.heartbeat.unref();
    this.loop = this.work();
    return () => this.stop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.loop = null;
    await Promise.all(this.inFlight.values());
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  /** Every dead letter (of one handler, or all) gets its attempts again; returns how many. */
  async retryDead(name: string | null = null): Promise<number> {
    const n = await repo.retryDead(this.db, name, this.clock.now());
    if (n > 0) this.wake();
    return n;
  }

  /** An operator's retry: a dead (or waiting) job gets all its attempts again, due now. Null when there is no such job. */
  async retry(id: number): Promise<QueueJobRow | null> {
    const row = await repo.retry(this.db, id, this.clock.now());
    if (row) this.wake();
    return row ?? null;
  }

  list(states: readonly QueueJobState[], options: { name?: string; limit?: number } = {}) {
    return repo.list(this.db, { states, name: options.name ?? null, limit: options.limit ?? 100 });
  }

  job(id: number) {
    return repo.byId(this.db, id);
  }

  stats() {
    return repo.stats(this.db);
  }

  /** Told of every attempt's outcome in this process (metrics, logs). */
  onOutcome(listener: (job: QueueJobRow, outcome: QueueJobState, error?: unknown) => void): void {
    this.listeners.push(listener);
  }

  get names(): string[] {
    return [...this.handlers.keys()];
  }

  private async prune(): Promise<number> {
    return repo.deleteDoneBefore(this.db, new Date(this.clock.now().getTime() - this.keepDoneMs));
  }

  private async work(): Promise<void> {
    while (this.running) {
      try {
        await this.addDueSlots();
        const free = this.concurrency - this.inFlight.size;
        const batch = free > 0 ? await this.claim(free) : [];
        for (const job of batch) {
          const done = this.execute(job).finally(() => {
            this.inFlight.delete(job.id);
            this.wake();
          });
          this.inFlight.set(job.id, done);
        }
        // A full batch means more may be due: look again as soon as a slot frees up.
        if (batch.length > 0 && batch.length === free) {
          await this.sleep(this.inFlight.size >= this.concurrency ? this.pollMs : 0);
          continue;
        }
      } catch (error) {
        log.error("job queue poll failed", { error: error instanceof Error ? error.message : String(error) });
      }
      await this.sleep(this.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = null;
        done();
      };
    });
  }

  private claim(limit: number) {
    const now = this.clock.now();
    return repo.claim(this.db, {
      names: this.names,
      worker: this.workerId,
      now,
      leaseUntil: new Date(now.getTime() + this.leaseMs),
      limit,
    });
  }

  private async renewLeases(): Promise<void> {
    const ids = [...this.inFlight.keys()];
    if (ids.length === 0) return;
    try {
      await repo.extendLease(this.db, this.workerId, ids, new Date(this.clock.now().getTime() + this.leaseMs));
    } catch (error) {
      log.warn("job queue heartbeat failed", { error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Never throws: an attempt whose outcome cannot be recorded is claimed again when its lease runs out. */
  private async execute(job: QueueJobRow): Promise<void> {
    try {
      await this.attempt(job);
    } catch (error) {
      log.error("job queue could not record an outcome", { jobId: job.id, job: job.name, error: String(error) });
    }
  }

  private async attempt(job: QueueJobRow): Promise<void> {
    const handler = this.handlers.get(job.name);
    const now = this.clock.now();
    const claimed = { id: job.id, attempts: job.attempts };
    if (!handler) return; // never claimed: claim() names only this process's handlers
    if (job.attempts > job.maxAttempts) {
      // Its last attempt's process stopped mid-job (the lease ran out): nothing left to try.
      await repo.finish(this.db, claimed, { state: "dead", at: now, error: job.lastError ?? "stopped mid-job (lease ran out)" });
      this.tell(job, "dead");
      return;
    }
    try {
      await handler.run(job.payload, { id: job.id, name: job.name, attempt: job.attempts, maxAttempts: job.maxAttempts, now });
      await repo.finish(this.db, claimed, { state: "done", at: this.clock.now(), error: null });
      this.tell(job, "done");
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      const at = this.clock.now();
      const dead = job.attempts >= job.maxAttempts;
      const wait = retryDelayMs(job.attempts, handler.options.retryBaseMs ?? this.retryBaseMs);
      await repo.finish(
        this.db,
        claimed,
        dead
          ? { state: "dead", at, error: message }
          : { state: "failed", at, runAt: new Date(at.getTime() + wait), error: message },
      );
      log[dead ? "error" : "warn"](dead ? "queue job dead" : "queue job failed, will retry", {
        jobId: job.id,
        job: job.name,
        attempt: job.attempts,
        error: message,
      });
      this.tell(job, dead ? "dead" : "failed", error);
    }
  }

  private tell(job: QueueJobRow, outcome: QueueJobState, error?: unknown): void {
    for (const listener of this.listeners) listener(job, outcome, error);
  }
}
