import { DomainError } from "@app/domain";
import type { ServiceDeps } from "../deps.js";
import { rateLimitRepository as repo, type RateLimitRow } from "./rate-limit.repository.js";

export interface RateLimit {
  limit: number;
  windowSeconds: number;
  /** What the person is told, given the minutes until they may try again. */
  refusal: (minutes: number) => string;
}

/**
 * Fixed-window counters kept in the database, so several API processes share them (sign-in
 * guesses, uploads and applications per address).
 */
export class RateLimitService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Counts one attempt and refuses it once the window holds more than the limit. */
  async count(key: string, rule: RateLimit): Promise<void> {
    const now = this.deps.clock.now();
    const row = await repo.hit(this.deps.db, key, now, rule.windowSeconds);
    if (row.count > rule.limit) throw refused(row, now, rule);
  }

  /** Refuses, without counting, while the window already holds the limit. */
  async assertUnder(key: string, rule: RateLimit): Promise<void> {
    const row = await repo.peek(this.deps.db, key);
    const now = this.deps.clock.now();
    if (row !== undefined && row.count >= rule.limit && windowEnd(row, rule) > now.getTime()) throw refused(row, now, rule);
  }

  /** Counts an attempt that failed (a wrong password) without deciding anything. */
  async record(key: string, windowSeconds: number): Promise<void> {
    await repo.hit(this.deps.db, key, this.deps.clock.now(), windowSeconds);
  }

  clear(key: string): Promise<void> {
    return repo.clear(this.deps.db, key);
  }
}

function windowEnd(row: RateLimitRow, rule: RateLimit): number {
  return row.windowStartedAt.getTime() + rule.windowSeconds * 1000;
}

function refused(row: RateLimitRow, now: Date, rule: RateLimit): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((windowEnd(row, rule) - now.getTime()) / 1000));
  return new DomainError("RATE_LIMITED", rule.refusal(Math.ceil(retryAfterSeconds / 60)), undefined, { retryAfterSeconds });
}
