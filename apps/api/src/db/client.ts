import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { readMigrationFiles } from "drizzle-orm/migrator";
import postgres from "postgres";
import { getTableColumns, type Logger, type Table } from "drizzle-orm";
import { DEFAULT_DB_POOL_MAX } from "../config.js";
import { FUNCTIONS_SQL } from "./functions.js";
import * as schema from "./schema/index.js";
import { countedPool, type PoolStats } from "./pool-stats.js";

/** Both engines expose the same query builder; the postgres.js type stands for both. */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** What repositories take: the database, or the caller's transaction. */
export type Executor = Db | Tx;

/** A row of a raw query or row_to_json (snake_case, driver values) as drizzle would have mapped it. */
export function rowFromRecord<T extends Table>(table: T, record: Record<string, unknown>): T["$inferSelect"] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = record[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as T["$inferSelect"];
}

/**
 * A named statement built once per database handle: PostgreSQL then parses and plans it once per
 * connection instead of on every call (drizzle sends every other query unnamed).
 */
export function preparedPerDatabase<Q>(build: (db: Executor) => Q): (db: Executor) => Q {
  const byDatabase = new WeakMap<Executor, Q>();
  return (db) => {
    let query = byDatabase.get(db);
    if (query === undefined) {
      query = build(db);
      byDatabase.set(db, query);
    }
    return query;
  };
}

/** Rows of a raw db.execute(): postgres.js returns them as the result itself, PGlite under `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export interface Database {
  db: Db;
  /**
   * Where every request's session lookup runs. On PostgreSQL it is one connection of its own: on
   * the main pool the lookup would queue behind other requests' commits, each waiting for its WAL
   * flush, and the request would wait with them. PGlite has one connection: the same as db.
   */
  sessionDb: Db;
  /**
   * The read database: where the public job board's reads run (boards, job pages, feeds) and any
   * other read-only query that may lag the primary by a moment. With DATABASE_READ_URL it is a
   * pool on that streaming replica; otherwise a pool of its own on the primary, as big as the main
   * one, so a burst of anonymous searches never holds the connections agencies' publishes wait
   * for. Nothing that must see the caller's own write reads here. PGlite: the same as db.
   */
  boardDb: Db;
  engine: "postgres" | "pglite";
  /** Whether boardDb is a replica (DATABASE_READ_URL). */
  readReplica: boolean;
  migrate(): Promise<void>;
  /** Whether every committed migration has been applied to this database (for /readyz). */
  migrationsApplied(): Promise<boolean>;
  /** Answers within `timeoutMs` whether the primary (and the replica, when there is one) runs queries. */
  ping(timeoutMs?: number): Promise<{ primary: boolean; replica: boolean | null }>;
  /** How busy each pool is (for /metrics); empty on PGlite. */
  pools(): PoolStats[];
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));
/** The newest committed migration, by the journal's time: a database holding it has them all. */
const latestMigrationMillis = Math.max(...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));

export interface OpenDbOptions {
  databaseUrl: string | undefined;
  /** A streaming replica for boardDb (DATABASE_READ_URL). */
  readUrl?: string;
  pgliteDir: string;
  poolMax?: number;
  /** Sees every query drizzle sends (tests count them). */
  logger?: Logger;
  /**
   * Named prepared statements (default true). Off behind PgBouncer in transaction mode before
   * 1.21: a named statement lives on one server connection, and the next transaction may get another.
   */
  namedStatements?: boolean;
}

async function within<T>(ms: number, work: Promise<T>): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function answers(query: () => Promise<unknown>, timeoutMs: number): Promise<boolean> {
  try {
    return (await within(timeoutMs, query())) !== "timeout";
  } catch {
    return false;
  }
}

/**
 * How long a pool waits before reconnecting after the n-th lost connection in a row. postgres.js's
 * default grows to 20 s, so a burst of terminations (a failover, a pooler recycling) left every
 * request waiting that long; at most a second keeps the API answering within seconds.
 */
export const reconnectDelaySeconds = (attempt: number) => Math.min(0.05 * 2 ** attempt, 1);

export async function openDb(options: OpenDbOptions): Promise<Database> {
  const url = options.databaseUrl;
  if (url !== undefined) {
    // Plans are cached as PostgreSQL does by default: the statements inside publish_job and the
    // session lookup are planned once per connection, which is most of the database's CPU on the
    // hot path. Drizzle sends everything else unnamed (a fresh plan with the real values each
    // call), which is what the job board's searches need: how rare a word is decides their plan.
    const prepare = options.namedStatements ?? true;
    const poolMax = options.poolMax ?? DEFAULT_DB_POOL_MAX;
    const stats: PoolStats[] = [];
    const pool = (name: string, target: string, max: number) => {
      const counted: PoolStats = { name, max, active: 0 };
      stats.push(counted);
      return countedPool(
        postgres(target, { max, onnotice: () => {}, prepare, backoff: reconnectDelaySeconds }),
        counted,
        prepare,
      );
    };
    const sql = pool("main", url, poolMax);
    const sessionSql = pool("session", url, 1);
    const readUrl = options.readUrl;
    const boardSql = pool(readUrl === undefined ? "board" : "replica", readUrl ?? url, poolMax);
    const logger = options.logger;
    const db = drizzlePostgres(sql, { schema, logger });
    return {
      db,
      sessionDb: drizzlePostgres(sessionSql, { schema, logger }),
      boardDb: drizzlePostgres(boardSql, { schema, logger }),
      engine: "postgres",
      readReplica: readUrl !== undefined,
      migrate: () => migratePostgres(url),
      migrationsApplied: async () => {
        const [row] = await sql<{ latest: string | null }[]>`
          SELECT max(created_at)::text AS latest FROM drizzle.__drizzle_migrations`.catch(() => [{ latest: null }]);
        return row?.latest !== null && row?.latest !== undefined && Number(row.latest) >= latestMigrationMillis;
      },
      ping: async (timeoutMs = 2000) => {
        const [primary, replica] = await Promise.all([
          answers(() => sql`SELECT 1`, timeoutMs),
          readUrl === undefined ? null : answers(() => boardSql`SELECT 1`, timeoutMs),
        ]);
        return { primary, replica };
      },
      pools: () => stats,
      close: async () => {
        await Promise.all([sql.end({ timeout: 5 }), sessionSql.end({ timeout: 5 }), boardSql.end({ timeout: 5 })]);
      },
    };
  }
  const client = await PGlite.create({
    ...(options.pgliteDir === "memory://" ? {} : { dataDir: options.pgliteDir }),
    // The search index holds the work type beside the words (migration 0018).
    extensions: { btree_gin },
  });
  const db = drizzlePglite(client, { schema, logger: options.logger }) as unknown as Db;
  return {
    db,
    sessionDb: db,
    boardDb: db,
    engine: "pglite",
    readReplica: false,
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
      await client.exec(FUNCTIONS_SQL);
    },
    migrationsApplied: async () => {
      const result = await client
        .query<{ latest: string | null }>("SELECT max(created_at)::text AS latest FROM drizzle.__drizzle_migrations")
        .catch(() => ({ rows: [{ latest: null }] }));
      const latest = result.rows[0]?.latest ?? null;
      return latest !== null && Number(latest) >= latestMigrationMillis;
    },
    ping: async (timeoutMs = 2000) => ({ primary: await answers(() => client.query("SELECT 1"), timeoutMs), replica: null }),
    pools: () => [],
    close: () => client.close(),
  };
}

/**
 * drizzle's migrations, applied as drizzle's migrator does (same table, same order, one
 * transaction) but under a transaction-scoped advisory lock, so several API processes starting
 * at once migrate one after another, and a pooler in transaction mode (PgBouncer) never keeps a
 * session lock on a server connection after the migrating process is gone.
 */
async function migratePostgres(url: string): Promise<void> {
  const single = postgres(url, { max: 1, onnotice: () => {}, prepare: false });
  try {
    await single.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(7310001)`;
      await tx`CREATE SCHEMA IF NOT EXISTS drizzle`;
      await tx`CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`;
      const [last] = await tx<{ created_at: string }[]>`
        SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`;
      for (const migration of readMigrationFiles({ migrationsFolder })) {
        if (last !== undefined && Number(last.created_at) >= migration.folderMillis) continue;
        for (const statement of migration.sql) if (statement.trim() !== "") await tx.unsafe(statement);
        await tx`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (${migration.hash}, ${migration.folderMillis})`;
      }
      await tx.unsafe(FUNCTIONS_SQL);
    });
  } finally {
    await single.end({ timeout: 5 });
  }
}
