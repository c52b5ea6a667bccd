import { pino, type Logger } from "pino";

/**
 * Structured logs (pino): one JSON line per event on stderr, with `msg`, `level` and `time`.
 * Every request logs one line (http/request-log.ts) with its request id, GraphQL operation,
 * user, organization, duration and outcome, so one id finds everything about a request.
 * LOG_LEVEL sets the level (default info); LOG_SILENT=1 (tests, benches) keeps only errors.
 * The only other reader of process.env besides config.ts: a logger exists before config is read.
 */
const level = process.env.LOG_SILENT === "1" ? "error" : (process.env.LOG_LEVEL ?? "info");

export const logger: Logger = pino(
  {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  pino.destination({ dest: 2, sync: false }),
);

/** The call style the code uses everywhere: a message, then fields. */
export const log = {
  info: (message: string, meta?: Record<string, unknown>) => logger.info(meta ?? {}, message),
  warn: (message: string, meta?: Record<string, unknown>) => logger.warn(meta ?? {}, message),
  error: (message: string, meta?: Record<string, unknown>) => logger.error(meta ?? {}, message),
};
