import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { PASSWORD, activeConnection, employer, serviceProvider, uniqueEmail } from "../../../test/factories.js";
import { PUBLISH_JOB, jobInput } from "../../../test/jobs.js";
import {
  ACCESS,
  APPLICATIONS,
  APPLY,
  LEAVE,
  SET_STATUS,
  agencyWithPortal,
  applyInput,
  postJob,
  type Agency,
} from "../../../test/portal.js";
import type { GqlClient } from "../../../test/gql.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CONTACT_FIELDS = `id name email phone portalStatus invitedAt lastLoginAt company { id name }`;
const CREATE = `mutation($input: ContactInput!) { createContact(input: $input) { ${CONTACT_FIELDS} } }`;
const INVITE = `mutation($id: ID!) { inviteContactToPortal(contactId: $id) { ${CONTACT_FIELDS} } }`;
const CONTACTS = `query($status: PortalAccountStatus, $search: String, $first: Int!, $after: String) {
  contacts(portalStatus: $status, search: $search, first: $first, after: $after) { totalCount hasNextPage endCursor nodes { ${CONTACT_FIELDS} } } }`;
const PREVIEW = `query($token: String!) { portalInvitation(token: $token) { contactName email companyName serviceProviderName portalSlug accountExists } }`;
const ACTIVATE = `mutation($token: String!, $password: String!) { activatePortalAccount(token: $token, password: $password) {
  user { email name } memberships { role organization { id } } currentOrganization { id name } contactPortal { slug } } }`;
const VACANCY = `mutation($input: VacancyInput!) { submitVacancy(input: $input) { id status title employer { id } } }`;
const DETAILS = `mutation($input: CompanyDetailsInput!) { updateCompanyDetails(input: $input) { id name phone website address } }`;
const JOBS = `{ jobs(first: 20) { totalCount nodes { id title status } } }`;
const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { currentOrganization { id } } }`;
const MAILBOX = `query($to: String) { devMailbox(to: $to) { subject text } }`;

/** The token in the newest portal activation link mailed to this address, read as the contact would. */
async function activationToken(email: string): Promise<string> {
  const { devMailbox } = await t.client().ok(MAILBOX, { to: email });
  const token = /\/activate\?token=([A-Za-z0-9_-]+)/.exec(devMailbox[0]?.text ?? "")?.[1];
  if (token === undefined) throw new Error(`no activation mail to ${email}`);
  return token;
}

/** A contact at the agency's client, invited and activated: answers the contact's signed-in client. */
async function connectedContact(a: Agency, name = "Mia Chen"): Promise<{ id: string; email: string; client: GqlClient }> {
  const email = uniqueEmail("contact");
  const { createContact } = await a.agency.client.ok(CREATE, { input: { name, email, companyId: a.client.organizationId } });
  await a.agency.client.ok(INVITE, { id: createContact.id });
  const client = t.client();
  await client.ok(ACTIVATE, { token: await activationToken(email), password: PASSWORD });
  return { id: createContact.id, email, client };
}

describe("contacts", () => {
  it("are created at active clients and listed by status and search, newest first, in pages", async () => {
    const a = await agencyWithPortal(t);
    const stranger = await employer(t, { organizationName: "Not A Client" });
    const bad = await a.agency.client.fails(CREATE, {
      input: { name: " ", email: "nope", phone: "1".repeat(41), companyId: stranger.organizationId },
    });
    expect(bad.extensions?.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(bad.extensions?.fields ?? {}).sort()).toEqual(["companyId", "email", "name", "phone"]);

    const mia = (
      await a.agency.client.ok(CREATE, {
        input: { name: "Mia Chen", email: "Mia@Coastal.example", phone: "0400 111 222", companyId: a.client.organizationId },
      })
    ).createContact;
    expect(mia).toMatchObject({
      email: "mia@coastal.example",
      portalStatus: "NOT_REGISTERED",
      invitedAt: null,
      lastLoginAt: null,
      company: { id: a.client.organizationId, name: "Beach Cafe" },
    });
    t.clock.advanceDays(0.001);
    const leo = (await a.agency.client.ok(CREATE, { input: { name: "Leo Park", email: "leo@elsewhere.example" } })).createContact;
    expect(leo.company).toBeNull();
    const twice = await a.agency.client.fails(CREATE, { input: { name: "Mia again", email: "MIA@coastal.example" } });
    expect(twice.extensions?.code).toBe("CONFLICT");
    expect(twice.extensions?.fields?.email).toMatch(/already have a contact/);
    await a.agency.client.ok(INVITE, { id: mia.id });

    const list = async (vars: Record<string, unknown>) => (await a.agency.client.ok(CONTACTS, { first: 20, ...vars })).contacts;
    expect((await list({})).nodes.map((c: { name: string }) => c.name)).toEqual(["Leo Park", "Mia Chen"]);
    expect(await list({ status: "PENDING_ACTIVATION" })).toMatchObject({ totalCount: 1, nodes: [{ name: "Mia Chen" }] });
    expect(await list({ status: "NOT_REGISTERED" })).toMatchObject({ totalCount: 1, nodes: [{ name: "Leo Park" }] });
    expect(await list({ status: "CONNECTED" })).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await list({ search: "beach" })).nodes.map((c: { name: string }) => c.name)).toEqual(["Mia Chen"]); // the company's name
    expect((await list({ search: "elsewhere" })).nodes.map((c: { name: string }) => c.name)).toEqual(["Leo Park"]);
    expect((await list({ search: "100%" })).totalCount).toBe(0);
    const first = await list({ first: 1 });
    expect(first).toMatchObject({ totalCount: 2, hasNextPage: true, nodes: [{ name: "Leo Park" }] });
    expect(await list({ first: 1, after: first.endCursor })).toMatchObject({ hasNextPage: false, nodes: [{ name: "Mia Chen" }] });

    // Another agency sees none of them; an employer may not list contacts at all.
    const other = await serviceProvider(t);
    expect((await other.client.ok(CONTACTS, { first: 20 })).contacts.totalCount).toBe(0);
    expect((await other.client.fails(INVITE, { id: mia.id })).extensions?.code).toBe("NOT_FOUND");
    expect((await a.client.client.fails(CONTACTS, { first: 20 })).extensions?.code).toBe("FORBIDDEN");
  });
});

describe("a contact's portal account (R9)", () => {
  it("is PENDING_ACTIVATION once invited and CONNECTED once activated; sign-ins are counted; the link works once", async () => {
    const a = await agencyWithPortal(t);
    const email = uniqueEmail("contact");
    const { createContact } = await a.agency.client.ok(CREATE, {
      input: { name: "Mia Chen", email, companyId: a.client.organizationId },
    });
    const { inviteContactToPortal } = await a.agency.client.ok(INVITE, { id: createContact.id });
    expect(inviteContactToPortal).toMatchObject({
      portalStatus: "PENDING_ACTIVATION",
      invitedAt: expect.any(String),
      lastLoginAt: null,
    });
    const token = await activationToken(email);
    expect((await t.client().ok(MAILBOX, { to: email })).devMailbox[0].text).toContain(`/p/${a.slug}/activate?token=`);

    const anyone = t.client();
    expect((await anyone.ok(PREVIEW, { token })).portalInvitation).toEqual({
      contactName: "Mia Chen",
      email,
      companyName: "Beach Cafe",
      serviceProviderName: "Acme Recruiting",
      portalSlug: a.slug,
      accountExists: false,
    });
    expect((await anyone.fails(ACTIVATE, { token, password: "short" })).extensions?.fields?.password).toMatch(/at least 10/);
    const { activatePortalAccount: viewer } = await anyone.ok(ACTIVATE, { token, password: PASSWORD });
    expect(viewer).toEqual({
      user: { email, name: "Mia Chen" },
      memberships: [{ role: "CONTACT", organization: { id: a.client.organizationId } }],
      currentOrganization: { id: a.client.organizationId, name: "Beach Cafe" },
      contactPortal: { slug: a.slug },
    });
    const [connected] = (await a.agency.client.ok(CONTACTS, { first: 5, status: "CONNECTED" })).contacts.nodes;
    expect(connected).toMatchObject({ id: createContact.id, portalStatus: "CONNECTED", lastLoginAt: expect.any(String) });

    expect((await t.client().fails(ACTIVATE, { token, password: PASSWORD })).extensions?.code).toBe("NOT_FOUND");
    expect((await t.client().ok(PREVIEW, { token })).portalInvitation).toBeNull();
    expect((await a.agency.client.fails(INVITE, { id: createContact.id })).extensions?.code).toBe("CONFLICT");

    t.clock.advanceDays(1);
    await t.client().ok(LOG_IN, { email, password: PASSWORD });
    const [again] = (await a.agency.client.ok(CONTACTS, { first: 5, status: "CONNECTED" })).contacts.nodes;
    expect(new Date(again.lastLoginAt).getTime()).toBeGreaterThan(new Date(connected.lastLoginAt).getTime());
  });

  it("an email that already has an account activates with that account's own password", async () => {
    const a = await agencyWithPortal(t);
    // The client's own owner is also kept as a contact.
    const { createContact } = await a.agency.client.ok(CREATE, {
      input: { name: "Owner Person", email: a.client.email, companyId: a.client.organizationId },
    });
    await a.agency.client.ok(INVITE, { id: createContact.id });
    const token = await activationToken(a.client.email);
    expect((await t.client().ok(PREVIEW, { token })).portalInvitation.accountExists).toBe(true);
    const wrong = await t.client().fails(ACTIVATE, { token, password: "another-password-1" });
    expect(wrong.extensions?.fields?.password).toMatch(/already has an account/);
    const { activatePortalAccount } = await t.client().ok(ACTIVATE, { token, password: PASSWORD });
    // The stronger role stays.
    expect(activatePortalAccount.memberships).toEqual([{ role: "OWNER", organization: { id: a.client.organizationId } }]);
    expect((await a.agency.client.ok(CONTACTS, { first: 5 })).contacts.nodes[0].portalStatus).toBe("CONNECTED");
  });

  it("needs a company that is an active client and a job board; a revoked client's link no longer activates", async () => {
    const agency = await serviceProvider(t);
    const client = await employer(t);
    const connectionId = await activeConnection(t, agency, client);
    const atClient = (
      await agency.client.ok(CREATE, { input: { name: "A", email: uniqueEmail("c"), companyId: client.organizationId } })
    ).createContact;
    const noBoard = await agency.client.fails(INVITE, { id: atClient.id });
    expect(noBoard).toMatchObject({
      extensions: { code: "CONFLICT", reason: "NO_JOB_BOARD" },
      message: expect.stringMatching(/Set up your job board first/),
    });
    await agency.client.ok(`mutation { savePortal(input: { slug: "board-${Date.now().toString(36)}", title: "Board" }) { id } }`);
    const companyless = (await agency.client.ok(CREATE, { input: { name: "B", email: uniqueEmail("c") } })).createContact;
    expect((await agency.client.fails(INVITE, { id: companyless.id })).message).toMatch(/client companies/);

    await agency.client.ok(INVITE, { id: atClient.id });
    const token = await activationToken(atClient.email);
    await client.client.ok(`mutation($id: ID!) { revokeClientConnection(connectionId: $id) { id } }`, { id: connectionId });
    const revoked = await t.client().fails(ACTIVATE, { token, password: PASSWORD });
    expect(revoked).toMatchObject({
      extensions: { code: "CONFLICT" },
      message: expect.stringMatching(/no longer works with this agency/),
    });
    expect((await agency.client.fails(INVITE, { id: atClient.id })).message).toMatch(/no longer an active client/);
  });

  it("reads the company's jobs and candidates, submits vacancies and keeps the company's details; nothing else", async () => {
    const a = await agencyWithPortal(t);
    const jobId = await postJob(a, { title: "Barista" });
    const { applyToJob } = await t.client().ok(APPLY, { input: applyInput(a, jobId, { email: uniqueEmail("cand") }) });
    const contact = await connectedContact(a);

    expect((await contact.client.ok(JOBS)).jobs.nodes).toEqual([{ id: jobId, title: "Barista", status: "PUBLISHED" }]);
    expect((await contact.client.ok(APPLICATIONS, { jobId })).applications.map((x: { id: string }) => x.id)).toEqual([
      applyToJob.id,
    ]);
    for (const [query, vars] of [
      [SET_STATUS, { id: applyToJob.id, status: "HIRED" }],
      [`mutation($input: JobInput!) { createJob(input: $input) { id } }`, { input: jobInput() }],
      [PUBLISH_JOB, { id: jobId }],
      [`mutation($id: ID!) { closeJob(id: $id) { id } }`, { id: jobId }],
      [`{ clients(first: 5) { nodes { id } } }`, {}],
      [`{ accessRequests { id } }`, {}],
      [`mutation { createAccessToken(name: "x") { secret } }`, {}],
      [`{ auditEvents(first: 5) { nodes { id } } }`, {}],
    ] as const) {
      expect((await contact.client.fails(query, vars)).extensions?.code, query).toBe("FORBIDDEN");
    }

    const bad = await contact.client.fails(VACANCY, { input: { ...jobInput({ title: " " }), lmt: undefined } });
    expect(bad.extensions?.fields?.title).toMatch(/title/);
    const { requirements, title, description, location, workType, salary } = jobInput({ title: "Kitchen Hand" });
    const { submitVacancy } = await contact.client.ok(VACANCY, {
      input: { title, description, location, workType, salary, requirements },
    });
    expect(submitVacancy).toMatchObject({ status: "DRAFT", title: "Kitchen Hand", employer: { id: a.client.organizationId } });
    expect((await contact.client.ok(JOBS)).jobs.totalCount).toBe(2);
    const { devMailbox } = await t.client().ok(MAILBOX, { to: a.agency.email });
    expect(devMailbox[0]).toMatchObject({
      subject: "New vacancy from Beach Cafe: Kitchen Hand",
      text: expect.stringContaining("Mia Chen"),
    });
    // The agency finds the draft inside the client, publishes it, and it is on the agency's board.
    await a.agency.client.ok(ACCESS, { id: a.connectionId });
    const { publishJob } = await a.agency.client.ok(PUBLISH_JOB, { id: submitVacancy.id });
    expect(publishJob.status).toBe("PUBLISHED");
    await a.agency.client.ok(LEAVE);
    const board = await t
      .client()
      .ok(`query($slug: String!) { portalJobs(slug: $slug, first: 10) { nodes { id } } }`, { slug: a.slug });
    expect(board.portalJobs.nodes.map((n: { id: string }) => n.id)).toContain(submitVacancy.id);

    const details = {
      name: "Beach Cafe Pty Ltd",
      phone: "02 9999 0000",
      website: "https://beach.example.com",
      address: "1 Beach Rd, Manly NSW 2095",
    };
    expect(
      (await contact.client.fails(DETAILS, { input: { ...details, website: "beach" } })).extensions?.fields?.website,
    ).toMatch(/https:\/\//);
    expect((await contact.client.ok(DETAILS, { input: details })).updateCompanyDetails).toEqual({
      id: a.client.organizationId,
      ...details,
    });
    // The employer's own owner may too; the agency, inside the client, may not.
    expect((await a.client.client.ok(DETAILS, { input: { name: "Beach Cafe" } })).updateCompanyDetails).toMatchObject({
      name: "Beach Cafe",
      website: null,
    });
    await a.agency.client.ok(ACCESS, { id: a.connectionId });
    expect((await a.agency.client.fails(DETAILS, { input: { name: "Hijacked" } })).extensions?.code).toBe("FORBIDDEN");
    await a.agency.client.ok(LEAVE);
    // Only a contact submits vacancies: the employer's own people post jobs.
    expect((await a.client.client.fails(VACANCY, { input: { title, description, location, workType } })).extensions?.code).toBe(
      "FORBIDDEN",
    );
    // Once the client revokes the agency, the contact's vacancies have nowhere to go.
    await a.client.client.ok(`mutation($id: ID!) { revokeClientConnection(connectionId: $id) { id } }`, { id: a.connectionId });
    const orphan = await contact.client.fails(VACANCY, { input: { title, description, location, workType } });
    expect(orphan).toMatchObject({
      extensions: { code: "CONFLICT" },
      message: expect.stringMatching(/no longer works with this agency/),
    });
    expect((await contact.client.ok(JOBS)).jobs.totalCount).toBe(2);
  });
});
