import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_PORTAL_SLUG, seedDemo } from "../../api/src/db/seed.js";
import { activeConnection, employer, serviceProvider, uniqueEmail } from "../../api/test/factories.js";
import { appInBrowser, logIn, openPage, PHONE, screenshotBoth, screenshotDir } from "./support.js";

const CREATE_CONTACT = `mutation($input: ContactInput!) { createContact(input: $input) { id } }`;

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
/** The row (a card at 375 px) of the contact with this email. */
const rowOf = (page: Page, email: string) => page.getByRole("row").filter({ hasText: email });

/** The page is no wider than the window: nothing runs off the right edge. */
async function noSidewaysScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    "the page scrolls sideways",
  ).toBe(true);
}

describe("the agency's contacts and their portal status (R9)", () => {
  const suite = appInBrowser();

  beforeAll(async () => {
    // The demo: Harbour Migration with its job board at /p/harbour and Coastal Cafe an ACTIVE client.
    expect(await seedDemo(suite.app.database.db, suite.app.app.services, suite.app.clock.now())).toBe(true);
  });

  it("adds a contact at Coastal Cafe, invites it to the portal, and filters and searches the list", async () => {
    const morgan = { name: "Morgan Lee", email: uniqueEmail("morgan"), phone: "0412 345 678" };
    const jess = { name: "Jess Ng", email: uniqueEmail("jess") };
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, "agency@example.com", DEMO_PASSWORD);
    await page.waitForURL(`${suite.app.url}/agency`);

    // Contacts follows Manage Clients and the LMT tracker in the navigation (read once the whole
    // navigation is there: under load it can come a moment after the address changes).
    await mainNav(page).getByRole("link", { name: "Contacts" }).waitFor();
    const links = await mainNav(page).getByRole("link").allTextContents();
    expect(links.indexOf("Contacts")).toBe(links.indexOf("LMT tracker") + 1);
    expect(links.indexOf("LMT tracker")).toBe(links.indexOf("Manage Clients") + 1);
    await mainNav(page).getByRole("link", { name: "Contacts" }).click();
    await page.waitForURL(`${suite.app.url}/agency/contacts`);
    await page.getByRole("heading", { name: "Contacts", level: 1 }).waitFor();

    // A bad email is refused beside its field, in the API's words; nothing else is lost.
    await page.getByRole("button", { name: "Add contact" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Add contact" });
    await dialog.getByLabel("Name").fill(morgan.name);
    await dialog.getByLabel("Email", { exact: true }).fill("morgan.example.com");
    await dialog.getByLabel("Phone (optional)").fill(morgan.phone);
    const company = dialog.getByLabel("Company (optional)");
    await expect.poll(() => company.locator("option").allTextContents()).toContain("Coastal Cafe");
    // Only ACTIVE clients: Bondi Bakery's invitation is still pending.
    expect(await company.locator("option").allTextContents()).not.toContain("Bondi Bakery");
    await company.selectOption({ label: "Coastal Cafe" });
    await dialog.getByRole("button", { name: "Add contact" }).click();
    await dialog.getByText("Enter a valid email address.").waitFor();
    expect(await dialog.getByLabel("Email", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await dialog.getByLabel("Name").inputValue()).toBe(morgan.name);
    await page.screenshot({ path: `${screenshotDir}/contacts-add-error-desktop.png` });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${screenshotDir}/contacts-add-error-375.png` });
    await noSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 860 });

    await dialog.getByLabel("Email", { exact: true }).fill(morgan.email);
    await dialog.getByRole("button", { name: "Add contact" }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText(`${morgan.name} added`).waitFor();
    const morganRow = rowOf(page, morgan.email);
    await morganRow.getByText("Not Registered").waitFor();
    expect(await morganRow.innerText()).toContain("Coastal Cafe");
    expect(await morganRow.innerText()).toContain(morgan.phone);

    // A second contact, and the same email again, which the agency already has.
    await page.getByRole("button", { name: "Add contact" }).first().click();
    await dialog.getByLabel("Name").fill(jess.name);
    await dialog.getByLabel("Email", { exact: true }).fill(morgan.email);
    await expect
      .poll(() => dialog.getByLabel("Company (optional)").locator("option").allTextContents())
      .toContain("Coastal Cafe");
    await dialog.getByLabel("Company (optional)").selectOption({ label: "Coastal Cafe" });
    await dialog.getByRole("button", { name: "Add contact" }).click();
    await dialog.getByText("Already one of your contacts").waitFor();
    await dialog.locator(".field-error").getByText("You already have a contact with this email.").waitFor();
    await dialog.getByLabel("Email", { exact: true }).fill(jess.email);
    await dialog.getByRole("button", { name: "Add contact" }).click();
    await dialog.waitFor({ state: "hidden" });
    await rowOf(page, jess.email).getByText("Not Registered").waitFor();
    await screenshotBoth(page, "contacts-not-registered");

    // Invite Morgan: a notice, the status moves on, and the next action is to resend.
    await morganRow.getByRole("button", { name: `Invite to portal: ${morgan.name}` }).click();
    await page.getByText(`Invitation sent to ${morgan.name}`).waitFor();
    await morganRow.getByText("Pending Activation").waitFor();
    await morganRow.getByRole("button", { name: `Resend invitation to ${morgan.name}` }).waitFor();
    expect(await morganRow.getByRole("button", { name: /^Invite to portal/ }).count()).toBe(0);
    await screenshotBoth(page, "contacts-invited");

    // The status filter, kept in the address.
    const status = page.getByLabel("Portal status");
    await status.selectOption({ label: "Pending Activation" });
    await page.waitForURL(/status=pending_activation/);
    await morganRow.waitFor();
    await expect.poll(() => rowOf(page, jess.email).count()).toBe(0);
    await status.selectOption({ label: "Not Registered" });
    await page.waitForURL(/status=not_registered/);
    await rowOf(page, jess.email).waitFor();
    await expect.poll(() => morganRow.count()).toBe(0);
    await status.selectOption({ label: "Connected" });
    await page.waitForURL(/status=connected/);
    await expect.poll(() => rowOf(page, jess.email).count()).toBe(0);
    await status.selectOption({ label: "All statuses" });
    await morganRow.waitFor();
    await rowOf(page, jess.email).waitFor();

    // Search by a part of the email: only that contact, and the count says so.
    await page.getByLabel("Search").fill(jess.email.split("@")[0]!);
    await page.waitForURL(/q=jess-/);
    await expect.poll(() => morganRow.count()).toBe(0);
    await rowOf(page, jess.email).waitFor();
    await expect.poll(() => page.getByTestId("contacts-total").textContent()).toBe("1 contact match");
    await screenshotBoth(page, "contacts-search");
    await page.getByLabel("Search").fill("");
    await morganRow.waitFor();

    // Resending sends a new link.
    await morganRow.getByRole("button", { name: `Resend invitation to ${morgan.name}` }).click();
    await page.getByText("the earlier link no longer works").waitFor();
    await morganRow.getByText("Pending Activation").waitFor();

    // The activation mail, with a link to the agency's job board.
    await page.goto(`${suite.app.url}/dev/mailbox`);
    await page.getByLabel("To", { exact: true }).fill(morgan.email);
    const mail = page.getByRole("article", { name: "Harbour Migration invites you to its client portal" }).first();
    await mail.waitFor();
    await mail.getByRole("link", { name: new RegExp(`/p/${DEMO_PORTAL_SLUG}/activate\\?token=`) }).waitFor();
    await expect.poll(() => page.getByRole("article").count()).toBe(2);
    await screenshotBoth(page, "contacts-mailbox");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says to set up the job board first, with the way there, when the agency has none", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Bay Visas" });
    const cafe = await employer(suite.app, { organizationName: "Bay Bakery" });
    await activeConnection(suite.app, agency, cafe, "Bay Bakery");
    const email = uniqueEmail("sam");
    await agency.client.ok(CREATE_CONTACT, { input: { name: "Sam Baker", email, companyId: cafe.organizationId } });

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    await logIn(page, suite.app.url, agency.email);
    await page.goto(`${suite.app.url}/agency/contacts`);
    const row = rowOf(page, email);
    await row.getByText("Not Registered").waitFor();
    await row.getByRole("button", { name: "Invite to portal: Sam Baker" }).click();
    await page.getByText("Set up your job board first: contacts sign in there.").waitFor();
    await row.getByText("Not Registered").waitFor();
    await noSidewaysScroll(page);
    await screenshotBoth(page, "contacts-no-job-board");
    await page.getByRole("link", { name: "Set up your job board" }).click();
    await page.waitForURL(`${suite.app.url}/agency/portal`);

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
