import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { memberships } from "../../db/schema/index.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { activeConnection, employer, serviceProvider, signUp, uniqueEmail, type SignedUp } from "../../../test/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const INVITATION = `id clientName inviterName email message status invitedAt respondedAt connectionId`;
const INVITE = `mutation($input: InviteAgencyInput!) { inviteAgency(input: $input) { ${INVITATION} } }`;
const RESEND = `mutation($id: ID!) { resendAgencyInvitation(invitationId: $id) { ${INVITATION} } }`;
const CANCEL = `mutation($id: ID!) { cancelAgencyInvitation(invitationId: $id) { ${INVITATION} } }`;
const SENT = `{ agencyInvitations { ${INVITATION} } }`;
const REQUESTS = `{ clientRequests { ${INVITATION} } }`;
const PREVIEW = `query($token: String!) { agencyInvitation(token: $token) { clientName inviterName email message status accountExists } }`;
const ACCEPT = `mutation($token: String!) { acceptAgencyInvitation(token: $token) { id status invitedCompanyName serviceProvider { id } client { id name } } }`;
const DECLINE = `mutation($token: String!) { declineAgencyInvitation(token: $token) { id status } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToClientRequest(invitationId: $id, accept: $accept) { ${INVITATION} } }`;
const CLIENTS = `{ clients(first: 20) { nodes { id status invitedCompanyName client { id name } } } }`;
const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { accessingClient { id client { name } } } }`;
const MAILBOX = `query($to: String) { devMailbox(to: $to) { subject text } }`;
const NOTIFICATIONS = `{ notifications(first: 20) { kind title link } }`;

/** What the employer's owner was told: in the app, and the subjects mailed to them. */
async function toldEmployer(client: SignedUp) {
  const { notifications } = await client.client.ok(NOTIFICATIONS);
  const { devMailbox } = await t.client().ok(MAILBOX, { to: client.email });
  return {
    inApp: (notifications as { kind: string; title: string; link: string }[]).filter((n) => n.kind === "AGENCY_ANSWERED"),
    mailed: (devMailbox as { subject: string }[]).map((m) => m.subject),
  };
}

const bakery = () => employer(t, { organizationName: "Northside Bakery" });
const agency = () => serviceProvider(t, { organizationName: "Harbour Migration" });

/** The token in the newest agency-invitation link mailed to the address, read as the person would. */
async function mailedToken(email: string): Promise<string> {
  const { devMailbox } = await t.client().ok(MAILBOX, { to: email });
  for (const mail of devMailbox as { text: string }[]) {
    const token = /\/agency-invitation\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    if (token !== undefined) return token;
  }
  throw new Error(`no agency invitation mailed to ${email}`);
}

async function invited(client: SignedUp, email: string, message: string | null = null) {
  const { inviteAgency } = await client.client.ok(INVITE, { input: { email, message } });
  return { invitation: inviteAgency, token: await mailedToken(email) };
}

async function asRole(person: SignedUp, role: "MEMBER" | "ADMIN") {
  await t.database.db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.userId, person.userId), eq(memberships.organizationId, person.organizationId)));
}

describe("an employer invites a service provider (R6, the other direction)", () => {
  it("mails a single-use link whose token is stored only as a hash, and previews who invites", async () => {
    const client = await bakery();
    const sp = await agency();
    const { inviteAgency } = await client.client.ok(INVITE, {
      input: { email: sp.email.toUpperCase(), message: "Please run our ads." },
    });
    expect(inviteAgency).toMatchObject({
      clientName: "Northside Bakery",
      inviterName: "Test Person",
      email: sp.email,
      status: "PENDING",
      connectionId: null,
    });
    const { devMailbox } = await t.client().ok(MAILBOX, { to: sp.email });
    expect(devMailbox[0].subject).toBe("Northside Bakery invites your agency to manage its job ads");
    expect(devMailbox[0].text).toContain("Please run our ads.");
    expect(devMailbox[0].text).toMatch(new RegExp(`${t.url.replace(/[.]/g, "\\.")}/agency-invitation/[A-Za-z0-9_-]{43}\\s`));
    const token = await mailedToken(sp.email);
    const stored = await t.database.db.execute(`select token_hash from agency_invitations where email = '${sp.email}'`);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect((await t.client().ok(PREVIEW, { token })).agencyInvitation).toEqual({
      clientName: "Northside Bakery",
      inviterName: "Test Person",
      email: sp.email,
      message: "Please run our ads.",
      status: "PENDING",
      accountExists: true,
    });
    expect((await client.client.ok(SENT)).agencyInvitations).toHaveLength(1);
  });

  it("accepting by the link makes an ACTIVE connection: the client is in Manage Clients and Access company works", async () => {
    const client = await bakery();
    const sp = await agency();
    const { token } = await invited(client, sp.email);
    const { acceptAgencyInvitation: connection } = await sp.client.ok(ACCEPT, { token });
    expect(connection).toMatchObject({
      status: "ACTIVE",
      invitedCompanyName: "Northside Bakery",
      serviceProvider: { id: sp.organizationId },
      client: { id: client.organizationId, name: "Northside Bakery" },
    });
    const { clients } = await sp.client.ok(CLIENTS);
    expect(clients.nodes).toEqual([
      {
        id: connection.id,
        status: "ACTIVE",
        invitedCompanyName: "Northside Bakery",
        client: { id: client.organizationId, name: "Northside Bakery" },
      },
    ]);
    // The link works once.
    const reused = await sp.client.fails(ACCEPT, { token });
    expect(reused).toMatchObject({
      message: "This invitation was already accepted: Northside Bakery is in Manage Clients.",
      extensions: { code: "CONFLICT", reason: "LINK_USED" },
    });
    const { accessCompany } = await sp.client.ok(ACCESS, { id: connection.id });
    expect(accessCompany.accessingClient.client.name).toBe("Northside Bakery");
    expect((await t.client().ok(PREVIEW, { token })).agencyInvitation.status).toBe("ACTIVE");
    expect((await client.client.ok(SENT)).agencyInvitations[0]).toMatchObject({ status: "ACTIVE", connectionId: connection.id });
    // The employer hears of the answer, in the app and by mail.
    const told = await toldEmployer(client);
    expect(told.inApp).toEqual([
      {
        kind: "AGENCY_ANSWERED",
        title: "Harbour Migration accepted your invitation to manage your job ads",
        link: "/employer/access-requests",
      },
    ]);
    expect(told.mailed).toContain("Harbour Migration accepted your invitation to manage your job ads");
  });

  it("is a CONFLICT when the address already has a pending invitation, or the pair a pending or active connection", async () => {
    const client = await bakery();
    const sp = await agency();
    const { invitation } = await invited(client, sp.email);
    const again = await client.client.fails(INVITE, { input: { email: sp.email } });
    expect(again.extensions).toMatchObject({ code: "CONFLICT", fields: { email: expect.stringContaining("Resend it instead") } });

    // Resending replaces the link: the old one stops working, the new one works.
    const first = await mailedToken(sp.email);
    await client.client.ok(RESEND, { id: invitation.id });
    const second = await mailedToken(sp.email);
    expect(second).not.toBe(first);
    expect((await t.client().ok(PREVIEW, { token: first })).agencyInvitation).toBeNull();
    expect((await sp.client.fails(ACCEPT, { token: first })).extensions?.code).toBe("NOT_FOUND");
    await sp.client.ok(ACCEPT, { token: second });

    // Now ACTIVE between the pair: a new invitation to a colleague's address of the same agency is refused too.
    const active = await client.client.fails(INVITE, { input: { email: sp.email } });
    expect(active.extensions?.code).toBe("CONFLICT");

    // And when the agency already invited this employer the usual way (agency -> client), the pair is taken.
    const other = await employer(t, { organizationName: "Other Cafe" });
    const sp2 = await agency();
    await activeConnection(t, sp2, other, "Other Cafe");
    expect((await other.client.fails(INVITE, { input: { email: sp2.email } })).extensions?.code).toBe("CONFLICT");
  });

  it("lists requests from clients in Manage Clients, where an owner accepts one and declines another", async () => {
    const sp = await agency();
    const first = await bakery();
    const second = await employer(t, { organizationName: "Hilltop Farm" });
    await invited(first, sp.email);
    const { token: secondToken } = await invited(second, sp.email);
    const { clientRequests } = await sp.client.ok(REQUESTS);
    // Newest first; both were sent at the same (test clock) moment here, so compare as a set.
    const byName = (name: string) => clientRequests.find((r: { clientName: string }) => r.clientName === name);
    expect(clientRequests.map((r: { clientName: string }) => r.clientName).sort()).toEqual(["Hilltop Farm", "Northside Bakery"]);
    // Another agency sees none of them.
    expect((await (await agency()).client.ok(REQUESTS)).clientRequests).toEqual([]);

    const { respondToClientRequest: accepted } = await sp.client.ok(RESPOND, { id: byName("Northside Bakery").id, accept: true });
    expect(accepted).toMatchObject({ status: "ACTIVE", connectionId: expect.any(String) });
    const { respondToClientRequest: declined } = await sp.client.ok(RESPOND, { id: byName("Hilltop Farm").id, accept: false });
    expect(declined.status).toBe("DECLINED");

    expect((await sp.client.ok(REQUESTS)).clientRequests).toEqual([]);
    const { clients } = await sp.client.ok(CLIENTS);
    expect(clients.nodes.map((c: { invitedCompanyName: string }) => c.invitedCompanyName)).toEqual(["Northside Bakery"]);
    // The declined link says so.
    expect((await t.client().ok(PREVIEW, { token: secondToken })).agencyInvitation.status).toBe("DECLINED");
    const late = await sp.client.fails(ACCEPT, { token: secondToken });
    expect(late).toMatchObject({
      message: "This invitation was declined. Ask Hilltop Farm to invite you again.",
      extensions: { code: "CONFLICT", reason: "LINK_USED" },
    });
    expect((await second.client.ok(SENT)).agencyInvitations[0].status).toBe("DECLINED");
  });

  it("declines by the link", async () => {
    const client = await bakery();
    const sp = await agency();
    const { token } = await invited(client, sp.email);
    expect((await sp.client.ok(DECLINE, { token })).declineAgencyInvitation.status).toBe("DECLINED");
    expect((await sp.client.fails(DECLINE, { token })).extensions?.code).toBe("CONFLICT");
    expect((await sp.client.ok(CLIENTS)).clients.nodes).toEqual([]);
    const told = await toldEmployer(client);
    expect(told.inApp.map((n) => n.title)).toEqual(["Harbour Migration declined your invitation"]);
    expect(told.mailed).toContain("Harbour Migration declined your invitation");
  });

  it("the employer cancels a pending invitation: the link says so, the agency cannot answer, and the address may be invited again", async () => {
    const client = await bakery();
    const sp = await agency();
    const other = await agency();
    const { invitation, token } = await invited(client, sp.email);
    expect((await other.client.fails(CANCEL, { id: invitation.id })).extensions?.code).toBe("FORBIDDEN");
    const { cancelAgencyInvitation } = await client.client.ok(CANCEL, { id: invitation.id });
    expect(cancelAgencyInvitation).toMatchObject({ id: invitation.id, status: "REVOKED", connectionId: null });
    expect(cancelAgencyInvitation.respondedAt).not.toBeNull();
    expect((await t.client().ok(PREVIEW, { token })).agencyInvitation.status).toBe("REVOKED");
    expect(await sp.client.fails(ACCEPT, { token })).toMatchObject({
      message: "Northside Bakery cancelled this invitation.",
      extensions: { code: "CONFLICT", reason: "LINK_USED" },
    });
    expect((await sp.client.ok(REQUESTS)).clientRequests).toEqual([]);
    expect((await client.client.fails(CANCEL, { id: invitation.id })).extensions?.code).toBe("CONFLICT");
    expect((await client.client.fails(RESEND, { id: invitation.id })).extensions?.code).toBe("CONFLICT");
    expect((await client.client.fails(CANCEL, { id: crypto.randomUUID() })).extensions?.code).toBe("NOT_FOUND");
    // The address is free again: a new invitation, and its link works.
    await invited(client, sp.email);
    await sp.client.ok(ACCEPT, { token: await mailedToken(sp.email) });
    expect((await client.client.ok(SENT)).agencyInvitations.map((i: { status: string }) => i.status).sort()).toEqual([
      "ACTIVE",
      "REVOKED",
    ]);
  });

  it("refuses an expired link with a clear message; resending gives a new 14 days", async () => {
    const client = await bakery();
    const sp = await agency();
    const { invitation, token } = await invited(client, sp.email);
    t.clock.advanceDays(15);
    try {
      expect((await t.client().ok(PREVIEW, { token })).agencyInvitation.status).toBe("EXPIRED");
      expect(await sp.client.fails(ACCEPT, { token })).toMatchObject({
        message: "This invitation has expired. Ask Northside Bakery to send it again.",
        extensions: { code: "CONFLICT", reason: "LINK_EXPIRED" },
      });
      // Still counts as open: invite again is a CONFLICT, resend instead.
      expect((await client.client.fails(INVITE, { input: { email: sp.email } })).extensions?.code).toBe("CONFLICT");
      await client.client.ok(RESEND, { id: invitation.id });
      await sp.client.ok(ACCEPT, { token: await mailedToken(sp.email) });
    } finally {
      t.clock.advanceDays(-15);
    }
  });

  it("two accepts of one invitation at the same moment: exactly one wins", async () => {
    const client = await bakery();
    const sp = await agency();
    const rival = await agency();
    const { token } = await invited(client, sp.email);
    const results = await Promise.all([sp.client.request(ACCEPT, { token }), rival.client.request(ACCEPT, { token })]);
    const winners = results.filter((r) => r.errors === undefined);
    expect(winners).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const rows = await t.database.db.execute(
      `select count(*)::int as n from client_connections where client_id = '${client.organizationId}'`,
    );
    expect(JSON.stringify(rows)).toContain('"n":1');
  });

  it("only owners and admins: a member may not invite or accept, and an agency inside the company may not invite", async () => {
    const client = await bakery();
    const sp = await agency();
    const { token } = await invited(client, sp.email);

    await asRole(sp, "MEMBER");
    expect((await sp.client.fails(ACCEPT, { token })).extensions?.code).toBe("FORBIDDEN");
    expect((await sp.client.fails(DECLINE, { token })).extensions?.code).toBe("FORBIDDEN");
    await asRole(sp, "ADMIN");
    await sp.client.ok(ACCEPT, { token });

    const member = await employer(t);
    await asRole(member, "MEMBER");
    expect((await member.client.fails(INVITE, { input: { email: uniqueEmail("agency") } })).extensions?.code).toBe("FORBIDDEN");
    // An employer cannot answer as an agency.
    expect((await client.client.fails(ACCEPT, { token })).extensions?.code).toBe("FORBIDDEN");

    // R7: while the agency is inside the company, it may not invite other agencies for it.
    const { clients } = await sp.client.ok(CLIENTS);
    await sp.client.ok(ACCESS, { id: clients.nodes[0].id });
    const inside = await sp.client.fails(INVITE, { input: { email: uniqueEmail("agency") } });
    expect(inside.extensions?.code).toBe("FORBIDDEN");
  });

  it("a new agency signs up from the link and the connection is accepted in the same step", async () => {
    const client = await bakery();
    const email = uniqueEmail("new-agency");
    const { token } = await invited(client, email);
    expect((await t.client().ok(PREVIEW, { token })).agencyInvitation.accountExists).toBe(false);

    const fresh = await signUp(t, "SERVICE_PROVIDER", { email, organizationName: "Fresh Visas", agencyInvitationToken: token });
    const { clients } = await fresh.client.ok(CLIENTS);
    expect(clients.nodes).toMatchObject([{ status: "ACTIVE", client: { id: client.organizationId, name: "Northside Bakery" } }]);

    // A used token undoes the sign-up: no account is left behind.
    const again = uniqueEmail("late-agency");
    const refused = await t.client().fails(`mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
      input: {
        email: again,
        password: "correct-horse-battery",
        name: "Late",
        organizationName: "Late Agency",
        organizationKind: "SERVICE_PROVIDER",
        agencyInvitationToken: token,
      },
    });
    expect(refused.extensions?.code).toBe("CONFLICT");
    expect((await t.client().ok(`query($e: String!) { devMailbox(to: $e) { subject } }`, { e: again })).devMailbox).toEqual([]);
    // An employer cannot sign up with an agency invitation.
    const wrongKind = await t.client().fails(`mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
      input: {
        email: uniqueEmail("emp"),
        password: "correct-horse-battery",
        name: "E",
        organizationName: "E Co",
        organizationKind: "EMPLOYER",
        agencyInvitationToken: token,
      },
    });
    expect(wrongKind.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
