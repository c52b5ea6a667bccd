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

  /**
   * Counts one attempt on every key in one atomic statement, before the attempt is made, and
   * answers each key's count in its window; `refuse` then names the row that refuses it, if any.
   */
  async countAll(keys: readonly string[], windowSeconds: number): Promise<Map<string, RateLimitRow>> {
    const rows = await repo.hitAll(this.deps.db, keys, this.deps.clock.now(), windowSeconds);
    return new Map(rows.map((row) => [row.key, row]));
  }

  /** The refusal for an attempt that `row`'s counter turned down. */
  refusal(row: RateLimitRow, rule: RateLimit): DomainError {
    return refused(row, this.deps.clock.now(), rule);
  }

  /** Takes one counted attempt back from each key (it was the owner's, with the right password). */
  refund(keys: readonly string[]): Promise<void> {
    return repo.refund(this.deps.db, keys);
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
