#!/usr/bin/env node
// The README's two commands: `npm start` and `npm test`. Each installs what it needs first,
// so a fresh clone with only Node 20 and npm works.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM = ["-y", "pnpm@10.34.9"];
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const pnpm = (...args) => run("npx", [...PNPM, ...args]);

function install() {
  pnpm("install", "--frozen-lockfile", "--prefer-offline", "--reporter=silent");
}

function buildWeb() {
  pnpm("--filter", "@app/web", "build");
}

const [command = "start", ...rest] = process.argv.slice(2);
if (command === "start") {
  install();
  buildWeb();
  run("npx", [...PNPM, "--filter", "@app/api", "start"]);
} else if (command === "test") {
  install();
  const projects = ["--project", "domain", "--project", "api"];
  if (existsSync(CHROMIUM)) {
    buildWeb();
    projects.push("--project", "e2e");
  } else {
    console.log(`\nbrowser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)\n`);
  }
  if (!process.env.DATABASE_URL) {
    console.log("tests run on embedded PGlite; set DATABASE_URL to a PostgreSQL server to also run the concurrency tests\n");
  }
  run("npx", ["vitest", "run", ...projects, ...rest]);
} else if (command === "e2e") {
  install();
  buildWeb();
  run("npx", ["vitest", "run", "--project", "e2e", ...rest]);
} else {
  console.error(`usage: node scripts/run.mjs start|test|e2e`);
  process.exit(2);
}
