import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { getTableColumns, type Logger, type Table } from "drizzle-orm";
import { DEFAULT_DB_POOL_MAX } from "../config.js";
import { FUNCTIONS_SQL } from "./functions.js";
import * as schema from "./schema/index.js";

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
   * Where the public job board's searches run: on PostgreSQL a pool of its own, as big as the main
   * one, so a burst of anonymous searches (candidates, crawlers) never holds the connections that
   * agencies' publishes and edits wait for. PGlite: the same as db.
   */
  boardDb: Db;
  engine: "postgres" | "pglite";
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

export interface OpenDbOptions {
  databaseUrl: string | undefined;
  pgliteDir: string;
  poolMax?: number;
  /** Sees every query drizzle sends (tests count them). */
  logger?: Logger;
}

export async function openDb(options: OpenDbOptions): Promise<Database> {
  const url = options.databaseUrl;
  if (url !== undefined) {
    // Plans are cached as PostgreSQL does by default: the statements inside publish_job and the
    // session lookup are planned once per connection, which is most of the database's CPU on the
    // hot path. Drizzle sends everything else unnamed (a fresh plan with the real values each
    // call), which is what the job board's searches need: how rare a word is decides their plan.
    const sql = postgres(url, { max: options.poolMax ?? DEFAULT_DB_POOL_MAX, onnotice: () => {}, prepare: true });
    const logger = options.logger;
    const db = drizzlePostgres(sql, { schema, logger });
    const sessionSql = postgres(url, { max: 1, onnotice: () => {}, prepare: true });
    const boardSql = postgres(url, { max: options.poolMax ?? DEFAULT_DB_POOL_MAX, onnotice: () => {}, prepare: true });
    return {
      db,
      sessionDb: drizzlePostgres(sessionSql, { schema, logger }),
      boardDb: drizzlePostgres(boardSql, { schema, logger }),
      engine: "postgres",
      migrate: async () => {
        // Several API processes may start at once: one migrates while the others wait on the lock.
        const single = postgres(url, { max: 1, onnotice: () => {} });
        try {
          await single`SELECT pg_advisory_lock(7310001)`;
          await migratePostgres(drizzlePostgres(single, { schema }), { migrationsFolder });
          await single.unsafe(FUNCTIONS_SQL);
        } finally {
          await single.end({ timeout: 5 });
        }
      },
      close: async () => {
        await Promise.all([sql.end({ timeout: 5 }), sessionSql.end({ timeout: 5 }), boardSql.end({ timeout: 5 })]);
      },
    };
  }
  const client = await PGlite.create({
    ...(options.pgliteDir === "memory://" ? {} : { dataDir: options.pgliteDir }),
  });
  const db = drizzlePglite(client, { schema, logger: options.logger }) as unknown as Db;
  return {
    db,
    sessionDb: db,
    boardDb: db,
    engine: "pglite",
    migrate: async () => {
      await migratePglite(db as never, { migrationsFolder });
      await client.exec(FUNCTIONS_SQL);
    },
    close: () => client.close(),
  };
}
