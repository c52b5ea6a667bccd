import postgres from "postgres";
import { createHash, randomBytes } from "node:crypto";
import { drive, freshDatabase, gql, row, startApi } from "./lib.js";
const db = await freshDatabase("bench_fw");
const api = await startApi(db.url, 4611, Number(process.env.BENCH_POOL ?? 8));
const sql = postgres(db.url, { max: 2, onnotice: () => {} });
const [{ id: org }] = await sql`INSERT INTO organizations (kind, name) VALUES ('EMPLOYER', 'E') RETURNING id`;
const [{ id: user }] = await sql`INSERT INTO users (email, name) VALUES ('x@example.com', 'X') RETURNING id`;
await sql`INSERT INTO memberships (user_id, organization_id, role) VALUES (${user}, ${org}, 'OWNER')`;
const secret = randomBytes(32).toString("base64url");
await sql`INSERT INTO sessions (id, user_id, organization_id, expires_at) VALUES (${createHash("sha256").update(secret).digest("hex")}, ${user}, ${org}, now() + interval '1 day')`;
const url = "http://127.0.0.1:4611";
for (const [label, q, cookie] of [["__typename anon", "{ __typename }", ""], ["viewer id", "{ viewer { user { id } } }", `sid=${secret}`]] as const) {
  await drive(4, 2, () => () => gql(url, cookie, q, {}).then(() => true));
  for (const c of [1, 16]) {
    const r = await drive(c, 4, () => async () => { const b = await gql(url, cookie, q, {}); return !b.errors; });
    console.log(row(`${label} ${c}`, r));
  }
}
await sql.end(); api.kill("SIGTERM"); await new Promise((r) => setTimeout(r, 500)); await db.drop(); process.exit();
