import cluster from "node:cluster";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { superviseWorkers } from "./cluster.js";
import { loadConfig, type Config } from "./config.js";
import { openDb } from "./db/client.js";
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_PORTAL_SLUG, seedDemo, seedPlans } from "./db/seed.js";
import { systemClock } from "./lib/clock.js";
import { log, logger } from "./lib/log.js";
import { createApp } from "./server.js";

const loaded = loadConfig();
const defaultDist = fileURLToPath(new URL("../../web/dist", import.meta.url));
const config: Config = { ...loaded, webDist: loaded.webDist ?? (existsSync(defaultDist) ? defaultDist : undefined) };
const database = await openDb({
  databaseUrl: config.databaseUrl,
  readUrl: config.databaseReadUrl,
  pgliteDir: config.pgliteDir,
  poolMax: config.dbPoolMax,
  namedStatements: config.databasePooler !== "transaction",
});
// The database is prepared once, before any process serves: by the primary when there are several.
if (cluster.isPrimary) {
  await database.migrate();
  await seedPlans(database.db);
}
const app = await createApp({ config, database }).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

let seeded = false;
if (cluster.isPrimary) {
  // R12: charges made before invoices existed get theirs (each once).
  await app.services.invoices.issueMissing();
  seeded = config.seedDemo ? await seedDemo(database.db, app.services, systemClock.now()) : false;
}

if (cluster.isPrimary && config.webConcurrency > 1) {
  await app.stop();
  await database.close();
  const { port } = await superviseWorkers(config.webConcurrency);
  printBanner(`http://${config.host}:${port}`, `PostgreSQL, ${config.webConcurrency} web processes`);
} else {
  const { url } = await app.listen();
  if (cluster.isPrimary) printBanner(url, database.engine === "pglite" ? `embedded PGlite in ${config.pgliteDir}` : "PostgreSQL");

  // Scheduled and retried work (closing, renewals, expiry, mail, sweeps) runs from the durable job
  // queue in the database (src/queue/registry.ts): each schedule slot once, however many processes run.
  const stopQueue = config.queueWorker ? app.services.queue.start() : async () => {};

  /** How long a SIGTERM waits for the requests under way before it cuts them: a deploy's grace period is longer. */
  const SHUTDOWN_DRAIN_MS = 10_000;

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info("shutting down", { signal });
    // Requests first: a request under way may still need the database and the queue's tables.
    await app.stop({ drainMs: SHUTDOWN_DRAIN_MS });
    await stopQueue();
    await database.close();
    logger.flush();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

function printBanner(url: string, engine: string) {
  const base = config.publicUrl.replace(/\/$/, "") || url;
  const lines = [
    "",
    `  Job ads with credit sharing is running (${engine})`,
    "",
    `  App         ${base}/`,
    `  Playground  ${base}/playground`,
    `  GraphQL     ${base}/graphql`,
    `  Job board   ${base}/p/${DEMO_PORTAL_SLUG} (Harbour Migration's demo portal)`,
    config.devMailbox !== "off" ? `  Mailbox     ${base}/dev/mailbox (mail is not sent without SMTP_URL)` : "",
    "",
    `  Demo logins (password: ${DEMO_PASSWORD})${seeded ? "" : ", made when this database was new"}`,
    ...DEMO_LOGINS.map((l) => `    ${l.email.padEnd(22)} ${l.organization} (${l.kind})`),
    "",
    config.webDist === undefined ? "  The web app is not built: run the start command from the README." : "",
  ];
  process.stdout.write(lines.join("\n") + "\n");
}
