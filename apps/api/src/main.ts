import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { loadConfig } from "./config.js";
import { openDb } from "./db/client.js";
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_PORTAL_SLUG, seedDemo, seedPlans } from "./db/seed.js";
import { systemClock } from "./lib/clock.js";
import { log } from "./lib/log.js";
import { createApp } from "./server.js";
import { Scheduler } from "./modules/billing/scheduler.js";

const config = loadConfig();
const defaultDist = fileURLToPath(new URL("../../web/dist", import.meta.url));
const webDist = config.webDist ?? (existsSync(defaultDist) ? defaultDist : undefined);
const database = await openDb({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir, poolMax: config.dbPoolMax });
await database.migrate();
await seedPlans(database.db);
const app = await createApp({ config: { ...config, webDist }, database });
const seeded = config.seedDemo ? await seedDemo(database.db, app.services, systemClock.now()) : false;
const { url } = await app.listen();

const base = config.publicUrl.replace(/\/$/, "") || url;
const lines = [
  "",
  `  Job ads with credit sharing is running (${database.engine === "pglite" ? `embedded PGlite in ${config.pgliteDir}` : "PostgreSQL"})`,
  "",
  `  App         ${base}/`,
  `  Playground  ${base}/playground`,
  `  GraphQL     ${base}/graphql`,
  `  Job board   ${base}/p/${DEMO_PORTAL_SLUG} (Harbour Migration's demo portal)`,
  config.devMailbox ? `  Mailbox     ${base}/dev/mailbox (mail is not sent without SMTP_URL)` : "",
  "",
  `  Demo logins (password: ${DEMO_PASSWORD})${seeded ? "" : ", made when this database was new"}`,
  ...DEMO_LOGINS.map((l) => `    ${l.email.padEnd(22)} ${l.organization} (${l.kind})`),
  "",
  webDist === undefined ? "  The web app is not built: run the start command from the README." : "",
];
process.stdout.write(lines.join("\n") + "\n");

// Published jobs close at closesAt; reads also close them lazily, so a missed tick changes nothing.
// Expired sessions sign nobody in; deleting them keeps the table small.
const sweep = setInterval(() => {
  app.services.jobs
    .closeExpiredJobs()
    .catch((error: unknown) => log.error("closing expired jobs failed", { error: String(error) }));
  app.services.identity
    .deleteExpiredSessions()
    .catch((error: unknown) => log.error("deleting expired sessions failed", { error: String(error) }));
  // R14 reminders due now (each sent once, whichever process gets there first). Issue 19's job queue takes this over.
  app.services.notifications
    .runDue(systemClock.now())
    .catch((error: unknown) => log.error("reminders failed", { error: error instanceof Error ? error.stack : String(error) }));
}, 60_000);
sweep.unref();

// Subscription renewals and credit expiry, from the schedule in the database (catches up on start).
const stopBillingSchedule = new Scheduler(app.services.subscriptions, systemClock).start(60_000);

async function shutdown(signal: string) {
  log.info("shutting down", { signal });
  stopBillingSchedule();
  await app.stop();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
