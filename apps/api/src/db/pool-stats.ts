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
 *
 * With `namedStatements` false every query goes unnamed, whatever drizzle asks (its .prepare(name)
 * asks for a named one): behind a transaction pooler a named statement lives on one server
 * connection, and the next transaction may run on another.
 */
export function countedPool(sql: Sql, stats: PoolStats, namedStatements = true): Sql {
  const settle = () => {
    stats.active--;
  };
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (text: string, params?: never[], options?: { prepare?: boolean }) => {
          const query = target.unsafe(text, params, namedStatements ? options : { ...options, prepare: false });
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
