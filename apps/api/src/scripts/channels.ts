/**
 * The operator's channels CLI (README "Channels and job feeds"): where ads are advertised, edited
 * without a code change.
 *
 *   pnpm --filter @app/api channels list [--json]
 *   pnpm --filter @app/api channels add <slug> --name "Seek" [--national] [--format indeed-xml] [--publisher-url https://…]
 *   pnpm --filter @app/api channels enable <slug>
 *   pnpm --filter @app/api channels disable <slug>   (its feed answers 404; every ad's placement in it ends today)
 *
 * It opens the database the API uses (DATABASE_URL; else the PGlite folder, which only one
 * process can hold: stop the API first). It never migrates. The commands are in channels-cli.ts.
 */
import { loadConfig } from "../config.js";
import { openDb } from "../db/client.js";
import { systemClock } from "../lib/clock.js";
import { paymentProviderFor } from "../lib/payments.js";
import { AuditService } from "../modules/audit/audit.service.js";
import { ChannelsService } from "../modules/channels/channels.service.js";
import type { ServiceDeps } from "../modules/deps.js";
import { runChannelsCli } from "./channels-cli.js";

const config = loadConfig();
const database = await openDb({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir, poolMax: 1 });
const deps: ServiceDeps = { db: database.db, clock: systemClock, config, payments: paymentProviderFor(config) };
try {
  const result = await runChannelsCli(process.argv.slice(2), new ChannelsService(deps, new AuditService(deps)), config.publicUrl);
  for (const line of result.out) process.stdout.write(line + "\n");
  for (const line of result.err) process.stderr.write(line + "\n");
  process.exitCode = result.exitCode;
} finally {
  await database.close();
}
