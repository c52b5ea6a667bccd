import { parseArgs } from "node:util";
import { DomainError } from "@app/domain";
import type { ChannelsService } from "../modules/channels/channels.service.js";

export const CHANNELS_USAGE =
  'Usage: channels list [--json] | add <slug> --name "Name" [--national] [--format indeed-xml] [--publisher-url URL] | enable <slug> | disable <slug>';

export interface CliResult {
  out: string[];
  err: string[];
  /** 0 done, 1 refused (bad input, unknown channel), 2 usage. */
  exitCode: number;
}

class UsageError extends Error {}

/**
 * The channels CLI's commands over a ChannelsService, apart from opening the database, so a test
 * runs the very commands an operator types (src/scripts/channels.ts is the thin entry point).
 */
export async function runChannelsCli(argv: string[], channels: ChannelsService, publicUrl: string): Promise<CliResult> {
  const result: CliResult = { out: [], err: [], exitCode: 0 };
  const out = (line: string) => result.out.push(line);
  const origin = publicUrl.replace(/\/$/, "");
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          name: { type: "string" },
          national: { type: "boolean" },
          format: { type: "string" },
          "publisher-url": { type: "string" },
          json: { type: "boolean" },
        },
      });
    } catch (e) {
      throw new UsageError(`${(e as Error).message}\n${CHANNELS_USAGE}`);
    }
    const { positionals, values } = parsed;
    const [command, slug] = positionals;
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
              ]
                .join(" ")
                .trimEnd(),
            );
        break;
      }
      case "add": {
        if (slug === undefined || values.name === undefined) throw new UsageError(CHANNELS_USAGE);
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
        if (slug === undefined) throw new UsageError(CHANNELS_USAGE);
        const { channel, ended } = await channels.setEnabled(slug, command === "enable");
        out(
          `${channel.slug} is ${channel.enabled ? "on" : "off"}${command === "disable" ? `; ${ended} placements ended today` : ""}`,
        );
        break;
      }
      default:
        throw new UsageError(CHANNELS_USAGE);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      result.err.push(error.message);
      result.exitCode = 2;
    } else if (error instanceof DomainError) {
      const fields = Object.entries(error.fields ?? {}).map(([f, m]) => `  ${f}: ${m}`);
      result.err.push(error.message, ...fields);
      result.exitCode = 1;
    } else throw error;
  }
  return result;
}
