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
 * process can hold: stop the API first). It never migrates.
 */
import { parseArgs } from "node:util";
import { DomainError } from "@app/domain";
import { loadConfig } from "../config.js";
import { openDb } from "../db/client.js";
import { systemClock } from "../lib/clock.js";
import { paymentProviderFor } from "../lib/payments.js";
import { AuditService } from "../modules/audit/audit.service.js";
import { ChannelsService } from "../modules/channels/channels.service.js";
import type { ServiceDeps } from "../modules/deps.js";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    national: { type: "boolean" },
    format: { type: "string" },
    "publisher-url": { type: "string" },
    json: { type: "boolean" },
  },
});
const [command, slug] = positionals;
const config = loadConfig();
const database = await openDb({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir, poolMax: 1 });
const deps: ServiceDeps = { db: database.db, clock: systemClock, config, payments: paymentProviderFor(config) };
const channels = new ChannelsService(deps, new AuditService(deps));
const out = (line: string) => process.stdout.write(line + "\n");
const origin = config.publicUrl.replace(/\/$/, "");

class UsageError extends Error {}
const USAGE =
  'Usage: channels list [--json] | add <slug> --name "Name" [--national] [--format indeed-xml] [--publisher-url URL] | enable <slug> | disable <slug>';

try {
  switch (command) {
    case "list": {
      const all = await channels.all();
      if (values.json) out(JSON.stringify(all));
      else
        for (const c of all)
          out(
            [
              c.slug.padEnd(16),
              (c.enabled ? "on" : "off").padEnd(4),
              (c.nationalReach ? "national" : "-").padEnd(9),
              c.feedFormat.padEnd(12),
              c.name,
              c.feedFormat === "indeed-xml" ? `  ${origin}/feeds/${c.slug}.xml` : "",
            ].join(" "),
          );
      break;
    }
    case "add": {
      if (slug === undefined || values.name === undefined) throw new UsageError(USAGE);
      const c = await channels.add({
        slug,
        name: values.name,
        nationalReach: values.national ?? false,
        feedFormat: values.format ?? "indeed-xml",
        publisherUrl: values["publisher-url"] ?? null,
      });
      out(`added ${c.slug} (${c.name})${c.feedFormat === "indeed-xml" ? `: ${origin}/feeds/${c.slug}.xml` : ""}`);
      break;
    }
    case "enable":
    case "disable": {
      if (slug === undefined) throw new UsageError(USAGE);
      const { channel, ended } = await channels.setEnabled(slug, command === "enable");
      out(
        `${channel.slug} is ${channel.enabled ? "on" : "off"}${command === "disable" ? `; ${ended} placements ended today` : ""}`,
      );
      break;
    }
    default:
      throw new UsageError(USAGE);
  }
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(error.message + "\n");
    process.exitCode = 2;
  } else if (error instanceof DomainError) {
    const fields = Object.entries(error.fields ?? {}).map(([f, m]) => `  ${f}: ${m}`);
    process.stderr.write([error.message, ...fields].join("\n") + "\n");
    process.exitCode = 1;
  } else throw error;
} finally {
  await database.close();
}
