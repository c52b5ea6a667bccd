import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_PORTAL_SLUG, seedDemo } from "../../api/src/db/seed.js";
import type { GqlClient } from "../../api/test/gql.js";
import { appInBrowser, logIn, openPage, PHONE, screenshotBoth, screenshotDir } from "./support.js";

const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { user { id } } }`;
const ACTIVE_CLIENTS = `query { clients(status: ACTIVE) { nodes { client { id name } } } }`;
const CREATE_CONTACT = `mutation($input: ContactInput!) { createContact(input: $input) { id portalStatus } }`;
const INVITE_CONTACT = `mutation($id: ID!) { inviteContactToPortal(contactId: $id) { id portalStatus } }`;
const CONTACTS = `query($search: String) { contacts(search: $search) { nodes { id email portalStatus lastLoginAt } } }`;
const PORTAL_JOBS = `query($slug: String!) { portalJobs(slug: $slug) { nodes { id title } } }`;
const APPLY = `mutation($input: ApplyInput!) { applyToJob(input: $input) { id } }`;
const DEV_MAILBOX = `query($to: String) { devMailbox(to: $to) { subject text } }`;

/** A minimal but real PDF: the server judges a CV by its content, not its name. */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const SLUG = DEMO_PORTAL_SLUG;
const stamp = Date.now().toString(36);
const CONTACT = { name: "Casey Contact", email: `casey.${stamp}@example.com`, password: "sea-salt-and-coffee" };
const ACTIVATION_SUBJECT = "Harbour Migration invites you to its client portal";

/** The page is no wider than the phone: nothing runs off the right edge. */
async function fitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

async function shot(page: Page, name: string): Promise<void> {
  // From the top: nothing sticky drawn where the page was scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshotDir}/${name}-375.png`, fullPage: true });
}

/** Opens the dev mailbox at `to`'s newest mail with `subject` and follows its activation link. */
async function followActivationLink(page: Page, baseUrl: string, to: string): Promise<string> {
  await page.goto(`${baseUrl}/dev/mailbox`);
  await page.getByLabel("To", { exact: true }).fill(to);
  const mail = page.getByRole("article", { name: ACTIVATION_SUBJECT }).first();
  await mail.waitFor();
  const link = mail.getByRole("link", { name: new RegExp(`/p/${SLUG}/activate\\?token=`) });
  const href = (await link.textContent()) ?? "";
  await link.click();
  await page.waitForURL(new RegExp(`/p/${SLUG}/activate\\?token=`));
  return href;
}

/** Sends a GraphQL operation with the page's own session cookie, as the SPA would. */
async function asPage(page: Page, baseUrl: string, query: string): Promise<{ code: string | undefined }> {
  const res = await page.request.post(`${baseUrl}/graphql`, { data: { query } });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { code: body.errors?.[0]?.extensions?.code };
}

describe("a client contact's portal account (R9), on a phone", () => {
  const suite = appInBrowser();
  let agency: GqlClient;
  let cafeId: string;
  let baristaId: string;

  beforeAll(async () => {
    // The demo data: Harbour Migration, its board /p/harbour, its ACTIVE client Coastal Cafe and the cafe's ads.
    await seedDemo(suite.app.database.db, suite.app.app.services, suite.app.clock.now());
    agency = suite.app.client();
    await agency.ok(LOG_IN, { email: "agency@example.com", password: DEMO_PASSWORD });
    const { clients } = await agency.ok(ACTIVE_CLIENTS);
    cafeId = clients.nodes.find((n: { client: { name: string } | null }) => n.client?.name === "Coastal Cafe").client.id;

    const { createContact } = await agency.ok(CREATE_CONTACT, {
      input: { name: CONTACT.name, email: CONTACT.email, companyId: cafeId },
    });
    expect(createContact.portalStatus).toBe("NOT_REGISTERED");
    const { inviteContactToPortal } = await agency.ok(INVITE_CONTACT, { id: createContact.id });
    expect(inviteContactToPortal.portalStatus).toBe("PENDING_ACTIVATION");

    // A candidate applies for the cafe's Barista ad with a CV, so the contact has someone to see.
    const anyone = suite.app.client();
    const { portalJobs } = await anyone.ok(PORTAL_JOBS, { slug: SLUG });
    baristaId = portalJobs.nodes.find((j: { title: string }) => j.title === "Barista").id;
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(PDF)]), "ann-cv.pdf");
    const { id: resumeUploadId } = (await (await fetch(`${suite.app.url}/uploads`, { method: "POST", body: form })).json()) as {
      id: string;
    };
    await anyone.ok(APPLY, {
      input: {
        portalSlug: SLUG,
        jobId: baristaId,
        name: "Ann Candidate",
        email: `ann.${stamp}@example.com`,
        phone: "0400 123 456",
        consent: true,
        resumeUploadId,
      },
    });
  });

  it("activates from the emailed link, follows jobs and candidates, sends a vacancy, keeps the company's details", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    const base = suite.app.url;

    // The activation link, from the mail, in the agency's branding.
    const link = await followActivationLink(page, base, CONTACT.email);
    await page.getByRole("heading", { name: "Activate your portal account", level: 1 }).waitFor();
    await page.getByRole("banner").getByText("Harbour Migration Jobs").waitFor();
    await page.getByText(`Hello ${CONTACT.name}.`).waitFor();
    expect(await page.locator(".contact-activate-intro").textContent()).toContain("at Coastal Cafe");
    // Too short a password is refused under its field, in the API's words.
    const password = page.getByLabel("Choose a password");
    await password.fill("short");
    await page.getByRole("button", { name: "Activate account" }).click();
    await page.getByText("Use at least 10 characters.").waitFor();
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    await fitsPhone(page);
    await shot(page, "contact-activate");
    await password.fill(CONTACT.password);
    await page.getByRole("button", { name: "Activate account" }).click();

    // The contact's home: the company's ads in every status, drafts too.
    await page.waitForURL(`${base}/p/${SLUG}/client`);
    await page.getByRole("heading", { name: "Coastal Cafe", level: 1 }).waitFor();
    await page.getByText(`Signed in as ${CONTACT.name}`).waitFor();
    const tabs = page.getByRole("navigation", { name: "Client portal" });
    expect(await tabs.getByRole("link", { name: "Jobs" }).getAttribute("aria-current")).toBe("page");
    const jobs = page.getByRole("list", { name: "Job ads" });
    await expect
      .poll(() => jobs.getByRole("heading").allTextContents())
      .toEqual(expect.arrayContaining(["Barista", "Cafe Manager", "Chef de Partie"]));
    const barista = page.getByTestId("contact-job").filter({ hasText: "Barista" });
    await barista.locator(".badge").filter({ hasText: "Published" }).waitFor();
    await barista.getByText(/^Published .* · Closes /).waitFor();
    await barista.getByText("1 application").waitFor();
    const chef = page.getByTestId("contact-job").filter({ hasText: "Chef de Partie" });
    await chef.locator(".badge").filter({ hasText: "Draft" }).waitFor();
    await chef.getByText(/Harbour Migration finishes and publishes it/).waitFor();
    await fitsPhone(page);
    await shot(page, "contact-jobs");

    // A job's candidates: who, how to reach them, when, where they are, the CV; nothing to change.
    await barista.getByRole("link", { name: "Barista" }).click();
    await page.waitForURL(`${base}/p/${SLUG}/client/jobs/${baristaId}`);
    const ann = page.getByTestId("candidate").filter({ hasText: "Ann Candidate" });
    await ann.waitFor();
    await ann.getByRole("link", { name: `ann.${stamp}@example.com` }).waitFor();
    await ann.getByRole("link", { name: "0400 123 456" }).waitFor();
    await ann.locator(".badge").filter({ hasText: "New" }).waitFor();
    expect(await tabs.getByRole("link", { name: "Jobs" }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByRole("combobox").count()).toBe(0);
    expect(await page.getByRole("button", { name: /status/i }).count()).toBe(0);
    const cvHref = await ann.getByRole("link", { name: /Open CV of Ann Candidate/ }).getAttribute("href");
    const cv = await page.request.get(`${base}${cvHref}`);
    expect(cv.status()).toBe(200);
    expect((await cv.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await fitsPhone(page);
    await screenshotBoth(page, "contact-candidates");
    await page.setViewportSize(PHONE);

    // A vacancy: the API's field error for a missing title shows under the title.
    await tabs.getByRole("link", { name: "Submit a vacancy" }).click();
    await page.waitForURL(`${base}/p/${SLUG}/client/vacancy`);
    await page.getByRole("heading", { name: "Submit a vacancy" }).waitFor();
    await page.getByLabel("Work type").selectOption("CASUAL");
    await page.getByLabel("City or suburb").fill("Manly");
    await page.getByLabel("State").selectOption("NSW");
    await page.getByLabel("Postcode").fill("2095");
    await page.getByLabel("Minimum ($)").fill("30");
    await page.getByLabel("Maximum ($)").fill("34");
    await page.getByLabel("Period").selectOption("HOUR");
    await page.getByLabel("About the role").fill("Wash up and prep for a busy beachside kitchen, weekend shifts.");
    await page.getByRole("button", { name: "Send to Harbour Migration" }).click();
    const title = page.getByLabel("Role title");
    await page.locator(".field-error").filter({ hasText: "Enter the role's title" }).waitFor();
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    await fitsPhone(page);
    await shot(page, "contact-vacancy-error");
    await title.fill("Kitchen Hand");
    await page.getByRole("button", { name: "Send to Harbour Migration" }).click();
    await page.getByText("Sent to Harbour Migration. They will finish and publish it.").waitFor();
    expect(await title.inputValue()).toBe("");
    await fitsPhone(page);
    await shot(page, "contact-vacancy-sent");
    // The agency's people are told.
    const { devMailbox: agencyMail } = await agency.ok(DEV_MAILBOX, { to: "agency@example.com" });
    expect(agencyMail.map((m: { subject: string }) => m.subject)).toContain("New vacancy from Coastal Cafe: Kitchen Hand");

    // …and it is in Jobs as a draft.
    await tabs.getByRole("link", { name: "Jobs" }).click();
    await page.waitForURL(`${base}/p/${SLUG}/client`);
    const kitchenHand = page.getByTestId("contact-job").filter({ hasText: "Kitchen Hand" });
    await kitchenHand.locator(".badge").filter({ hasText: "Draft" }).waitFor();
    await kitchenHand.getByText("0 applications").waitFor();

    // Company details, prefilled; a bad website is refused under its field, then the details save.
    await tabs.getByRole("link", { name: "Company details" }).click();
    await page.waitForURL(`${base}/p/${SLUG}/client/company`);
    const name = page.getByLabel("Company name");
    await expect.poll(() => name.inputValue()).toBe("Coastal Cafe");
    await page.getByLabel("Phone").fill("02 9977 0000");
    await page.getByLabel("Website").fill("coastalcafe");
    await page.getByLabel("Address").fill("1 The Corso, Manly NSW 2095");
    await page.getByRole("button", { name: "Save details" }).click();
    await page.getByText("Enter a web address starting with https:// or http://.").waitFor();
    expect(await page.getByLabel("Website").getAttribute("aria-invalid")).toBe("true");
    await fitsPhone(page);
    await shot(page, "contact-company-error");
    await page.getByLabel("Website").fill("https://coastalcafe.example.com");
    await name.fill("Coastal Cafe Manly");
    await page.getByRole("button", { name: "Save details" }).click();
    await page.getByText("Company details saved").waitFor();
    await page.getByRole("heading", { name: "Coastal Cafe Manly", level: 1 }).waitFor();
    expect(await page.getByLabel("Website").getAttribute("aria-invalid")).toBeNull();
    await fitsPhone(page);
    await shot(page, "contact-company");
    await page.reload();
    await expect.poll(() => page.getByLabel("Website").inputValue()).toBe("https://coastalcafe.example.com");
    expect(await page.getByLabel("Address").inputValue()).toBe("1 The Corso, Manly NSW 2095");

    // The employer area is not for a contact: it goes back to its portal home, and so does "/".
    await page.goto(`${base}/employer/jobs`);
    await page.waitForURL(`${base}/p/${SLUG}/client`);
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/p/${SLUG}/client`);
    // What the portal does not offer, the API refuses too.
    for (const query of [
      `mutation { publishJob(id: "${baristaId}") { id } }`,
      `query { creditHistory { nodes { id } } }`,
      `query { clients { nodes { id } } }`,
      `query { purchases { id } }`,
    ]) {
      expect((await asPage(page, base, query)).code, query).toBe("FORBIDDEN");
    }

    // The used link says so.
    await page.goto(link.replace(/^https?:\/\/[^/]+/, base));
    await page.getByRole("heading", { name: "This link no longer works" }).waitFor();

    // Sign out: back on the board; "Client portal" in its footer signs in again, to the portal home.
    await page.goto(`${base}/p/${SLUG}/client`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${base}/p/${SLUG}`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Client portal" }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel("Email").fill(CONTACT.email);
    await page.getByLabel("Password").fill(CONTACT.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/p/${SLUG}/client`);
    await page.getByRole("heading", { name: "Coastal Cafe Manly", level: 1 }).waitFor();
    await page.getByTestId("contact-job").filter({ hasText: "Kitchen Hand" }).waitFor();

    // R9: activated and signed in, the contact is CONNECTED for the agency.
    const { contacts } = await agency.ok(CONTACTS, { search: CONTACT.email });
    expect(contacts.nodes).toMatchObject([{ email: CONTACT.email, portalStatus: "CONNECTED", lastLoginAt: expect.any(String) }]);

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("asks for the existing password when the email already has an account, and sends a signed-out visitor to sign in", async () => {
    // bakery@example.com owns Bondi Bakery; the agency also knows that person at Coastal Cafe.
    const { createContact } = await agency.ok(CREATE_CONTACT, {
      input: { name: "Bea Baker", email: "bakery@example.com", companyId: cafeId },
    });
    await agency.ok(INVITE_CONTACT, { id: createContact.id });
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    const base = suite.app.url;

    await page.goto(`${base}/p/${SLUG}/client/vacancy`);
    await page.waitForURL(`${base}/login?next=${encodeURIComponent(`/p/${SLUG}/client/vacancy`)}`);

    await followActivationLink(page, base, "bakery@example.com");
    await page.getByRole("heading", { name: "Activate your portal account" }).waitFor();
    const password = page.getByLabel("Your existing password");
    await password.fill("not-the-right-password");
    await page.getByRole("button", { name: "Activate account" }).click();
    await page.getByText("This email already has an account: enter its password.").waitFor();
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    await fitsPhone(page);
    await shot(page, "contact-activate-existing");

    // A link that does not work at all.
    await page.goto(`${base}/p/${SLUG}/activate?token=not-a-real-token`);
    await page.getByRole("heading", { name: "This link no longer works" }).waitFor();
    await page.getByText("This activation link has expired or was already used. Ask your agency to invite you again.").waitFor();
    await shot(page, "contact-activate-expired");

    // Signed in as someone who is not one of the agency's client contacts: told whose area it is.
    await logIn(page, base, "agency@example.com", DEMO_PASSWORD);
    await page.goto(`${base}/p/${SLUG}/client`);
    await page.getByRole("heading", { name: "This area is for Harbour Migration's clients" }).waitFor();
    expect(await page.getByRole("navigation", { name: "Client portal" }).count()).toBe(0);
    await fitsPhone(page);

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
