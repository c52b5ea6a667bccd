import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { sha256 } from "../../lib/secrets.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import {
  PASSWORD,
  activeConnection,
  employer,
  grantCredits,
  invitationToken,
  serviceProvider,
  signUp,
  uniqueEmail,
} from "../../../test/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CONNECTION = `id status invitedCompanyName invitedEmail contactName invitedAt respondedAt sharedCredits serviceProvider { id name } client { id name }`;
const INVITE = `mutation($input: InviteClientInput!) { inviteClient(input: $input) { ${CONNECTION} } }`;
const RESEND = `mutation($id: ID!) { resendClientInvitation(connectionId: $id) { ${CONNECTION} } }`;
const ACCEPT = `mutation($token: String!) { acceptClientInvitation(token: $token) { ${CONNECTION} } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToAccessRequest(connectionId: $id, accept: $accept) { ${CONNECTION} } }`;
const REVOKE = `mutation($id: ID!) { revokeClientConnection(connectionId: $id) { ${CONNECTION} } }`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { serviceProviderName inviterName invitedCompanyName invitedEmail status accountExists } }`;
const CLIENTS = `query($status: ConnectionStatus, $search: String, $first: Int!, $after: String) {
  clients(status: $status, search: $search, first: $first, after: $after) { nodes { id invitedCompanyName status sharedCredits } endCursor hasNextPage } }`;
const ACCESS_REQUESTS = `query($status: ConnectionStatus) { accessRequests(status: $status) { ${CONNECTION} } }`;
const AUDIT = `{ auditEvents(first: 50) { nodes { action summary actor { email } actingServiceProvider { name } } } }`;

const harbour = () => serviceProvider(t, { organizationName: "Harbour Migration" });
const cafe = () => employer(t, { organizationName: "Coastal Cafe" });

describe("inviting a client and accepting by the link (R6)", () => {
  it("mails a single-use link, previews it to anyone, and the employer's owner accepts it", async () => {
    const agency = await harbour();
    const client = await cafe();
    const { inviteClient: invited } = await agency.client.ok(INVITE, {
      input: {
        companyName: "Coastal Cafe",
        email: client.email.toUpperCase(),
        contactName: "Casey",
        message: "Let us post your ads.",
      },
    });
    expect(invited).toMatchObject({
      status: "PENDING",
      invitedEmail: client.email,
      contactName: "Casey",
      client: null,
      respondedAt: null,
      sharedCredits: 0,
    });
    expect(invited.serviceProvider).toEqual({ id: agency.organizationId, name: "Harbour Migration" });

    const { devMailbox } = await t
      .client()
      .ok(`query($to: String) { devMailbox(to: $to) { to subject text createdAt } }`, { to: client.email });
    expect(devMailbox[0].subject).toBe("Harbour Migration invites Coastal Cafe to connect");
    expect(devMailbox[0].text).toMatch(/^Hello Casey,/);
    expect(devMailbox[0].text).toContain("Let us post your ads.");
    expect(devMailbox[0].text).toMatch(new RegExp(`${t.url.replace(/[.]/g, "\\.")}/invitation/[A-Za-z0-9_-]{43}\\s`));

    const token = await invitationToken(t, client.email);
    const { invitation } = await t.client().ok(PREVIEW, { token });
    expect(invitation).toEqual({
      serviceProviderName: "Harbour Migration",
      inviterName: "Test Person",
      invitedCompanyName: "Coastal Cafe",
      invitedEmail: client.email,
      status: "PENDING",
      accountExists: true,
    });

    const { acceptClientInvitation: accepted } = await client.client.ok(ACCEPT, { token });
    expect(accepted).toMatchObject({
      id: invited.id,
      status: "ACTIVE",
      client: { id: client.organizationId, name: "Coastal Cafe" },
    });
    expect(accepted.respondedAt).not.toBeNull();

    // Single use: the link accepts no more, and says it was accepted.
    expect((await t.client().ok(PREVIEW, { token })).invitation.status).toBe("ACTIVE");
    const again = await client.client.fails(ACCEPT, { token });
    expect(again.extensions?.code).toBe("NOT_FOUND");
    expect(again.message).toMatch(/not valid or has already been used/);
    expect((await agency.client.ok(CLIENTS, { first: 10 })).clients.nodes).toEqual([
      { id: invited.id, invitedCompanyName: "Coastal Cafe", status: "ACTIVE", sharedCredits: 0 },
    ]);
  });

  it("stores only the token's sha256, never the token", async () => {
    const agency = await harbour();
    const email = uniqueEmail("hashed");
    const { inviteClient } = await agency.client.ok(INVITE, { input: { companyName: "Hash Co", email } });
    const token = await invitationToken(t, email);
    const rows = await t.database.db.execute(sql`SELECT * FROM client_connections WHERE id = ${inviteClient.id}`);
    const row = (Array.isArray(rows) ? rows[0] : (rows as unknown as { rows: unknown[] }).rows[0]) as Record<string, unknown>;
    expect(row.token_hash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("refuses a malformed email and an empty company name with field messages", async () => {
    const agency = await harbour();
    const bad = await agency.client.fails(INVITE, { input: { companyName: "", email: "nope" } });
    expect(bad.extensions?.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(bad.extensions?.fields ?? {}).sort()).toEqual(["companyName", "email"]);
    const blank = await agency.client.fails(INVITE, { input: { companyName: "   ", email: uniqueEmail() } });
    expect(blank.extensions?.fields).toEqual({ companyName: "Enter the company's name." });
  });

  it("only service providers invite, and only employers list access requests", async () => {
    const client = await cafe();
    expect((await client.client.fails(INVITE, { input: { companyName: "X", email: uniqueEmail() } })).extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await client.client.fails(CLIENTS, { first: 5 })).extensions?.code).toBe("FORBIDDEN");
    const agency = await harbour();
    expect((await agency.client.fails(ACCESS_REQUESTS)).extensions?.code).toBe("FORBIDDEN");
    expect((await t.client().fails(CLIENTS, { first: 5 })).extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("signing up from an invitation link", () => {
  it("creates the employer and accepts the invitation in the same step", async () => {
    const agency = await harbour();
    const email = uniqueEmail("newcomer");
    const { inviteClient } = await agency.client.ok(INVITE, { input: { companyName: "Newcomer Pty Ltd", email } });
    const token = await invitationToken(t, email);
    expect((await t.client().ok(PREVIEW, { token })).invitation.accountExists).toBe(false);

    const newcomer = await signUp(t, "EMPLOYER", { email, organizationName: "Newcomer Pty Ltd", invitationToken: token });
    const { accessRequests } = await newcomer.client.ok(ACCESS_REQUESTS);
    expect(accessRequests).toHaveLength(1);
    expect(accessRequests[0]).toMatchObject({ id: inviteClient.id, status: "ACTIVE", client: { id: newcomer.organizationId } });
    const { auditEvents } = await newcomer.client.ok(AUDIT);
    expect(auditEvents.nodes.map((e: { summary: string }) => e.summary)).toContain(
      "Accepted Harbour Migration's request to access this account",
    );
  });

  it("undoes the whole sign-up when the token is not valid", async () => {
    const email = uniqueEmail("undone");
    const input = {
      email,
      password: PASSWORD,
      name: "N",
      organizationName: "Undone",
      organizationKind: "EMPLOYER",
      invitationToken: "not-a-token",
    };
    const error = await t.client().fails(`mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, { input });
    expect(error.extensions?.code).toBe("NOT_FOUND");
    // No half-made account: the same email signs up normally afterwards.
    await signUp(t, "EMPLOYER", { email });
  });
});

describe("one open connection per email and per company (R6)", () => {
  it("answers CONFLICT for the same email (any case), the same company name, or a colleague of a connected client", async () => {
    const agency = await harbour();
    const client = await cafe();
    const colleagueEmail = uniqueEmail("colleague");
    await activeConnection(t, agency, client, "Coastal Cafe");
    // The colleague joins Coastal Cafe's account: give the cafe a second member.
    const colleague = await signUp(t, "EMPLOYER", { email: colleagueEmail });
    await t.database.db.execute(
      sql`INSERT INTO memberships (user_id, organization_id, role) VALUES (${colleague.userId}, ${client.organizationId}, 'ADMIN')`,
    );

    const sameEmail = await agency.client.fails(INVITE, {
      input: { companyName: "Other Name", email: client.email.toUpperCase() },
    });
    expect(sameEmail.extensions?.code).toBe("CONFLICT");
    expect(sameEmail.extensions?.fields).toHaveProperty("email");
    const sameCompany = await agency.client.fails(INVITE, { input: { companyName: "coastal cafe", email: uniqueEmail() } });
    expect(sameCompany.extensions?.code).toBe("CONFLICT");
    expect(sameCompany.extensions?.fields).toHaveProperty("companyName");
    const viaColleague = await agency.client.fails(INVITE, { input: { companyName: "Cafe Group", email: colleagueEmail } });
    expect(viaColleague.extensions?.code).toBe("CONFLICT");

    // Another agency is free to invite the same company.
    const other = await harbour();
    await other.client.ok(INVITE, { input: { companyName: "Coastal Cafe", email: client.email } });
  });

  it("lets exactly one of two simultaneous invitations to the same email through", async () => {
    const agency = await harbour();
    const email = uniqueEmail("race");
    const results = await Promise.all(
      [1, 2, 3].map((n) => agency.client.request(INVITE, { input: { companyName: `Race ${n}`, email } })),
    );
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(["CONFLICT", "CONFLICT"]);
  });
});

describe("resending and expiry", () => {
  it("resending replaces the token: the old link stops working and the new one accepts", async () => {
    const agency = await harbour();
    const client = await cafe();
    const { inviteClient } = await agency.client.ok(INVITE, { input: { companyName: "Coastal Cafe", email: client.email } });
    const first = await invitationToken(t, client.email);
    const { resendClientInvitation } = await agency.client.ok(RESEND, { id: inviteClient.id });
    expect(resendClientInvitation.status).toBe("PENDING");
    const second = await invitationToken(t, client.email);
    expect(second).not.toBe(first);

    expect((await t.client().ok(PREVIEW, { token: first })).invitation).toBeNull();
    expect((await client.client.fails(ACCEPT, { token: first })).extensions?.code).toBe("NOT_FOUND");
    await client.client.ok(ACCEPT, { token: second });
    const resendActive = await agency.client.fails(RESEND, { id: inviteClient.id });
    expect(resendActive.extensions?.code).toBe("CONFLICT");
    expect((await (await harbour()).client.fails(RESEND, { id: inviteClient.id })).extensions?.code).toBe("NOT_FOUND");
  });

  it("shows an invitation as EXPIRED after 14 days, refuses it, and a resend revives it", async () => {
    const agency = await harbour();
    const client = await cafe();
    const { inviteClient } = await agency.client.ok(INVITE, { input: { companyName: "Late Cafe", email: client.email } });
    const token = await invitationToken(t, client.email);
    t.clock.advanceDays(14);
    expect((await t.client().ok(PREVIEW, { token })).invitation.status).toBe("EXPIRED");
    const expiredList = await agency.client.ok(CLIENTS, { status: "EXPIRED", first: 10 });
    expect(expiredList.clients.nodes.map((n: { id: string }) => n.id)).toEqual([inviteClient.id]);
    expect((await agency.client.ok(CLIENTS, { status: "PENDING", first: 10 })).clients.nodes).toEqual([]);
    const refused = await client.client.fails(ACCEPT, { token });
    expect(refused.extensions?.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/expired/);

    await agency.client.ok(RESEND, { id: inviteClient.id });
    const { acceptClientInvitation } = await client.client.ok(ACCEPT, { token: await invitationToken(t, client.email) });
    expect(acceptClientInvitation.status).toBe("ACTIVE");
  });
});

describe("answering from the access requests list", () => {
  it("shows invitations sent to the employer's members; an owner accepts one and declines another", async () => {
    const client = await cafe();
    const first = await harbour();
    const second = await serviceProvider(t, { organizationName: "Second Agency" });
    const a = (await first.client.ok(INVITE, { input: { companyName: "Coastal Cafe", email: client.email } })).inviteClient;
    const b = (await second.client.ok(INVITE, { input: { companyName: "Coastal Cafe", email: client.email } })).inviteClient;

    const { accessRequests } = await client.client.ok(ACCESS_REQUESTS, { status: "PENDING" });
    expect(accessRequests.map((r: { id: string }) => r.id).sort()).toEqual([a.id, b.id].sort());
    // Another employer sees none of them and cannot answer them.
    const stranger = await employer(t);
    expect((await stranger.client.ok(ACCESS_REQUESTS)).accessRequests).toEqual([]);
    expect((await stranger.client.fails(RESPOND, { id: a.id, accept: true })).extensions?.code).toBe("NOT_FOUND");

    const accepted = (await client.client.ok(RESPOND, { id: a.id, accept: true })).respondToAccessRequest;
    expect(accepted).toMatchObject({ status: "ACTIVE", client: { id: client.organizationId } });
    const declined = (await client.client.ok(RESPOND, { id: b.id, accept: false })).respondToAccessRequest;
    expect(declined).toMatchObject({ status: "DECLINED", client: null });
    expect(declined.respondedAt).not.toBeNull();
    expect((await client.client.fails(RESPOND, { id: b.id, accept: true })).extensions?.code).toBe("CONFLICT");
    expect(
      (await client.client.ok(ACCESS_REQUESTS, { status: "DECLINED" })).accessRequests.map((r: { id: string }) => r.id),
    ).toEqual([b.id]);

    // Declined ends the invitation: the agency may invite again.
    await second.client.ok(INVITE, { input: { companyName: "Coastal Cafe", email: client.email } });
    const { auditEvents } = await second.client.ok(AUDIT);
    expect(auditEvents.nodes.map((e: { summary: string }) => e.summary)).toContain("Coastal Cafe declined your invitation");
  });

  it("a service provider may not answer, and nonsense ids are NOT_FOUND", async () => {
    const agency = await harbour();
    expect(
      (await agency.client.fails(RESPOND, { id: "00000000-0000-0000-0000-000000000000", accept: true })).extensions?.code,
    ).toBe("FORBIDDEN");
    const client = await cafe();
    expect((await client.client.fails(RESPOND, { id: "not-a-uuid", accept: true })).extensions?.code).toBe("NOT_FOUND");
  });
});

describe("revoking", () => {
  it("either side may revoke; both sides' audit logs record it", async () => {
    const agency = await harbour();
    const byClient = await cafe();
    const byAgency = await employer(t, { organizationName: "Bay Bakery" });
    const first = await activeConnection(t, agency, byClient, "Coastal Cafe");
    const second = await activeConnection(t, agency, byAgency, "Bay Bakery");

    expect((await byClient.client.ok(REVOKE, { id: first })).revokeClientConnection.status).toBe("REVOKED");
    expect((await agency.client.ok(REVOKE, { id: second })).revokeClientConnection.status).toBe("REVOKED");
    expect((await agency.client.fails(REVOKE, { id: first })).extensions?.code).toBe("CONFLICT");
    expect((await (await harbour()).client.fails(REVOKE, { id: second })).extensions?.code).toBe("NOT_FOUND");
    expect((await byClient.client.fails(REVOKE, { id: second })).extensions?.code).toBe("NOT_FOUND");

    const agencyLog = (await agency.client.ok(AUDIT)).auditEvents.nodes.map((e: { summary: string }) => e.summary);
    expect(agencyLog).toEqual(
      expect.arrayContaining([
        "Coastal Cafe revoked your access to its account",
        "Revoked the connection with Bay Bakery",
        "Coastal Cafe accepted your invitation to connect",
        "Invited Coastal Cafe (" + byClient.email + ") to connect",
      ]),
    );
    const clientLog = (await byAgency.client.ok(AUDIT)).auditEvents.nodes.map((e: { summary: string }) => e.summary);
    expect(clientLog).toContain("Harbour Migration ended its access to this account");
  });

  it("an agency may cancel a pending invitation, and its link stops working", async () => {
    const agency = await harbour();
    const email = uniqueEmail("cancelled");
    const { inviteClient } = await agency.client.ok(INVITE, { input: { companyName: "Cancelled Co", email } });
    const token = await invitationToken(t, email);
    expect((await agency.client.ok(REVOKE, { id: inviteClient.id })).revokeClientConnection.status).toBe("REVOKED");
    expect((await t.client().ok(PREVIEW, { token })).invitation).toBeNull();
  });
});

describe("the clients list", () => {
  it("shows the agency's shared credits for ACTIVE connections only while sharing is on", async () => {
    const agency = await harbour();
    const client = await cafe();
    const id = await activeConnection(t, agency, client);
    await agency.client.ok(INVITE, { input: { companyName: "Pending Co", email: uniqueEmail() } });
    await grantCredits(t, agency.organizationId, 7);
    const shared = async () =>
      (await agency.client.ok(CLIENTS, { first: 10 })).clients.nodes.map((n: { sharedCredits: number }) => n.sharedCredits);
    expect(await shared()).toEqual([0, 0]);
    await agency.client.ok(`mutation { setCreditSharing(enabled: true) { id } }`);
    expect((await shared()).sort()).toEqual([0, 7]);
    const { accessRequests } = await client.client.ok(ACCESS_REQUESTS);
    expect(accessRequests[0]).toMatchObject({ id, sharedCredits: 7 });
  });

  it("searches company names and emails and pages newest first without gaps or repeats", async () => {
    const agency = await harbour();
    const names = ["Alpha Bakery", "Beta Builders", "Gamma Bakery", "Delta Dental", "Epsilon 100%_ Co"];
    for (const companyName of names)
      await agency.client.ok(INVITE, { input: { companyName, email: uniqueEmail(companyName.split(" ")[0]!.toLowerCase()) } });

    const bakeries = (await agency.client.ok(CLIENTS, { search: "bakery", first: 10 })).clients.nodes.map(
      (n: { invitedCompanyName: string }) => n.invitedCompanyName,
    );
    expect(bakeries.sort()).toEqual(["Alpha Bakery", "Gamma Bakery"]);
    expect((await agency.client.ok(CLIENTS, { search: "DELTA-", first: 10 })).clients.nodes).toHaveLength(1);
    expect((await agency.client.ok(CLIENTS, { search: "100%_", first: 10 })).clients.nodes).toHaveLength(1);
    expect((await agency.client.ok(CLIENTS, { search: "%", first: 10 })).clients.nodes).toHaveLength(1);

    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const { clients } = (await agency.client.ok(CLIENTS, { first: 2, after })) as {
        clients: { nodes: { invitedCompanyName: string }[]; endCursor: string | null; hasNextPage: boolean };
      };
      seen.push(...clients.nodes.map((n) => n.invitedCompanyName));
      if (!clients.hasNextPage) break;
      after = clients.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(names));

    expect((await agency.client.fails(CLIENTS, { first: 101 })).extensions?.fields).toHaveProperty("first");
    expect((await agency.client.fails(CLIENTS, { first: 5, after: "garbage" })).extensions?.fields).toHaveProperty("after");
  });
});
