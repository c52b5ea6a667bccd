import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { Logger } from "drizzle-orm";
import { openDb, type Database } from "../src/db/client.js";
import { seedPlans } from "../src/db/seed.js";

export const onPostgres = process.env.DATABASE_URL !== undefined && process.env.DATABASE_URL !== "";

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or with DATABASE_URL a new
 * PostgreSQL database on that server, dropped again by close().
 */
export type TestDatabase = Database & {
  /** The PostgreSQL database's URL (other processes may open it); undefined on PGlite. */
  url?: string;
};

export async function createTestDb(options: { poolMax?: number; logger?: Logger } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!onPostgres || serverUrl === undefined) {
    const database = await openDb({ databaseUrl: undefined, pgliteDir: "memory://", logger: options.logger });
    await database.migrate();
    await seedPlans(database.db);
    return database;
  }
  // TEST_DB_PREFIX keeps the databases a test run makes under a name of its own (shared servers).
  const name = `${process.env.TEST_DB_PREFIX ?? "test"}_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // More connections than the product's default, so concurrency tests race in the database itself.
  const database = await openDb({
    databaseUrl: url.toString(),
    pgliteDir: "",
    poolMax: options.poolMax ?? 20,
    logger: options.logger,
  });
  await database.migrate();
  await seedPlans(database.db);
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
