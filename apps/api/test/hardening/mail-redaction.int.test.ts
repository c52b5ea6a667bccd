import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../src/db/client.js";
import { startTestApp, type TestApp } from "../harness.js";
import { grantCredits, employer, serviceProvider, uniqueEmail } from "../factories.js";
import { APPLY, SAVE_PORTAL, applyInput, postJob, type Agency } from "../portal.js";
import { startSmtpStandIn } from "../smtp-standin.js";

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpStandIn>>;
beforeAll(async () => {
  smtp = await startSmtpStandIn();
  t = await startTestApp({ config: { smtpUrl: smtp.url } });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** The mail's body as the recipient reads it (quoted-printable undone). */
function bodiesTo(email: string): string[] {
  return smtp.received
    .filter((m) => m.to.includes(email))
    .map((m) =>
      m.raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    );
}

/** Delivers what is due (the test app runs no queue worker) and reads the token the newest mail to `email` links with. */
async function mailedToken(email: string, link: RegExp): Promise<string> {
  await t.app.services.queue.runDue();
  const token = bodiesTo(email)
    .map((body) => link.exec(body)?.[1])
    .filter((x) => x !== undefined)
    .at(-1);
  if (token === undefined) throw new Error(`no mail to ${email} matching ${link}`);
  return token;
}

/** Every row of every table, as text: what a dump of the database holds. */
async function databaseDump(): Promise<string> {
  const tables = rowsOf<{ schema: string; name: string }>(
    await t.database.db.execute(
      sql`SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
          WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    ),
  );
  const parts: string[] = [];
  for (const { schema, name } of tables) {
    const rows = rowsOf<{ row: string }>(
      await t.database.db.execute(sql.raw(`SELECT t::text AS row FROM "${schema}"."${name}" t`)),
    );
    parts.push(`${schema}.${name}`, ...rows.map((r) => r.row));
  }
  return parts.join("\n");
}

const INVITE_CLIENT = `mutation($input: InviteClientInput!) { inviteClient(input: $input) { id } }`;
const ACCEPT = `mutation($token: String!) { acceptClientInvitation(token: $token) { id } }`;
const CREATE_CONTACT = `mutation($input: ContactInput!) { createContact(input: $input) { id } }`;
const INVITE_CONTACT = `mutation($id: ID!) { inviteContactToPortal(contactId: $id) { id } }`;
const REQUEST_EXPORT = `mutation($email: String!) { requestCandidateDataExport(email: $email) }`;

describe("mail after delivery", () => {
  it("a database dump after an invitation, an activation and an export request holds none of their tokens", async () => {
    const agency = await serviceProvider(t, { organizationName: "Acme Recruiting" });
    const client = await employer(t, { organizationName: "Beach Cafe" });
    const { inviteClient } = await agency.client.ok(INVITE_CLIENT, { input: { companyName: "Beach Cafe", email: client.email } });
    await client.client.ok(ACCEPT, { token: await mailedToken(client.email, /\/invitation\/([A-Za-z0-9_-]+)/) });
    await grantCredits(t, client.organizationId, 10);

    const slug = `acme-${Date.now().toString(36)}`;
    await agency.client.ok(SAVE_PORTAL, { input: { slug, title: "Acme Jobs", intro: "Work with us" } });

    // 1. A client invitation nobody has used yet (a working link for 14 days).
    const invited = uniqueEmail("invited");
    await agency.client.ok(INVITE_CLIENT, { input: { companyName: "Bondi Bakery", email: invited } });
    const invitation = await mailedToken(invited, /\/invitation\/([A-Za-z0-9_-]+)/);

    // 2. A contact's portal activation, not yet used.
    const contact = uniqueEmail("contact");
    const { createContact } = await agency.client.ok(CREATE_CONTACT, {
      input: { name: "Mia Chen", email: contact, companyId: client.organizationId },
    });
    await agency.client.ok(INVITE_CONTACT, { id: createContact.id });
    const activation = await mailedToken(contact, /\/activate\?token=([A-Za-z0-9_-]+)/);

    // 3. A candidate's data export link.
    const a: Agency = { agency, client, connectionId: inviteClient.id, slug };
    const jobId = await postJob(a, { title: "Barista" });
    const candidate = uniqueEmail("candidate");
    await t.client().ok(APPLY, { input: applyInput(a, jobId, { email: candidate }) });
    await t.client().ok(REQUEST_EXPORT, { email: candidate });
    const exportToken = await mailedToken(candidate, /\/your-data\/export\?token=([A-Za-z0-9_-]+)/);

    // The links work (so they are worth stealing) …
    expect((await fetch(`${t.url}/candidate-data/export?token=${exportToken}`)).status).toBe(200);
    const preview = await t.client().ok(`query($token: String!) { invitation(token: $token) { invitedCompanyName } }`, {
      token: invitation,
    });
    expect(preview.invitation.invitedCompanyName).toBe("Bondi Bakery");
    const portal = await t.client().ok(`query($token: String!) { portalInvitation(token: $token) { email } }`, {
      token: activation,
    });
    expect(portal.portalInvitation.email).toBe(contact);

    // … and the database holds none of them.
    const dump = await databaseDump();
    expect(dump).toContain(contact); // the dump does read the rows
    expect(dump).toContain("outbox_emails");
    for (const [what, token] of Object.entries({ invitation, activation, exportToken })) {
      expect(token.length, what).toBeGreaterThan(20);
      expect(dump.includes(token), `${what} token in the dump`).toBe(false);
    }
    // Nothing undelivered is left holding a link either.
    const unsent = rowsOf<{ n: number }>(
      await t.database.db.execute(sql`SELECT count(*)::int AS n FROM outbox_emails WHERE sent_at IS NULL`),
    );
    expect(Number(unsent[0]!.n)).toBe(0);
  });
});
