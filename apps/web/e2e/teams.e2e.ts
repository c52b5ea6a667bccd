import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { activeConnection, employer, grantCredits, serviceProvider, uniqueEmail } from "../../api/test/factories.js";
import { appInBrowser, fillJobForm, logIn, mainNav, openPage, screenshotBoth } from "./support.js";

const SHARE = `mutation { setCreditSharing(enabled: true) { id } }`;

/** From an open client account: Post a job, Review & preview, Save & continue, to the payment screen. */
async function postJob(page: Page, title: string): Promise<void> {
  await (await mainNav(page)).getByRole("link", { name: "Post a job" }).click();
  await page.getByRole("heading", { name: "Post a job", level: 1 }).waitFor();
  await fillJobForm(page, title);
  await page.getByRole("button", { name: "Review & preview" }).click();
  await page.getByRole("article", { name: `Job ad: ${title}` }).waitFor();
  await page.getByRole("button", { name: "Save & continue" }).click();
  await page.waitForURL(/\/employer\/jobs\/[^/]+\/publish$/, { timeout: 10_000 });
  await page.getByTestId("payer").waitFor();
}

describe("teams end to end", () => {
  const suite = appInBrowser();

  it("an owner invites a Member, who joins from the mailed link, publishes for a client, and is refused once removed", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    await grantCredits(suite.app, agency.organizationId, 20);
    await agency.client.ok(SHARE);
    const company = await employer(suite.app, { organizationName: "Dune Bakery" });
    await activeConnection(suite.app, agency, company, "Dune Bakery");
    const colleagueEmail = uniqueEmail("colleague");

    // The owner: Team → invite a colleague as Member.
    const owner = await openPage(suite.browser);
    const { page } = owner;
    await logIn(page, suite.app.url, agency.email);
    await (await mainNav(page)).getByRole("link", { name: "Team" }).click();
    await page.getByRole("heading", { name: "Team", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "What each role may do" }).waitFor();
    await page.getByLabel("Email", { exact: true }).fill(colleagueEmail);
    await page.getByLabel("Role", { exact: true }).selectOption("MEMBER");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await page.getByText(`An invitation was mailed to ${colleagueEmail}.`).waitFor();
    await page
      .getByRole("listitem")
      .filter({ hasText: colleagueEmail })
      .getByText(/Member/)
      .waitFor();
    await screenshotBoth(page, "team");

    // The colleague: the dev mailbox's link → the invitation page → sign up.
    const colleague = await openPage(suite.browser);
    const cp = colleague.page;
    await cp.goto(`${suite.app.url}/dev/mailbox`);
    const mail = cp.getByRole("article").filter({ hasText: colleagueEmail }).filter({ hasText: "Join Harbour Migration" });
    await mail.first().waitFor();
    await mail
      .first()
      .getByRole("link", { name: /\/join\// })
      .click();
    await cp.waitForURL(/\/join\//);
    await cp.getByText("Harbour Migration", { exact: true }).waitFor();
    await cp.getByText("Member", { exact: true }).waitFor();
    await screenshotBoth(cp, "team-invitation");
    const joinUrl = cp.url();
    await cp.getByLabel("Your name").fill("Ravi Kumar");
    await cp.getByLabel("Choose a password").fill("correct-horse-battery");
    await cp.getByRole("button", { name: "Create account and join" }).click();
    await cp.waitForURL(`${suite.app.url}/agency`);

    // The link works once: opened again it says so in words.
    const again = await openPage(suite.browser);
    await again.page.goto(joinUrl);
    await again.page.getByText("This invitation was already accepted").waitFor();
    await screenshotBoth(again.page, "team-invitation-used");
    await again.context.close();

    // The colleague accesses the client and publishes a job with the agency's shared credits.
    await (await mainNav(cp)).getByRole("link", { name: "Manage Clients" }).click();
    await cp.getByRole("button", { name: "Access company Dune Bakery" }).click();
    await cp.waitForURL(`${suite.app.url}/employer`);
    await postJob(cp, "Baker");
    await cp.getByRole("button", { name: "Publish job ad" }).click();
    await cp.getByText("Job ad published").waitFor();

    // The owner sees the new member and removes them, confirming by name.
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: colleagueEmail });
    await row.locator("strong", { hasText: "Ravi Kumar" }).waitFor();
    await row.getByRole("button", { name: "Remove Ravi Kumar" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove Ravi Kumar?" });
    await dialog.getByRole("button", { name: "Remove Ravi Kumar" }).click();
    await page.getByText("Ravi Kumar was removed from the team.").waitFor();
    expect(await page.getByRole("row").filter({ hasText: colleagueEmail }).count()).toBe(0);

    // The colleague's next click is refused: the ended session lands on sign-in, to come back after.
    await (await mainNav(cp)).getByRole("link", { name: "Jobs" }).click();
    await cp.waitForURL((url) => url.pathname === "/login" && url.searchParams.get("next") === "/employer/jobs", {
      timeout: 10_000,
    });
    await cp.getByRole("button", { name: "Sign in" }).waitFor();

    owner.assertNoExternalRequests();
    colleague.assertNoExternalRequests();
    expect(owner.errors).toEqual([]);
    await colleague.context.close();
    await owner.context.close();
  });

  it("someone already signed in accepts an invitation, then switches between their organizations in the header", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Bay Visas" });
    const person = await employer(suite.app, { organizationName: "Dune Bakery" });
    await agency.client.ok(`mutation($email: String!) { inviteTeamMember(email: $email, role: ADMIN) { id } }`, {
      email: person.email,
    });

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, person.email);
    await page.waitForURL(`${suite.app.url}/employer`);
    expect(await page.getByLabel("Switch organization").count()).toBe(0);
    const visibleSwitcher = () => page.getByLabel("Switch organization").locator("visible=true");
    await page.goto(`${suite.app.url}/dev/mailbox`);
    const mail = page.getByRole("article").filter({ hasText: person.email }).filter({ hasText: "Join Bay Visas" });
    await mail
      .first()
      .getByRole("link", { name: /\/join\// })
      .click();
    await page.getByText("Admin", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Join Bay Visas" }).click();
    await page.waitForURL(`${suite.app.url}/agency`);

    const switcher = visibleSwitcher();
    await switcher.waitFor();
    expect(await switcher.inputValue()).toBe(agency.organizationId);
    await screenshotBoth(page, "organization-switcher");
    await switcher.selectOption({ label: "Dune Bakery" });
    await page.waitForURL(`${suite.app.url}/employer`);
    await expect.poll(() => visibleSwitcher().inputValue()).toBe(person.organizationId);

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
