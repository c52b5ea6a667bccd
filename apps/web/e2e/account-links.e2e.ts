import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { appInBrowser, logIn, newAccount, openPage, screenshotBoth } from "./support.js";

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
    await page.getByLabel("Email").fill(account.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByText(`If ${account.email} has an account`).waitFor();
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
});
