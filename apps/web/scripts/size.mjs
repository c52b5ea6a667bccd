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

// A job page's first load on the public pages: the HTML the server renders for a real-sized ad
// (about 2 KB of text), its CSS and its JavaScript, each as brotli sends them. Budget: 60 KB.
await jobPageFirstLoad();

async function jobPageFirstLoad() {
  const JOB_PAGE_BUDGET_KB = 60;
  const publicManifestPath = join(dist, ".vite", "public-manifest.json");
  const rendererPath = join(dist, "server", "entry-server.js");
  if (!existsSync(publicManifestPath) || !existsSync(rendererPath)) {
    console.error(`\nNo public pages build (${publicManifestPath}): build the web app first.`);
    process.exit(1);
  }
  const { brotliCompressSync, constants } = await import("node:zlib");
  const { pathToFileURL } = await import("node:url");
  const publicManifest = JSON.parse(readFileSync(publicManifestPath, "utf8"));
  const entry = Object.values(publicManifest).find((c) => c.isEntry === true);
  const assets = { scripts: [`/${entry.file}`], styles: (entry.css ?? []).map((f) => `/${f}`) };
  const { render } = await import(pathToFileURL(rendererPath).href);
  const paragraph =
    "Join a busy team in a harbourside restaurant serving fresh local seafood to four hundred guests a day. " +
    "You will run your section through lunch and dinner, train two junior cooks, order produce and keep the kitchen spotless. ";
  const id = "0b6c1b7e-2d7f-4a59-9d7c-1f1f1f1f1f1f";
  const job = {
    id,
    title: "Chef de partie",
    slug: "chef-de-partie",
    path: `/jobs/${id}/chef-de-partie`,
    employerName: "Harbourside Dining Group",
    workType: "FULL_TIME",
    publishedAt: "2026-11-20T01:00:00.000Z",
    closesAt: "2026-12-20T01:00:00.000Z",
    location: { city: "Sydney", state: "NSW", postcode: "2000", country: "AU" },
    salary: { min: 75000, max: 85000, period: "YEAR", currency: "AUD" },
    description: `${paragraph.repeat(4)}\n\n${paragraph.repeat(3)}`,
    requirements: "Three years in a busy kitchen.\n\nFood safety supervisor certificate.",
    open: true,
    agencyName: null,
  };
  job.jsonLd = JSON.stringify({
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    title: job.title,
    description: job.description,
  });
  const context = {
    origin: "https://jobads.example",
    execute: async () => ({ data: { boardJob: job } }),
    applyWithFile: async () => {
      throw new Error("not here");
    },
  };
  const rendered = await render(new Request(`https://jobads.example${job.path}`), context, assets);
  const html = Buffer.from(rendered.html);
  const br = (bytes) =>
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_LGWIN]: 20 } }).length;
  // Files go precompressed (scripts/precompress.mjs); the page is compressed as it is sent.
  const file = (f) => ({ what: f, bytes: readFileSync(join(dist, f)), sent: readFileSync(join(dist, `${f}.br`)).length });
  const parts = [
    { what: `HTML of ${job.path}`, bytes: html, sent: br(html) },
    ...assets.styles.map(file),
    ...assets.scripts.map(file),
  ];
  let sum = 0;
  console.log(`\nA job page's first load (brotli as the server sends it):`);
  for (const p of parts) {
    const size = p.sent;
    sum += size;
    console.log(`  ${kb(size).padStart(7)} KB  ${p.what}  (${kb(p.bytes.length)} KB raw)`);
  }
  console.log(`  ${kb(sum).padStart(7)} KB  total, budget ${JOB_PAGE_BUDGET_KB} KB`);
  const text = parts.map((p) => p.bytes.toString("utf8")).join("");
  const appOnly = PLAYGROUND_ONLY.concat(["ApolloClient", "ApolloProvider"]).filter((m) => text.includes(m));
  if (appOnly.length > 0) {
    console.error(`\nThe job page loads the app's or the playground's code: ${appOnly.join(", ")}`);
    process.exit(1);
  }
  if (sum > JOB_PAGE_BUDGET_KB * 1024) {
    console.error(`\nThe job page is over budget by ${kb(sum - JOB_PAGE_BUDGET_KB * 1024)} KB.`);
    process.exit(1);
  }
}
