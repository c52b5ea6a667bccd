import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { employer, invitationToken, serviceProvider } from "../../api/test/factories.js";
import { DESKTOP, appInBrowser, expectAccessible, logIn, mainNav, newAccount, openPage, screenshotDir } from "./support.js";

/** Opens the newest agency-invitation link mailed to the address, from the app's dev mailbox, as the person would. */
async function openMailedLink(page: Page, baseUrl: string, email: string): Promise<string> {
  await page.goto(`${baseUrl}/dev/mailbox`);
  const mail = page
    .getByRole("article")
    .filter({ hasText: email })
    .filter({ hasText: "invites your agency to manage its job ads" });
  await mail.first().waitFor();
  await mail
    .first()
    .getByRole("link", { name: /\/agency-invitation\// })
    .click();
  await page.waitForURL(/\/agency-invitation\//);
  return page.url();
}

/** Axe first (openPage checks every screenshot), then a full-page picture at 1280 px. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshotDir}/${name}-desktop.png`, fullPage: true });
}

describe("a client invites an agency (issue 18 item 2)", () => {
  const suite = appInBrowser();

  it("the employer invites an agency's email; the agency opens the mailed link, accepts, and the client is in Manage Clients", async () => {
    const company = await employer(suite.app, { organizationName: "Dune Bakery" });
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });

    // The employer: Access requests → Invite an agency.
    const employerSide = await openPage(suite.browser, DESKTOP);
    const ep = employerSide.page;
    await logIn(ep, suite.app.url, company.email);
    await (await mainNav(ep)).getByRole("link", { name: "Access requests" }).click();
    await ep.getByRole("heading", { name: "Invite an agency" }).waitFor();
    await ep.getByLabel("Agency's email").fill(agency.email);
    await ep.getByLabel("Message (optional)").fill("Please run our bakery ads.");
    await ep.getByRole("button", { name: "Send invitation" }).click();
    await ep.getByText(`Invitation sent to ${agency.email}`).waitFor();
    await ep.getByRole("table", { name: "Invitations you sent to agencies" }).getByText(agency.email).waitFor();
    await expectAccessible(ep, "Access requests with the invite form");
    await screenshot(ep, "client-invites-agency-sent");

    // Inviting the same address again is a CONFLICT, said in words.
    await ep.getByLabel("Agency's email").fill(agency.email);
    await ep.getByRole("button", { name: "Send invitation" }).click();
    await ep.getByText("Already invited or connected").waitFor();

    // The agency: signed in, opens the mailed link, sees who invites, accepts.
    const agencySide = await openPage(suite.browser, DESKTOP);
    const ap = agencySide.page;
    await logIn(ap, suite.app.url, agency.email);
    const link = await openMailedLink(ap, suite.app.url, agency.email);
    await ap.getByRole("heading", { name: "Invitation to manage job ads" }).waitFor();
    await ap.getByText("invites your agency to manage its job ads").waitFor();
    await expect(ap.locator("dl.details").innerText()).resolves.toMatch(
      /Dune Bakery[\s\S]*Test Person[\s\S]*Please run our bakery ads\./,
    );
    await screenshot(ap, "client-invites-agency-link");
    await ap.getByRole("button", { name: "Accept invitation" }).click();
    await ap.getByText("Dune Bakery is now your client").waitFor();
    await ap.getByRole("link", { name: "Go to Manage Clients" }).click();
    await ap.getByRole("heading", { name: "Manage Clients", level: 1 }).waitFor();
    const access = ap.getByRole("button", { name: "Access company Dune Bakery" });
    await access.waitFor();
    await screenshot(ap, "client-invites-agency-clients");

    // The link works once.
    const again = await openPage(suite.browser, DESKTOP);
    await again.page.goto(link);
    await again.page.getByText("This invitation was already accepted").waitFor();
    await again.context.close();

    // Access company works on the new connection.
    await access.click();
    await ap.waitForURL(`${suite.app.url}/employer`);
    await ap.getByText("Dune Bakery", { exact: false }).first().waitFor();

    expect(employerSide.errors).toEqual([]);
    expect(agencySide.errors).toEqual([]);
    await employerSide.context.close();
    await agencySide.context.close();
  });

  it("Manage Clients lists requests from clients: the agency accepts one and declines another", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Reef Visas" });
    const INVITE = `mutation($input: InviteAgencyInput!) { inviteAgency(input: $input) { id } }`;
    for (const name of ["Coral Cafe", "Lagoon Motors"]) {
      const company = await employer(suite.app, { organizationName: name });
      await company.client.ok(INVITE, { input: { email: agency.email } });
    }

    const { page, context, errors } = await openPage(suite.browser, DESKTOP);
    await logIn(page, suite.app.url, agency.email);
    await (await mainNav(page)).getByRole("link", { name: "Manage Clients" }).click();
    const requests = page.getByRole("region", { name: "Requests from clients" });
    await requests.getByText("Coral Cafe").waitFor();
    await requests.getByText("Lagoon Motors").waitFor();
    await screenshot(page, "client-invites-agency-requests");
    await requests.getByRole("button", { name: "Accept Coral Cafe" }).click();
    await page.getByText("Coral Cafe is now your client").waitFor();
    await page.getByRole("button", { name: "Access company Coral Cafe" }).waitFor();
    await requests.getByRole("button", { name: "Decline Lagoon Motors" }).click();
    await page.getByText("Declined Lagoon Motors's invitation").waitFor();
    await requests.waitFor({ state: "detached" });
    expect(await page.getByRole("button", { name: "Access company Lagoon Motors" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the invitation an agency sends names the person who sent it (issue 18 item 2, B)", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    const company = await employer(suite.app, { organizationName: "Dune Bakery" });
    await agency.client.ok(`mutation($input: InviteClientInput!) { inviteClient(input: $input) { id } }`, {
      input: { companyName: "Dune Bakery", email: company.email },
    });
    const token = await invitationToken(suite.app, company.email);
    const { page, context, errors } = await openPage(suite.browser, DESKTOP);
    await page.goto(`${suite.app.url}/invitation/${token}`);
    await page.getByText("would like to connect with").waitFor();
    await expect(page.locator("dl.details").innerText()).resolves.toMatch(/Invited by\s+Test Person/);
    await expect(page.getByText("would like to connect with").innerText()).resolves.toMatch(/^Test Person of Harbour Migration/);
    await screenshot(page, "invitation-names-inviter");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an address without an account signs up as an agency from the link, and the client is there at once", async () => {
    const company = await employer(suite.app, { organizationName: "Hilltop Farm" });
    const account = newAccount("invited-agency");
    await company.client.ok(`mutation($input: InviteAgencyInput!) { inviteAgency(input: $input) { id } }`, {
      input: { email: account.email },
    });

    const { page, context, errors } = await openPage(suite.browser, DESKTOP);
    await openMailedLink(page, suite.app.url, account.email);
    await page.getByRole("link", { name: "Create your agency's account" }).click();
    await page.getByText("Service provider account").waitFor();
    await expect(page.getByLabel("Work email").inputValue()).resolves.toBe(account.email);
    await page.getByLabel("Your name").fill(account.name);
    await page.getByLabel("Password").fill(account.password);
    await page.getByLabel("Organization name").fill(account.organizationName);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${suite.app.url}/agency/clients`);
    await page.getByRole("button", { name: "Access company Hilltop Farm" }).waitFor();
    await screenshot(page, "client-invites-agency-signed-up");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the employer cancels an invitation it sent: the agency's link then says so, and the address can be invited again", async () => {
    const company = await employer(suite.app, { organizationName: "Reef Diving Co" });
    const agency = await serviceProvider(suite.app, { organizationName: "Coastline Visas" });
    const employerSide = await openPage(suite.browser, DESKTOP);
    const ep = employerSide.page;
    await logIn(ep, suite.app.url, company.email);
    await (await mainNav(ep)).getByRole("link", { name: "Access requests" }).click();
    await ep.getByLabel("Agency's email").fill(agency.email);
    await ep.getByRole("button", { name: "Send invitation" }).click();
    const sent = ep.getByRole("table", { name: "Invitations you sent to agencies" });
    await sent.getByText(agency.email).waitFor();

    await sent.getByRole("button", { name: `Cancel the invitation to ${agency.email}` }).click();
    const dialog = ep.getByRole("dialog", { name: "Cancel this invitation?" });
    await dialog.getByText(`The link sent to ${agency.email} will stop working`).waitFor();
    await expectAccessible(ep, "the cancel invitation dialog");
    await screenshot(ep, "client-invites-agency-cancel");
    await dialog.getByRole("button", { name: "Cancel invitation" }).click();
    await ep.getByText(`Invitation to ${agency.email} cancelled`).waitFor();
    await sent.getByText("Revoked", { exact: false }).first().waitFor();
    expect(await sent.getByRole("button", { name: `Cancel the invitation to ${agency.email}` }).count()).toBe(0);

    // The agency's link says the company withdrew it, and offers no Accept.
    const agencySide = await openPage(suite.browser, DESKTOP);
    const ap = agencySide.page;
    await logIn(ap, suite.app.url, agency.email);
    await openMailedLink(ap, suite.app.url, agency.email);
    await ap.getByText("This invitation was cancelled").waitFor();
    await ap.getByText("Reef Diving Co withdrew it.", { exact: false }).waitFor();
    expect(await ap.getByRole("button", { name: "Accept invitation" }).count()).toBe(0);

    // Invited again, the address gets a working link.
    await ep.getByLabel("Agency's email").fill(agency.email);
    await ep.getByRole("button", { name: "Send invitation" }).click();
    await ep.getByText(`Invitation sent to ${agency.email}`).waitFor();

    expect(employerSide.errors).toEqual([]);
    expect(agencySide.errors).toEqual([]);
    await employerSide.context.close();
    await agencySide.context.close();
  });
});
