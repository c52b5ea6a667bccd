/**
 * The job queue's operator CLI (README "Running in production"):
 *
 *   pnpm --filter @app/api queue list [queued,running,failed,dead,done] [--name mail.deliver] [--limit 50] [--json]
 *   pnpm --filter @app/api queue stats [--json]
 *   pnpm --filter @app/api queue show <id>
 *   pnpm --filter @app/api queue retry <id>
 *   pnpm --filter @app/api queue retry --dead [--name mail.deliver]   (every dead letter, after an outage)
 *
 * It opens the database the API uses (DATABASE_URL; else the PGlite folder, which only one
 * process can hold: stop the API first). It never migrates.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { openDb } from "../db/client.js";
import { systemClock } from "../lib/clock.js";
import { JobQueue } from "../queue/queue.js";
import { QUEUE_JOB_STATES, type QueueJobRow, type QueueJobState } from "../queue/queue.repository.js";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, limit: { type: "string" }, json: { type: "boolean" }, dead: { type: "boolean" } },
});
const [command, argument] = positionals;
const config = loadConfig();
const database = await openDb({ databaseUrl: config.databaseUrl, pgliteDir: config.pgliteDir, poolMax: 1 });
const queue = new JobQueue(database.db, systemClock);
const out = (line: string) => process.stdout.write(line + "\n");

function row(job: QueueJobRow): string {
  const error = job.lastError === null ? "" : `  ${job.lastError.replace(/\s+/g, " ").slice(0, 120)}`;
  return (
    [
      String(job.id).padStart(8),
      job.state.padEnd(7),
      job.name.padEnd(24),
      `${job.attempts}/${job.maxAttempts}`.padEnd(5),
      job.runAt.toISOString(),
    ].join("  ") + error
  );
}

function jobId(text: string | undefined): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id < 1) throw new UsageError("Give the job's id (a number from `queue list`).");
  return id;
}

class UsageError extends Error {}

try {
  switch (command) {
    case "list": {
      const states = (argument ?? "queued,running,failed,dead").split(",") as QueueJobState[];
      const unknown = states.filter((s) => !QUEUE_JOB_STATES.includes(s));
      if (unknown.length > 0) throw new UsageError(`Unknown state ${unknown.join(", ")}: use ${QUEUE_JOB_STATES.join(", ")}.`);
      const jobs = await queue.list(states, { name: values.name, limit: values.limit ? Number(values.limit) : 50 });
      if (values.json) out(JSON.stringify(jobs));
      else {
        out(`${"id".padStart(8)}  ${"state".padEnd(7)}  ${"name".padEnd(24)}  tries  due at                    last error`);
        for (const job of jobs) out(row(job));
        if (jobs.length === 0) out(`no ${states.join(", ")} jobs`);
      }
      break;
    }
    case "stats": {
      const stats = await queue.stats();
      if (values.json) out(JSON.stringify(stats));
      else
        for (const s of stats)
          out(`${s.state.padEnd(8)} ${String(s.count).padStart(7)}  oldest due ${s.oldestRunAt?.toISOString() ?? "-"}`);
      break;
    }
    case "show": {
      const job = await queue.job(jobId(argument));
      if (!job) throw new UsageError(`There is no job ${argument}.`);
      out(JSON.stringify(job, null, 2));
      break;
    }
    case "retry": {
      if (values.dead) {
        out(`${await queue.retryDead(values.name ?? null)} dead jobs queued again`);
        break;
      }
      const id = jobId(argument);
      const job = await queue.retry(id);
      if (!job) {
        const existing = await queue.job(id);
        throw new UsageError(
          existing ? `Job ${id} is ${existing.state}: only dead or failed jobs can be retried.` : `There is no job ${id}.`,
        );
      }
      out(`job ${id} (${job.name}) queued again with ${job.maxAttempts} attempts`);
      break;
    }
    default:
      throw new UsageError(
        "Usage: queue list [states] [--name N] [--limit N] [--json] | stats | show <id> | retry <id> | retry --dead [--name N]",
      );
  }
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(error.message + "\n");
  process.exitCode = 2;
} finally {
  await database.close();
}
