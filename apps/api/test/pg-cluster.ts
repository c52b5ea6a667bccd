import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, appendFileSync, rmSync, chownSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createServer, type AddressInfo } from "node:net";

const run = promisify(execFile);
const BIN = "/usr/lib/postgresql/15/bin";

/** Whether this machine can make PostgreSQL clusters of its own (Debian's postgresql-15 binaries). */
export const canMakeClusters = existsSync(join(BIN, "initdb")) && existsSync(join(BIN, "pg_basebackup"));

/** PostgreSQL refuses to run as root: as root, the cluster's files and processes belong to postgres. */
function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  if (!line) throw new Error("running as root without a postgres user: cannot start a cluster");
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

async function asPostgres(command: string, args: string[]): Promise<string> {
  const user = postgresUser();
  const { stdout } = await run(command, args, {
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    env: { ...process.env, LC_ALL: "C" },
  });
  return stdout;
}

export interface Cluster {
  port: number;
  dir: string;
  url(database?: string, user?: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and deletes its files. */
  destroy(): Promise<void>;
}

function cluster(dir: string, port: number): Cluster {
  const log = join(dir, "server.log");
  return {
    port,
    dir,
    url: (database = "postgres", user = "postgres") => `postgres://${user}@127.0.0.1:${port}/${database}`,
    async start() {
      try {
        await asPostgres(join(BIN, "pg_ctl"), ["-D", join(dir, "data"), "-l", log, "-w", "-t", "60", "start"]);
      } catch (error) {
        // pg_ctl only says "Examine the log output": the log is the reason, so it goes in the error.
        const tail = existsSync(log) ? readFileSync(log, "utf8").split("\n").slice(-30).join("\n") : "(no log)";
        throw new Error(`${(error as Error).message}\n--- ${log} ---\n${tail}`, { cause: error });
      }
    },
    async stop() {
      await asPostgres(join(BIN, "pg_ctl"), ["-D", join(dir, "data"), "-m", "fast", "-w", "stop"]).catch(() => "");
    },
    async destroy() {
      await this.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function ownedDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const user = postgresUser();
  if (user) chownSync(dir, user.uid, user.gid);
  return dir;
}

/** A TCP port nobody listens on now (a fixed one may be held by a leftover cluster of an earlier run). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A new primary on `port` (127.0.0.1 only, trust), which takes replication connections. */
export async function makePrimary(port: number): Promise<Cluster> {
  const dir = ownedDir("i19-primary-");
  const data = join(dir, "data");
  await asPostgres(join(BIN, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"]);
  appendFileSync(
    join(data, "postgresql.conf"),
    [
      `port = ${port}`,
      `listen_addresses = '127.0.0.1'`,
      `unix_socket_directories = ''`,
      `dynamic_shared_memory_type = mmap`,
      `wal_level = replica`,
      `max_wal_senders = 5`,
      `fsync = off`,
      `shared_buffers = 32MB`,
      "",
    ].join("\n"),
  );
  appendFileSync(join(data, "pg_hba.conf"), "host replication all 127.0.0.1/32 trust\n");
  const primary = cluster(dir, port);
  await primary.start();
  return primary;
}

/** A streaming replica of `primary` on `port`, from pg_basebackup (hot standby: reads only). */
export async function makeReplica(primary: Cluster, port: number): Promise<Cluster> {
  const dir = ownedDir("i19-replica-");
  const data = join(dir, "data");
  await asPostgres(join(BIN, "pg_basebackup"), [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    data,
    "-R",
    "-X",
    "stream",
    "-c",
    "fast",
  ]);
  appendFileSync(join(data, "postgresql.conf"), [`port = ${port}`, `hot_standby = on`, ""].join("\n"));
  const replica = cluster(dir, port);
  await replica.start();
  return replica;
}
