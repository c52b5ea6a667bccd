import { spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const PGBOUNCER = "/usr/sbin/pgbouncer";
export const hasPgBouncer = existsSync(PGBOUNCER);

export interface PgBouncer {
  port: number;
  /** `database` through the pooler. */
  url(database: string): string;
  logs(): string;
  stop(): Promise<void>;
}

/**
 * Debian's PgBouncer in transaction pooling mode in front of `server` (host:port of PostgreSQL),
 * listening on 127.0.0.1:`port`; every database of that server is reachable through it as the
 * user postgres. As root it runs as postgres (PgBouncer refuses root).
 */
export async function startPgBouncer(server: { host: string; port: number }, port: number, poolSize = 20): Promise<PgBouncer> {
  const dir = mkdtempSync(join(tmpdir(), "i19-pgbouncer-"));
  const ini = join(dir, "pgbouncer.ini");
  writeFileSync(
    ini,
    [
      "[databases]",
      `* = host=${server.host} port=${server.port} user=postgres`,
      "[pgbouncer]",
      `listen_addr = 127.0.0.1`,
      `listen_port = ${port}`,
      `unix_socket_dir =`,
      `auth_type = any`,
      `pool_mode = transaction`,
      `default_pool_size = ${poolSize}`,
      `max_client_conn = 1000`,
      `server_reset_query =`,
      `ignore_startup_parameters = extra_float_digits,options`,
      `logfile = ${join(dir, "pgbouncer.log")}`,
      "",
    ].join("\n"),
  );
  let uid: number | undefined;
  let gid: number | undefined;
  if (process.getuid?.() === 0) {
    const line = readFileSync("/etc/passwd", "utf8")
      .split("\n")
      .find((l) => l.startsWith("postgres:"));
    if (!line) throw new Error("PgBouncer will not run as root and there is no postgres user");
    [uid, gid] = line.split(":").slice(2, 4).map(Number);
    chownSync(dir, uid!, gid!);
  }
  const child: ChildProcess = spawn(PGBOUNCER, [ini], { uid, gid, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const logs = () => {
    const file = join(dir, "pgbouncer.log");
    return stderr + (existsSync(file) ? readFileSync(file, "utf8") : "");
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited: ${logs()}`);
    const listening = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (listening) break;
    if (Date.now() > deadline) throw new Error(`pgbouncer did not listen on ${port}: ${logs()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    logs,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
