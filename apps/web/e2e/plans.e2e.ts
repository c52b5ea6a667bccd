import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  appInBrowser,
  DESKTOP,
  mainNav,
  newAccount,
  openPage,
  PHONE,
  screenshotBoth,
  screenshotDir,
  signUpAsAgency,
} from "./support.js";

const PACK = "Premium Job Pack 25 Ads";

/** "23 Nov 2027" as the app writes it, for the day `days` from now in the test browser's zone. */
function dayFrom(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-AU", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "Australia/Sydney",
  }).format(at);
}

async function openPricingMenu(page: Page, item: "Pricing Plans" | "Billing"): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("button", { name: "Pricing" }).click();
  await nav.getByRole("link", { name: new RegExp(`^${item}`) }).click();
}

describe("an agency buys a job pack from Pricing Plans", () => {
  const suite = appInBrowser();

  it("buys Premium Job Pack 25 Ads, turns sharing on when prompted, and sees 25 credits with their expiry and the receipt", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);

    await signUpAsAgency(page, suite.app.url, newAccount("plans"));
    await expect.poll(() => page.getByTestId("credit-balance").textContent()).toBe("0");
    // At 0 credits the dashboard points to the plans; sharing starts off.
    await page.getByTestId("upgrade-prompt").getByRole("link", { name: "See pricing plans" }).waitFor();
    expect(await page.getByRole("switch", { name: "Share Credits" }).getAttribute("aria-checked")).toBe("false");
    await page.getByTestId("current-plan").filter({ hasText: "Pay as you go" }).waitFor();
    await screenshotBoth(page, "plans-dashboard-empty");

    // Menu → Pricing → Pricing Plans.
    await openPricingMenu(page, "Pricing Plans");
    await page.waitForURL(`${suite.app.url}/pricing`);
    await page.getByRole("heading", { level: 1, name: "Pricing Plans" }).waitFor();
    const tile = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: PACK }) });
    await tile.waitFor();
    expect(await tile.textContent()).toContain("25 credits");
    expect(await tile.textContent()).toContain("Credits valid 365 days");
    // Pay-as-you-go is the current plan until something else is bought.
    const payg = page.getByRole("listitem").filter({ hasText: "Credits never expire" });
    expect(await payg.first().textContent()).toContain("Current plan");
    await screenshotBoth(page, "pricing-plans");

    await tile.getByRole("button", { name: "Buy pack" }).click();
    const dialog = page.getByRole("dialog", { name: `Buy ${PACK}` });
    await dialog.waitFor();
    await dialog.getByRole("radio", { name: /Visa \(succeeds\)/ }).check();
    const total = (await dialog.getByTestId("plan-total").textContent()) ?? "";
    expect(total).toMatch(/^\$[\d,]+(\.\d\d)?$/);
    expect(await dialog.getByTestId("plan-what").textContent()).toContain("25 credits, valid 365 days");
    await page.screenshot({ path: `${screenshotDir}/pricing-pack-dialog-desktop.png` });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${screenshotDir}/pricing-pack-dialog-375.png` });
    await page.setViewportSize(DESKTOP);

    await dialog.getByRole("button", { name: `Pay ${total}` }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText(`${PACK}: 25 credits added`).waitFor();
    // A job pack is a one-off purchase, not a plan (issue 16, item 6): its credits are held, pay-as-you-go stays the plan.
    await expect.poll(() => tile.textContent()).toContain("Credits in your balance");
    expect(await tile.textContent()).not.toContain("Current plan");
    expect(await payg.first().textContent()).toContain("Current plan");

    // The dashboard: the prompt to share the new credits, then 25 credits with their expiry date.
    await page.getByRole("link", { name: "See your credits on the dashboard" }).click();
    await page.waitForURL(`${suite.app.url}/agency`);
    const prompt = page.getByRole("status").filter({ hasText: "Share these credits with your clients?" });
    await prompt.waitFor();
    await screenshotBoth(page, "plans-dashboard-share-prompt");
    await prompt.getByRole("button", { name: "Turn on Share Credits" }).click();
    await prompt.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByRole("switch", { name: "Share Credits" }).getAttribute("aria-checked")).toBe("true");
    await page.getByText("Shared with clients").waitFor();

    await expect.poll(() => page.getByTestId("credit-balance").textContent()).toBe("25");
    await page.getByTestId("current-plan").filter({ hasText: "Pay as you go" }).waitFor();
    await page
      .getByTestId("held-job-pack")
      .filter({ hasText: `${PACK}, a one-off job pack` })
      .waitFor();
    const lots = page.getByTestId("credit-lot");
    expect(await lots.count()).toBe(1);
    const lotText = (await lots.first().textContent()) ?? "";
    expect(lotText).toContain("Job pack");
    const expiry = [dayFrom(364), dayFrom(365), dayFrom(366)].map((d) => `25 credits · expire ${d}`);
    expect(
      expiry.some((e) => lotText.includes(e)),
      `${lotText} shows one of ${expiry.join(" | ")}`,
    ).toBe(true);
    expect(await page.getByTestId("upgrade-prompt").count()).toBe(0);
    await screenshotBoth(page, "plans-dashboard-lots");

    // The Pricing menu on a phone: in the header's Menu, it opens in place.
    await page.setViewportSize(PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    await (await mainNav(page)).getByRole("button", { name: "Pricing" }).click();
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: /^Billing/ })
      .waitFor();
    await page.screenshot({ path: `${screenshotDir}/pricing-menu-375.png` });
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.setViewportSize(DESKTOP);

    // Menu → Pricing → Billing: the purchase with its receipt, a real PDF.
    await openPricingMenu(page, "Billing");
    await page.waitForURL(`${suite.app.url}/billing`);
    await page.getByText("No subscription").waitFor();
    // The purchase's row (its tax invoice is listed in the table above, by the same name).
    const row = page.getByRole("table", { name: "Purchases" }).getByRole("row").filter({ hasText: PACK });
    await row.waitFor();
    expect(await row.textContent()).toContain("Paid");
    expect(await row.textContent()).toContain(total);
    const link = row.getByRole("link", { name: /Download receipt \(PDF\)/ });
    const href = await link.getAttribute("href");
    expect(href).toBeTruthy();
    const head = await page.evaluate(async (url) => {
      const res = await fetch(url, { credentials: "same-origin" });
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get("content-type"), start: String.fromCharCode(...bytes.slice(0, 5)) };
    }, href!);
    expect(head.status).toBe(200);
    expect(head.start).toBe("%PDF-");
    await screenshotBoth(page, "billing");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
