import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  activeConnection,
  employer,
  grantCredits,
  invitationToken,
  serviceProvider,
  uniqueEmail,
} from "../../api/test/factories.js";
import { appInBrowser, fillJobForm, logIn, openPage, PHONE, screenshotBoth, screenshotDir } from "./support.js";

const SHARE = `mutation { setCreditSharing(enabled: true) { id } }`;
const INVITE = `mutation($input: InviteClientInput!) { inviteClient(input: $input) { id } }`;
const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`;
const CREATE_JOB = `mutation($input: JobInput!) { createJob(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!, $key: String) { publishJob(id: $id, idempotencyKey: $key) { status payment { source } } }`;
/** The shared-credit purple (--color-shared). */
const SHARED_PURPLE = "rgb(91, 33, 182)";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** From an open client account: Post a job, Review & preview, Save & continue, to the payment screen. */
async function postJob(page: Page, title: string, options: { shots?: string; tryEmpty?: boolean } = {}): Promise<void> {
  await mainNav(page).getByRole("link", { name: "Post a job" }).click();
  await page.getByRole("heading", { name: "Post a job", level: 1 }).waitFor();
  if (options.tryEmpty === true) {
    // Nothing filled in: the form says what is missing, beside each field, before anything is sent.
    await page.getByRole("button", { name: "Review & preview" }).click();
    await page.getByText("Enter the role's title.").waitFor();
    await screenshotBoth(page, "job-form-errors");
  }
  await fillJobForm(page, title);
  await page.getByRole("switch", { name: /Labour Market Testing/ }).click();
  expect(await page.getByLabel("Duration (days)").inputValue()).toBe("30");
  if (options.shots !== undefined) await screenshotBoth(page, `${options.shots}-form`);
  await page.getByRole("button", { name: "Review & preview" }).click();
  await page.getByRole("article", { name: `Job ad: ${title}` }).waitFor();
  if (options.shots !== undefined) await screenshotBoth(page, options.shots);
  await page.getByRole("button", { name: "Save & continue" }).click();
  await page.waitForURL(/\/employer\/jobs\/[^/]+\/publish$/, { timeout: 10_000 }).catch(async () => {
    throw new Error(
      `Save & continue did not reach the payment screen. The page says:\n${await page.getByRole("main").innerText()}`,
    );
  });
  await page.getByTestId("payer").waitFor();
}

describe("credit sharing end to end", () => {
  const suite = appInBrowser();

  it("an agency invites a company, works in its account and publishes a job with its shared credits (20 → 19)", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    await grantCredits(suite.app, agency.organizationId, 20);
    await agency.client.ok(SHARE);
    const clientEmail = uniqueEmail("coastal");

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, agency.email);
    await page.waitForURL(`${suite.app.url}/agency`);
    await expect.poll(() => page.getByTestId("credit-balance").textContent()).toBe("20");

    // Manage Clients → Invite company.
    await mainNav(page).getByRole("link", { name: "Manage Clients" }).click();
    await page.getByText("No clients yet").waitFor();
    await page.getByRole("button", { name: "Invite company" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Invite company" });
    await dialog.getByLabel("Company name").fill("Coastal Cafe");
    await dialog.getByLabel("Email", { exact: true }).fill(clientEmail);
    await dialog.getByLabel("Contact name (optional)").fill("Sam Rivera");
    await page.screenshot({ path: `${screenshotDir}/invite-company-desktop.png` });
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText("Invitation sent to Coastal Cafe").waitFor();
    const row = page.getByRole("row").filter({ hasText: clientEmail });
    await row.getByText("Pending").waitFor();

    // The same email again is a CONFLICT, said plainly and beside the email field.
    await page.getByRole("button", { name: "Invite company" }).first().click();
    await dialog.getByLabel("Company name").fill("Coastal Cafe Pty Ltd");
    await dialog.getByLabel("Email", { exact: true }).fill(clientEmail);
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await dialog.getByText("Already invited or connected").waitFor();
    await page.screenshot({ path: `${screenshotDir}/invite-company-conflict-desktop.png` });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await screenshotBoth(page, "manage-clients-pending");

    // The company follows the link in the dev mailbox and signs up from it.
    const company = await openPage(suite.browser);
    const { page: companyPage, errors: companyErrors } = company;
    await companyPage.goto(`${suite.app.url}/dev/mailbox`);
    const mail = companyPage.getByRole("article", { name: "Harbour Migration invites Coastal Cafe to connect" });
    await mail.waitFor();
    await screenshotBoth(companyPage, "dev-mailbox");
    await mail.getByRole("link", { name: /\/invitation\// }).click();
    await companyPage.waitForURL(/\/invitation\//);
    await companyPage.getByRole("link", { name: "Create your company's account" }).waitFor();
    await screenshotBoth(companyPage, "invitation");
    await companyPage.getByRole("link", { name: "Create your company's account" }).click();
    await companyPage.waitForURL(/\/signup\?invitation=/);
    await expect.poll(() => companyPage.getByLabel("Work email").inputValue()).toBe(clientEmail);
    expect(await companyPage.getByLabel("Organization name").inputValue()).toBe("Coastal Cafe");
    await companyPage.getByLabel("Your name").fill("Sam Rivera");
    await companyPage.getByLabel("Password").fill("correct-horse-battery");
    await companyPage.getByRole("button", { name: "Create account" }).click();
    await companyPage.waitForURL(`${suite.app.url}/employer/access-requests`);
    await companyPage.getByRole("row").filter({ hasText: "Harbour Migration" }).getByText("Active").waitFor();

    // The agency sees the client ACTIVE with 20 shared credits, and accesses its account.
    await page.reload();
    const active = page.getByRole("row").filter({ hasText: clientEmail });
    await active.getByText("Active").waitFor();
    expect(await active.getByTestId("shared-credits").textContent()).toBe("20");
    await screenshotBoth(page, "manage-clients-active");
    await active.getByRole("button", { name: "Access company Coastal Cafe" }).click();
    await page.waitForURL(`${suite.app.url}/employer`);
    const banner = page.getByTestId("accessing-banner");
    await expect.poll(() => banner.textContent()).toContain("You are working in Coastal Cafe's account as Harbour Migration");
    await expect.poll(() => page.getByTestId("shared-credit-balance").textContent()).toBe("20");
    expect(await mainNav(page).getByRole("link", { name: "Access requests" }).count()).toBe(0);
    await screenshotBoth(page, "accessing-client-dashboard");

    // Post a job → Review & preview → Save & continue → the payment screen, in the shared purple.
    await postJob(page, "Barista", { shots: "job-preview" });
    const agencyCredits = page.getByTestId("agency-credits");
    await expect.poll(() => agencyCredits.textContent()).toContain("Your agency has 20 credits available");
    expect(await page.getByTestId("agency-shared-credits").textContent()).toBe("20");
    expect(await page.getByTestId("own-credits").textContent()).toBe("0");
    expect(await page.getByTestId("payer").textContent()).toContain("Paid with Harbour Migration's shared credits");
    const purple = await page.getByText("Your agency has 20 credits available").evaluate((el) => getComputedStyle(el).color);
    expect(purple).toBe(SHARED_PURPLE);
    await screenshotBoth(page, "publish-shared-credits");

    await page.getByRole("button", { name: "Publish job ad" }).click();
    await page.getByText("Job ad published").waitFor();
    expect(await page.getByTestId("paid-with").textContent()).toBe("Paid with Harbour Migration's shared credits");
    await screenshotBoth(page, "publish-success");

    // Switch into Manage Clients: the agency's own account, with the balance spent.
    await banner.getByRole("button", { name: "Switch into Manage Clients" }).click();
    await page.waitForURL(`${suite.app.url}/agency/clients`);
    await banner.waitFor({ state: "detached" });
    const after = page.getByRole("row").filter({ hasText: clientEmail });
    await expect.poll(() => after.getByTestId("shared-credits").textContent()).toBe("19");
    await mainNav(page).getByRole("link", { name: "Dashboard" }).click();
    await expect.poll(() => page.getByTestId("credit-balance").textContent()).toBe("19");
    const spend = page.getByRole("row").filter({ hasText: "Job ad published" });
    await expect.poll(() => spend.first().textContent()).toContain("−1");
    expect(await spend.first().textContent()).toContain("19");
    await screenshotBoth(page, "agency-dashboard-after-publish");

    // The company's own dashboard: its credits untouched; its Activity names the agency.
    await companyPage.goto(`${suite.app.url}/employer`);
    await expect.poll(() => companyPage.getByTestId("credit-balance").textContent()).toBe("0");
    await mainNav(companyPage).getByRole("link", { name: "Activity" }).click();
    // The API's summary has named the job ('Published "Barista", paid with…') and, lately, not.
    const published = companyPage.getByRole("row").filter({ hasText: /Published.*paid with the agency's shared credits/ });
    await expect.poll(() => published.textContent()).toContain("via Harbour Migration");

    assertNoExternalRequests();
    company.assertNoExternalRequests();
    expect(errors).toEqual([]);
    expect(companyErrors).toEqual([]);
    await company.context.close();
    await context.close();
  });

  it("greys out publishing with no credits anywhere, then pays $199 by card", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Bay Visas" });
    await agency.client.ok(SHARE);
    const company = await employer(suite.app, { organizationName: "Dune Bakery" });
    await activeConnection(suite.app, agency, company, "Dune Bakery");

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, agency.email);
    await page.goto(`${suite.app.url}/agency/clients`);
    await page.getByRole("button", { name: "Access company Dune Bakery" }).click();
    await page.waitForURL(`${suite.app.url}/employer`);
    await postJob(page, "Baker", { tryEmpty: true });

    const locked = page.getByRole("button", { name: "Payment required: $199" });
    await locked.waitFor();
    expect(await locked.isDisabled()).toBe(true);
    expect(await page.getByTestId("agency-credits").textContent()).toContain("Your agency has no shared credits available");
    await page.getByText("No shared credits from Bay Visas.", { exact: false }).waitFor();
    await screenshotBoth(page, "publish-payment-required");

    // A declined card charges nothing and leaves the ad a draft.
    await page.getByRole("radio", { name: /Declined card/ }).check();
    await page.getByRole("button", { name: "Pay $199 and publish" }).click();
    await page.getByRole("alert").filter({ hasText: "Payment declined" }).waitFor();
    await screenshotBoth(page, "publish-card-declined");
    await page.getByRole("radio", { name: /Visa \(succeeds\)/ }).check();
    await page.getByRole("button", { name: "Pay $199 and publish" }).click();
    await page.getByText("Job ad published").waitFor();
    expect(await page.getByTestId("paid-with").textContent()).toBe("Paid by card ($199)");
    expect(suite.app.payments.keptCharges).toBe(1);

    // The Jobs list shows it published and paid by card; its page closes it.
    await mainNav(page).getByRole("link", { name: "Jobs" }).click();
    const jobRow = page.getByRole("row").filter({ hasText: "Baker" });
    await jobRow.getByText("Published").waitFor();
    expect(await jobRow.textContent()).toContain("Dune Bakery (card)");
    await page.getByRole("link", { name: "Published", exact: true }).click();
    await expect.poll(() => page.getByTestId("jobs-total").textContent()).toBe("1 published job ad");
    await screenshotBoth(page, "jobs-list");
    await page.getByRole("link", { name: "Baker", exact: true }).click();
    await page.getByRole("heading", { name: "Revisions" }).waitFor();
    await screenshotBoth(page, "job-detail");
    await page.getByRole("button", { name: "Close job" }).click();
    await page.getByRole("dialog", { name: "Close this job ad?" }).getByRole("button", { name: "Close job" }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.getByRole("main").getByText("Closed", { exact: true }).first().waitFor();

    // A draft that is not wanted after all: deleted from its page, after a confirmation.
    await postJob(page, "Cake decorator");
    await page.getByRole("link", { name: "See the ad as candidates will" }).click();
    await page.getByRole("button", { name: "Delete draft" }).click();
    await page.getByRole("dialog", { name: "Delete this draft?" }).getByRole("button", { name: "Delete draft" }).click();
    await page.waitForURL(`${suite.app.url}/employer/jobs?status=draft`);
    await page.getByText("No draft job ads").waitFor();

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an employer accepts an agency from Access requests and sees the agency's publish in Activity", async () => {
    const company = await employer(suite.app, { organizationName: "Reef Plumbing" });
    const agency = await serviceProvider(suite.app, { organizationName: "Southern Visas" });
    await grantCredits(suite.app, agency.organizationId, 5);
    await agency.client.ok(SHARE);
    const { inviteClient } = await agency.client.ok(INVITE, { input: { companyName: "Reef Plumbing", email: company.email } });

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, company.email);
    await mainNav(page).getByRole("link", { name: "Access requests" }).click();
    const request = page.getByRole("row").filter({ hasText: "Southern Visas" });
    await request.getByText("Pending").waitFor();
    await screenshotBoth(page, "access-requests-pending");
    await request.getByRole("button", { name: "Accept Southern Visas" }).click();
    await page.getByText("Southern Visas can now access your account").waitFor();
    await request.getByText("Active").waitFor();

    // The agency works in the account (through the API, as another browser would) and publishes.
    await agency.client.ok(ACCESS, { id: inviteClient.id });
    const { createJob } = await agency.client.ok(CREATE_JOB, {
      input: {
        title: "Plumber",
        description: "Residential maintenance.",
        workType: "FULL_TIME",
        location: { city: "Cairns", state: "QLD" },
      },
    });
    const { publishJob } = await agency.client.ok(PUBLISH, { id: createJob.id, key: crypto.randomUUID() });
    expect(publishJob.payment.source).toBe("SERVICE_PROVIDER_CREDITS");

    await mainNav(page).getByRole("link", { name: "Activity" }).click();
    const event = page.getByRole("row").filter({ hasText: /Published.*paid with the agency's shared credits/ });
    await expect.poll(() => event.textContent()).toContain("via Southern Visas");
    await screenshotBoth(page, "activity");

    // And revokes the agency's access again.
    await mainNav(page).getByRole("link", { name: "Access requests" }).click();
    await request.getByRole("button", { name: "Revoke access for Southern Visas" }).click();
    await page
      .getByRole("dialog", { name: "Revoke Southern Visas's access?" })
      .getByRole("button", { name: "Revoke access" })
      .click();
    await request.getByText("Revoked").waitFor();

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an existing employer signs in from an invitation link to accept it; the used link says so", async () => {
    const company = await employer(suite.app, { organizationName: "Tide Tours" });
    const agency = await serviceProvider(suite.app, { organizationName: "Coral Migration" });
    await agency.client.ok(INVITE, { input: { companyName: "Tide Tours", email: company.email } });
    const token = await invitationToken(suite.app, company.email);

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    await page.goto(`${suite.app.url}/invitation/${token}`);
    await page.getByRole("link", { name: "Sign in to accept" }).click();
    await page.getByLabel("Email").fill(company.email);
    await page.getByLabel("Password").fill("correct-horse-battery");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("You're connected with Coral Migration").waitFor();
    await page.screenshot({ path: `${screenshotDir}/invitation-accepted-375.png`, fullPage: true });

    await page.goto(`${suite.app.url}/invitation/${token}`);
    // Issue 16, item 6: a used link says it was accepted, not that it is "not valid".
    await page.getByText("This invitation was already accepted").waitFor();
    expect(await page.getByText("not valid").count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir}/invitation-used-375.png`, fullPage: true });
    await page.goto(`${suite.app.url}/invitation/not-a-real-token`);
    await page.getByText("This invitation link is not valid").waitFor();
    await page.screenshot({ path: `${screenshotDir}/invitation-invalid-375.png`, fullPage: true });

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
