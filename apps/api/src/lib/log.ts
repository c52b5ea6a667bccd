/** One-line JSON logs on stderr, so a request id can be found with grep. */
function write(level: "info" | "warn" | "error", message: string, meta: Record<string, unknown> = {}): void {
  if (process.env.LOG_SILENT === "1" && level !== "error") return;
  process.stderr.write(JSON.stringify({ level, at: new Date().toISOString(), message, ...meta }) + "\n");
}

export const log = {
  info: (message: string, meta?: Record<string, unknown>) => write("info", message, meta),
  warn: (message: string, meta?: Record<string, unknown>) => write("warn", message, meta),
  error: (message: string, meta?: Record<string, unknown>) => write("error", message, meta),
};
