import { describe, expect, it } from "vitest";
import { appInBrowser, newAccount, openPage, PHONE, screenshotDir, signUpAsAgency } from "./support.js";

describe("an agency buys credits in the browser", () => {
  const suite = appInBrowser();

  it("signs up, buys 3 credits with the Visa test card, and sees the balance and the history update", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);

    await page.goto(`${suite.app.url}/signup`);
    await page.getByRole("button", { name: "Create account" }).waitFor();
    await page.screenshot({ path: `${screenshotDir}/sign-up-desktop.png`, fullPage: true });
    await signUpAsAgency(page, suite.app.url, newAccount("buyer"));
    await expect.poll(() => page.getByTestId("credit-balance").textContent()).toBe("0");
    await page.getByText("No credit activity yet").waitFor();

    await page.getByRole("button", { name: "Buy credits" }).click();
    const dialog = page.getByRole("dialog", { name: "Buy credits" });
    await dialog.waitFor();
    await dialog.getByLabel("Credits", { exact: true }).fill("3");
    await dialog.getByRole("radio", { name: /Visa \(succeeds\)/ }).check();
    await expect.poll(() => dialog.getByTestId("purchase-total").textContent()).toBe("$597");
    await page.screenshot({ path: `${screenshotDir}/buy-credits-dialog-desktop.png` });

    await dialog.getByRole("button", { name: "Pay $597" }).click();
    await dialog.waitFor({ state: "hidden" });

    await expect.poll(() => page.getByTestId("credit-balance").textContent()).toBe("3");
    await page.getByText("3 credits added to your balance").waitFor();
    const historyRow = page.getByRole("row").filter({ hasText: "Purchase" });
    await expect.poll(() => historyRow.first().textContent()).toContain("+3");
    expect(await historyRow.count()).toBe(1);

    // Sharing on: the balance card says so in the shared-credit colour.
    const sharing = page.getByRole("switch", { name: "Share Credits" });
    await sharing.click();
    await expect.poll(() => sharing.getAttribute("aria-checked")).toBe("true");
    await page.getByText("Shared with clients").waitFor();
    await page.screenshot({ path: `${screenshotDir}/agency-dashboard-desktop.png`, fullPage: true });

    // A phone: the same dashboard, the dialog, and a declined card that charges nothing.
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${screenshotDir}/agency-dashboard-375.png`, fullPage: true });
    await page.getByRole("button", { name: "Buy credits" }).click();
    await dialog.waitFor();
    await dialog.getByLabel("Credits", { exact: true }).fill("2");
    await dialog.getByRole("radio", { name: /Declined card/ }).check();
    await page.screenshot({ path: `${screenshotDir}/buy-credits-dialog-375.png` });
    await dialog.getByRole("button", { name: "Pay $398" }).click();
    await dialog.getByRole("alert").filter({ hasText: "Payment declined" }).waitFor();
    await page.screenshot({ path: `${screenshotDir}/buy-credits-declined-375.png` });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await page.getByTestId("credit-balance").textContent()).toBe("3");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows an employer its own dashboard, and the sign-in screen on a phone", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    await page.goto(`${suite.app.url}/login`);
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await page.screenshot({ path: `${screenshotDir}/log-in-375.png`, fullPage: true });

    const account = newAccount("employer");
    await page.goto(`${suite.app.url}/signup`);
    await page.getByLabel("Your name").fill(account.name);
    await page.getByLabel("Work email").fill(account.email);
    await page.getByLabel("Password").fill("short");
    await page.getByLabel("Organization name").fill("Harbour Bakery Pty Ltd");
    await page.getByRole("radio", { name: /Employer/ }).check();
    await page.getByRole("button", { name: "Create account" }).click();
    // The API's field message appears beside the password field.
    await page.getByText("Use at least 10 characters.").waitFor();
    await page.screenshot({ path: `${screenshotDir}/sign-up-errors-375.png`, fullPage: true });
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(`${suite.app.url}/employer`);
    await expect.poll(() => page.getByTestId("credit-balance").textContent()).toBe("0");
    expect(await page.getByRole("switch").count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir}/employer-dashboard-375.png`, fullPage: true });

    // An employer who types an agency address is sent to its own dashboard.
    await page.goto(`${suite.app.url}/agency`);
    await page.waitForURL(`${suite.app.url}/employer`);

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
