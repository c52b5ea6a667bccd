/** Portal set-up and operations shared by the portal and candidate data tests. */
import { activeConnection, employer, grantCredits, PASSWORD, serviceProvider, uniqueEmail, type SignedUp } from "./factories.js";
import type { TestApp } from "./harness.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "./jobs.js";

export const SAVE_PORTAL = `mutation($input: PortalInput!) { savePortal(input: $input) { id slug title intro primaryColor logoUrl enabled serviceProvider { id } } }`;
export const APPLY = `mutation($input: ApplyInput!) { applyToJob(input: $input) { id jobTitle submittedAt } }`;
export const APPLICATIONS = `query($jobId: ID!, $status: ApplicationStatus) { applications(jobId: $jobId, status: $status) {
  id candidateName candidateEmail phone coverNote resumeUrl status outcomeReason source consentAt job { id title applicationCount } } }`;
export const SET_STATUS = `mutation($id: ID!, $status: ApplicationStatus!, $reason: String) { setApplicationStatus(id: $id, status: $status, outcomeReason: $reason) { id status outcomeReason } }`;
export const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`;
export const LEAVE = `mutation { switchToServiceProvider { currentOrganization { id } } }`;

export const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

export interface Agency {
  agency: SignedUp;
  client: SignedUp;
  connectionId: string;
  slug: string;
}

let counter = 0;
/** An agency with a portal and an ACTIVE client that has credits. */
export async function agencyWithPortal(t: TestApp): Promise<Agency> {
  const agency = await serviceProvider(t, { organizationName: "Acme Recruiting" });
  const client = await employer(t, { organizationName: "Beach Cafe" });
  const connectionId = await activeConnection(t, agency, client);
  await grantCredits(t, client.organizationId, 50);
  const slug = `acme-${Date.now().toString(36)}-${counter++}`;
  await agency.client.ok(SAVE_PORTAL, { input: { slug, title: "Acme Jobs", intro: "Work with us" } });
  return { agency, client, connectionId, slug };
}

/** The agency creates (and by default publishes) a job inside its client's account. */
export async function postJob(a: Agency, overrides: Record<string, unknown> = {}, publish = true): Promise<string> {
  await a.agency.client.ok(ACCESS, { id: a.connectionId });
  const { createJob } = await a.agency.client.ok(CREATE_JOB, { input: jobInput(overrides) });
  if (publish) await a.agency.client.ok(PUBLISH_JOB, { id: createJob.id });
  await a.agency.client.ok(LEAVE);
  return createJob.id as string;
}

/** POST /uploads as a browser's FormData sends it. */
export async function upload(t: TestApp, body: Buffer, filename: string): Promise<Response> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(body)]), filename);
  return fetch(`${t.url}/uploads`, { method: "POST", body: form });
}

export function applyInput(a: Agency, jobId: string, overrides: Record<string, unknown> = {}) {
  return {
    portalSlug: a.slug,
    jobId,
    name: "Ann Candidate",
    email: "Ann@Example.com",
    phone: "0400 000 000",
    coverNote: "Hello",
    consent: true,
    ...overrides,
  };
}

const CREATE_CONTACT = `mutation($input: ContactInput!) { createContact(input: $input) { id } }`;
const INVITE_CONTACT = `mutation($id: ID!) { inviteContactToPortal(contactId: $id) { id } }`;
const ACTIVATE = `mutation($token: String!, $password: String!) { activatePortalAccount(token: $token, password: $password) { user { id } } }`;
const MAILBOX = `query($to: String) { devMailbox(to: $to) { text } }`;

/**
 * A contact at the agency's client (R9), added by the agency without an invitation (NOT_REGISTERED),
 * or, with `activate`, invited and activated from the mailed link: it signs in with PASSWORD.
 */
export async function portalContact(
  t: TestApp,
  a: Agency,
  name: string,
  activate = true,
): Promise<{ id: string; email: string }> {
  const email = uniqueEmail("contact");
  const { createContact } = await a.agency.client.ok(CREATE_CONTACT, {
    input: { name, email, companyId: a.client.organizationId },
  });
  if (!activate) return { id: createContact.id, email };
  await a.agency.client.ok(INVITE_CONTACT, { id: createContact.id });
  const { devMailbox } = await t.client().ok(MAILBOX, { to: email });
  const token = /\/activate\?token=([A-Za-z0-9_-]+)/.exec(devMailbox[0]?.text ?? "")?.[1];
  if (token === undefined) throw new Error(`no activation mail to ${email}`);
  await t.client().ok(ACTIVATE, { token, password: PASSWORD });
  return { id: createContact.id, email };
}
