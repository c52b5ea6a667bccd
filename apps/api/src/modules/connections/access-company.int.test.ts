import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { activeConnection, employer, invitationToken, serviceProvider, uniqueEmail } from "../../../test/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const VIEWER_FIELDS = `currentOrganization { id name kind } serviceProvider { id name } accessingClient { id status client { id name } serviceProvider { name } }`;
const VIEWER = `{ viewer { ${VIEWER_FIELDS} } }`;
const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { ${VIEWER_FIELDS} } }`;
const SWITCH_BACK = `mutation { switchToServiceProvider { ${VIEWER_FIELDS} } }`;
const REVOKE = `mutation($id: ID!) { revokeClientConnection(connectionId: $id) { status } }`;
const INVITE = `mutation($input: InviteClientInput!) { inviteClient(input: $input) { id } }`;

const harbour = () => serviceProvider(t, { organizationName: "Harbour Migration" });
const cafe = () => employer(t, { organizationName: "Coastal Cafe" });

describe("accessing a client's account (R7)", () => {
  it("enters an ACTIVE client's account for this and later requests, and switches back", async () => {
    const agency = await harbour();
    const client = await cafe();
    const id = await activeConnection(t, agency, client);

    const { accessCompany } = await agency.client.ok(ACCESS, { id });
    expect(accessCompany).toEqual({
      currentOrganization: { id: client.organizationId, name: "Coastal Cafe", kind: "EMPLOYER" },
      serviceProvider: { id: agency.organizationId, name: "Harbour Migration" },
      accessingClient: {
        id,
        status: "ACTIVE",
        client: { id: client.organizationId, name: "Coastal Cafe" },
        serviceProvider: { name: "Harbour Migration" },
      },
    });
    // The session, not the client, holds it.
    expect((await agency.client.ok(VIEWER)).viewer).toEqual(accessCompany);

    const { switchToServiceProvider } = await agency.client.ok(SWITCH_BACK);
    expect(switchToServiceProvider).toEqual({
      currentOrganization: { id: agency.organizationId, name: "Harbour Migration", kind: "SERVICE_PROVIDER" },
      serviceProvider: null,
      accessingClient: null,
    });
    expect((await agency.client.ok(VIEWER)).viewer.accessingClient).toBeNull();
  });

  it("goes straight from one client to another", async () => {
    const agency = await harbour();
    const first = await cafe();
    const second = await employer(t, { organizationName: "Bay Bakery" });
    const a = await activeConnection(t, agency, first);
    const b = await activeConnection(t, agency, second);
    await agency.client.ok(ACCESS, { id: a });
    const { accessCompany } = await agency.client.ok(ACCESS, { id: b });
    expect(accessCompany.currentOrganization.name).toBe("Bay Bakery");
  });

  it("is FORBIDDEN for PENDING, DECLINED and REVOKED connections", async () => {
    const agency = await harbour();
    const pendingEmail = uniqueEmail("pending");
    const pending = (await agency.client.ok(INVITE, { input: { companyName: "Pending Co", email: pendingEmail } })).inviteClient
      .id;

    const decliner = await employer(t, { organizationName: "Decliner" });
    const declined = (await agency.client.ok(INVITE, { input: { companyName: "Decliner", email: decliner.email } })).inviteClient
      .id;
    await decliner.client.ok(`mutation($id: ID!) { respondToAccessRequest(connectionId: $id, accept: false) { status } }`, {
      id: declined,
    });

    const revoker = await employer(t, { organizationName: "Revoker" });
    const revoked = await activeConnection(t, agency, revoker, "Revoker");
    await revoker.client.ok(REVOKE, { id: revoked });

    for (const id of [pending, declined, revoked]) {
      const error = await agency.client.fails(ACCESS, { id });
      expect(error.extensions?.code).toBe("FORBIDDEN");
      expect(error.message).toMatch(/only while its connection with you is active/);
    }
    expect((await agency.client.ok(VIEWER)).viewer.accessingClient).toBeNull();
  });

  it("answers NOT_FOUND for another agency's connection and for nonsense ids", async () => {
    const agency = await harbour();
    const client = await cafe();
    const id = await activeConnection(t, agency, client);
    const other = await serviceProvider(t);
    expect((await other.client.fails(ACCESS, { id })).extensions?.code).toBe("NOT_FOUND");
    expect((await other.client.fails(ACCESS, { id: "nonsense" })).extensions?.code).toBe("NOT_FOUND");
  });

  it("is only for service provider sessions: not employers, not access tokens", async () => {
    const agency = await harbour();
    const client = await cafe();
    const id = await activeConnection(t, agency, client);
    expect((await client.client.fails(ACCESS, { id })).extensions?.code).toBe("FORBIDDEN");
    const { createAccessToken } = await agency.client.ok(`mutation { createAccessToken(name: "ci") { secret } }`);
    const api = t.client();
    api.bearer = createAccessToken.secret;
    expect((await api.fails(ACCESS, { id })).extensions?.code).toBe("FORBIDDEN");
  });
});

describe("a revoke takes effect on the very next request", () => {
  it("puts the agency back in its own account once the client revokes", async () => {
    const agency = await harbour();
    const client = await cafe();
    const id = await activeConnection(t, agency, client);
    await agency.client.ok(ACCESS, { id });
    expect((await client.client.ok(REVOKE, { id })).revokeClientConnection.status).toBe("REVOKED");

    const { viewer } = await agency.client.ok(VIEWER);
    expect(viewer).toEqual({
      currentOrganization: { id: agency.organizationId, name: "Harbour Migration", kind: "SERVICE_PROVIDER" },
      serviceProvider: null,
      accessingClient: null,
    });
    expect((await agency.client.fails(ACCESS, { id })).extensions?.code).toBe("FORBIDDEN");
  });
});

describe("inside a client the agency is not the client", () => {
  it("cannot revoke as the client, read its connections, answer requests, or invite clients", async () => {
    const agency = await harbour();
    const client = await cafe();
    const id = await activeConnection(t, agency, client);
    await agency.client.ok(ACCESS, { id });

    const refused = await Promise.all([
      agency.client.fails(REVOKE, { id }),
      agency.client.fails(`{ accessRequests { id } }`),
      agency.client.fails(`mutation($id: ID!) { respondToAccessRequest(connectionId: $id, accept: true) { id } }`, { id }),
      agency.client.fails(INVITE, { input: { companyName: "Sneaky", email: uniqueEmail() } }),
      agency.client.fails(`{ clients(first: 5) { nodes { id } } }`),
    ]);
    expect(refused.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
    expect(refused[0]!.message).toMatch(/while accessing a client's account/);
    // Still inside, still ACTIVE: nothing was changed.
    expect((await agency.client.ok(VIEWER)).viewer.accessingClient.status).toBe("ACTIVE");
  });
});

describe("audit", () => {
  it("records the access in the client's log with the acting service provider and the user", async () => {
    const agency = await harbour();
    const client = await cafe();
    const id = await activeConnection(t, agency, client);
    await agency.client.ok(ACCESS, { id });
    const { auditEvents } = await client.client.ok(
      `{ auditEvents(first: 10) { nodes { action summary actor { email } actingServiceProvider { id name } } } }`,
    );
    expect(auditEvents.nodes[0]).toEqual({
      action: "clients.access",
      summary: "Harbour Migration accessed your account",
      actor: { email: agency.email },
      actingServiceProvider: { id: agency.organizationId, name: "Harbour Migration" },
    });
    expect(auditEvents.nodes.map((e: { action: string }) => e.action)).toContain("clients.accept");
  });
});

describe("the dev mailbox", () => {
  it("is public while no mail server is configured, and shows working invitation links", async () => {
    const agency = await harbour();
    const email = uniqueEmail("mailbox");
    await agency.client.ok(INVITE, { input: { companyName: "Mailbox Co", email } });
    const { devMailbox } = await t.client().ok(`{ devMailbox { id to subject text createdAt sentAt } }`);
    const mail = devMailbox.find((m: { to: string }) => m.to === email);
    expect(mail).toMatchObject({ subject: "Harbour Migration invites Mailbox Co to connect", sentAt: null });
    const token = await invitationToken(t, email);
    expect(mail.text).toContain(`${t.url}/invitation/${token}`);
  });
});
