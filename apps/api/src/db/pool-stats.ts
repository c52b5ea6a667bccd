import type { Sql } from "postgres";

/** How busy one database pool is, for /metrics. */
export interface PoolStats {
  name: string;
  max: number;
  /** Queries and transactions started and not finished: min(active, max) hold a connection, the rest wait. */
  active: number;
}

/**
 * postgres.js keeps its pool's state to itself, so the pool is counted from outside: every query
 * (`unsafe`, what drizzle sends) and every transaction (`begin`, whose own queries are not counted
 * again) is active from its start to its end. A postgres.js connection also pipelines queries, so
 * "waiting" is an upper bound.
 */
export function countedPool(sql: Sql, stats: PoolStats): Sql {
  const settle = () => {
    stats.active--;
  };
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (...args: Parameters<Sql["unsafe"]>) => {
          const query = target.unsafe(...args);
          stats.active++;
          // then() only schedules the query (postgres.js sends it a tick later), so drizzle's
          // synchronous .values() on the returned query still applies.
          query.then(settle, settle);
          return query;
        };
      }
      if (property === "begin") {
        return async (...args: unknown[]) => {
          stats.active++;
          try {
            return await (target.begin as (...a: unknown[]) => Promise<unknown>)(...args);
          } finally {
            settle();
          }
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
