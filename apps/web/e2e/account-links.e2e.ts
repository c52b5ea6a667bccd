import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { serviceProvider, uniqueEmail } from "../../api/test/factories.js";
import { appInBrowser, logIn, mainNav, newAccount, openPage, screenshotBoth } from "./support.js";

/** Opens the newest mail to `to` with `subject` in the dev mailbox and follows its link matching `link`. */
async function followMailedLink(page: Page, baseUrl: string, to: string, subject: string, link: RegExp): Promise<void> {
  await page.goto(`${baseUrl}/dev/mailbox`);
  const mail = page.getByRole("article").filter({ hasText: to }).filter({ hasText: subject });
  await mail.first().waitFor();
  await mail.first().getByRole("link", { name: link }).click();
  await page.waitForURL(link);
}

describe("account links end to end", () => {
  const suite = appInBrowser();

  it("a new account verifies its address from the mailed link, then resets a forgotten password", async () => {
    const account = newAccount("reset");
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);

    // Sign up: until the link is followed, every page says what waits for it.
    await page.goto(`${suite.app.url}/signup`);
    await page.getByLabel("Your name").fill(account.name);
    await page.getByLabel("Work email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByLabel("Organization name").fill(account.organizationName);
    await page.getByRole("radio", { name: /Service provider \(agency\)/ }).check();
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${suite.app.url}/agency`);
    const banner = page.getByTestId("verify-email-banner");
    await banner.getByText("Verify your email to buy, publish or invite").waitFor();
    await banner.getByRole("button", { name: "Send again" }).click();
    await banner.getByText(`We mailed a new link to ${account.email}.`).waitFor();
    await screenshotBoth(page, "verify-email-banner");

    await followMailedLink(page, suite.app.url, account.email, "Verify your email address", /\/verify-email\//);
    await page.getByText("Your email address is verified").waitFor();
    await screenshotBoth(page, "verify-email");
    await page.getByRole("link", { name: "Continue" }).click();
    await page.waitForURL(`${suite.app.url}/agency`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await page.getByTestId("verify-email-banner").count()).toBe(0);

    // Forgotten password: sign out, ask for a link, follow it, choose a new one twice.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    await page.getByRole("link", { name: "Forgot password?" }).click();
    // The sign-in page has an Email field too: wait for this page before filling its own.
    await page.getByRole("heading", { name: "Forgot your password?" }).waitFor();
    await page.getByLabel("Email").fill(account.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page
      .getByText(`If ${account.email} has an account`)
      .waitFor({ timeout: 10_000 })
      .catch(async () => {
        throw new Error(`No answer to the reset request. The page says:\n${await page.locator("body").innerText()}`);
      });
    await screenshotBoth(page, "forgot-password");

    await followMailedLink(page, suite.app.url, account.email, "Reset your password", /\/reset-password\//);
    const resetUrl = page.url();
    await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await page.getByLabel("New password again").fill("a-different-password");
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.getByText("The two passwords are not the same.").waitFor();
    await screenshotBoth(page, "reset-password");
    await page.getByLabel("New password again").fill("a-brand-new-password");
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.getByText("Your password is changed").waitFor();
    await page.getByRole("link", { name: "Sign in with your new password" }).click();
    await logIn(page, suite.app.url, account.email, "a-brand-new-password");
    await page.waitForURL(`${suite.app.url}/agency`);

    // The link works once.
    await page.goto(resetUrl);
    await page.getByLabel("New password", { exact: true }).fill("yet-another-password");
    await page.getByLabel("New password again").fill("yet-another-password");
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.getByText("This reset link was already used").waitFor();

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the Account page changes the password and email, lists sessions and ends the others", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    const other = await openPage(suite.browser);
    await logIn(other.page, suite.app.url, agency.email);
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, agency.email);
    await (await mainNav(page)).getByRole("link", { name: "Account" }).click();
    await page.getByRole("heading", { name: "Account", level: 1 }).waitFor();

    const sessions = page.getByRole("table", { name: "Signed-in browsers" });
    await sessions.getByText("This device").waitFor();
    await expect.poll(() => sessions.locator("tbody tr").count()).toBeGreaterThanOrEqual(2);

    // Change password: the two new ones must match, then it is changed and the other browser signed out.
    const password = page
      .getByRole("region", { name: "Change password" })
      .or(page.locator(".card", { hasText: "Change password" }));
    await password.first().getByLabel("Current password").fill("correct-horse-battery");
    await password.first().getByLabel("New password", { exact: true }).fill("a-brand-new-password");
    await password.first().getByLabel("New password again").fill("a-brand-new-password");
    await password.first().getByRole("button", { name: "Change password" }).click();
    await page.getByText("Your password is changed.").waitFor();
    await expect.poll(() => sessions.locator("tbody tr").count()).toBe(1);

    // Change email: a link goes to the new address; the page says so and shows it waiting.
    const newEmail = uniqueEmail("moved");
    const email = page.locator(".card", { hasText: "Change email" }).first();
    await email.getByLabel("New email").fill(newEmail);
    await email.getByLabel("Current password").fill("a-brand-new-password");
    await email.getByRole("button", { name: "Send link to new address" }).click();
    await email.getByText(`We mailed a link to ${newEmail}.`).waitFor();
    await page.getByText("Waiting for confirmation").waitFor();
    await screenshotBoth(page, "account");

    // The other browser's next page asks it to sign in.
    await other.page.reload();
    await other.page.waitForURL(/\/login/);

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await other.context.close();
    await context.close();
  });
});
