import type { Logger } from "drizzle-orm";
import { testConfig, type Config } from "../src/config.js";
import type { TestDatabase } from "./db.js";
import { TestClock } from "../src/lib/clock.js";
import { TestPaymentProvider, type PaymentProvider } from "../src/lib/payment-provider.js";
import { StripePaymentProvider } from "../src/lib/stripe-provider.js";
import { createApp, type App } from "../src/server.js";
import { createTestDb } from "./db.js";
import { GqlClient } from "./gql.js";

/** A drizzle logger that counts queries; `during(fn)` gives how many fn caused. */
export class QueryCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  async during(fn: () => Promise<unknown>): Promise<number> {
    const before = this.count;
    await fn();
    return this.count - before;
  }
}

export interface TestApp {
  app: App;
  database: TestDatabase;
  url: string;
  clock: TestClock;
  /** The built-in provider (null when config.stripe makes the app charge through Stripe). */
  payments: TestPaymentProvider;
  /** Counts the database queries the server sends (assert a fixed number of them). */
  queries: QueryCounter;
  /** A new HTTP client with its own cookie jar: one per person in a test. */
  client(): GqlClient;
  close(): Promise<void>;
}

/** The real server on a free port, over a fresh database. Share one per test file. */
export async function startTestApp(
  options: { webDist?: string; payments?: TestPaymentProvider; config?: Partial<Config>; poolMax?: number } = {},
): Promise<TestApp> {
  const queries = new QueryCounter();
  const database = await createTestDb({ poolMax: options.poolMax, logger: queries });
  const clock = new TestClock(new Date());
  const config = testConfig({ webDist: options.webDist, ...options.config });
  const payments: PaymentProvider =
    options.payments ?? (config.stripe !== null ? new StripePaymentProvider(config.stripe) : new TestPaymentProvider());
  const app = await createApp({ config, database, clock, payments });
  const { url } = await app.listen();
  // Links in mail name the port the server took.
  config.publicUrl = url;
  return {
    app,
    database,
    url,
    clock,
    payments: payments as TestPaymentProvider,
    queries,
    client: () => new GqlClient(url),
    async close() {
      await app.stop();
      await database.close();
    },
  };
}

/** Another server over the same test database with other settings (a fresh PGlite costs seconds). */
export async function startSiblingApp(
  t: TestApp,
  config: Partial<Config>,
): Promise<{ url: string; handle: App["handle"]; client(): GqlClient; close(): Promise<void> }> {
  const settings = testConfig(config);
  const app = await createApp({ config: settings, database: t.database, clock: t.clock, payments: t.payments });
  const { url } = await app.listen();
  settings.publicUrl = config.publicUrl ?? url;
  return { url, handle: app.handle, client: () => new GqlClient(url), close: () => app.stop() };
}
