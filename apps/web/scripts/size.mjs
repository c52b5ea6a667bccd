#!/usr/bin/env node
// How much JavaScript the sign-in screen downloads, gzip-compressed: the entry chunk, the /login
// route chunk, and everything either imports statically. Reads the build's manifest (it builds
// nothing itself: run `pnpm --filter @app/web build` first) and fails over the budget.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const LOGIN_ROUTE = "src/routes/public/LogIn.tsx";
// Strings that only the playground's editor carries: finding one means it leaked into sign-in.
const PLAYGROUND_ONLY = ["CodeMirror-lines", "graphiql-container"];

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const manifestPath = join(dist, ".vite", "manifest.json");
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: build the web app first (pnpm --filter @app/web build).`);
  process.exit(1);
}
/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry === true);
if (entryKey === undefined || manifest[LOGIN_ROUTE] === undefined) {
  console.error(`The manifest has no ${entryKey === undefined ? "entry" : LOGIN_ROUTE} chunk.`);
  process.exit(1);
}

/** The chunk and its static imports, transitively (dynamic imports load later, on demand). */
function collect(key, into) {
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key]?.imports ?? []) collect(imported, into);
  return into;
}

const keys = collect(LOGIN_ROUTE, collect(entryKey, new Set()));
const files = [...new Set([...keys].map((key) => manifest[key].file))].filter((file) => file.endsWith(".js"));

let total = 0;
const rows = [];
const leaks = [];
for (const file of files) {
  const source = readFileSync(join(dist, file));
  const gzip = gzipSync(source, { level: 9 }).length;
  total += gzip;
  rows.push({ file, raw: source.length, gzip });
  const text = source.toString("utf8");
  for (const marker of PLAYGROUND_ONLY) if (text.includes(marker)) leaks.push(`${file} contains "${marker}"`);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
rows.sort((a, b) => b.gzip - a.gzip);
console.log("JavaScript loaded by /login (gzip):");
for (const row of rows) console.log(`  ${kb(row.gzip).padStart(7)} KB  ${row.file}  (${kb(row.raw)} KB raw)`);
console.log(`  ${kb(total).padStart(7)} KB  total, budget ${BUDGET_KB} KB`);

if (leaks.length > 0) {
  console.error(`\nThe playground's editor ended up in the sign-in screen's JavaScript:\n  ${leaks.join("\n  ")}`);
  process.exit(1);
}
if (total > BUDGET_KB * 1024) {
  console.error(`\nOver budget by ${kb(total - BUDGET_KB * 1024)} KB.`);
  process.exit(1);
}
