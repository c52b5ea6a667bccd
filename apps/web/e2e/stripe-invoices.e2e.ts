import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../api/test/harness.js";
import { StripeStandIn } from "../../api/test/stripe-stand-in.js";
import { pdfText } from "../../api/test/pdf-text.js";
import {
  assertBuilt,
  launchBrowser,
  newAccount,
  openPage,
  screenshotBoth,
  screenshotDir,
  signUpAsAgency,
  webDist,
} from "./support.js";

describe("a purchase through Stripe that needs 3-D Secure, and its tax invoice", () => {
  let stripe: StripeStandIn;
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    assertBuilt();
    stripe = await new StripeStandIn().start();
    app = await startTestApp({ webDist, config: { stripe: stripe.settings() } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await stripe?.stop();
  });

  it("confirms the card in the 3-D Secure challenge, grants the credits once, and the invoice PDF downloads and parses", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(browser);
    await signUpAsAgency(page, app.url, newAccount("stripe-buyer"));
    await expect.poll(() => page.getByTestId("credit-balance").textContent()).toBe("0");

    await page.getByRole("button", { name: "Buy credits" }).click();
    const dialog = page.getByRole("dialog", { name: "Buy credits" });
    await dialog.waitFor();
    await dialog.getByLabel("Credits", { exact: true }).fill("2");
    await dialog.getByRole("radio", { name: /Visa with 3-D Secure/ }).check();
    await dialog.getByRole("button", { name: "Pay $398" }).click();

    // Stripe.js (the stand-in's, loaded from the configured address) shows the bank's challenge.
    const challenge = page.getByRole("dialog", { name: "3D Secure test payment" });
    await challenge.waitFor();
    await page.screenshot({ path: `${screenshotDir}/stripe-3ds-challenge-desktop.png` });
    await challenge.getByRole("button", { name: "Complete authentication" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByTestId("credit-balance").textContent()).toBe("2");
    expect([...stripe.intents.values()].filter((i) => i.status === "succeeded")).toHaveLength(1);

    // Billing lists the tax invoice; its PDF downloads and reads as one.
    await page.goto(`${app.url}/billing`);
    const invoices = page.getByRole("table", { name: "Tax invoices and adjustment notes" });
    await invoices.waitFor();
    const number = (await invoices.locator("code").first().textContent())!;
    expect(number).toMatch(/^INV-\d{6}$/);
    await screenshotBoth(page, "billing-invoices");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      invoices
        .getByRole("link", { name: /Download PDF/ })
        .first()
        .click(),
    ]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const words of [
      "Tax invoice",
      number,
      "ABN 51 824 753 556",
      "Pay as you go: 2 job ad credits",
      "$398.00 AUD",
      "GST included (10%)",
    ])
      expect(text).toContain(words);

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a failed 3-D Secure check charges nothing and says so", async () => {
    const { context, page, errors } = await openPage(browser);
    await signUpAsAgency(page, app.url, newAccount("stripe-fail"));
    await page.getByRole("button", { name: "Buy credits" }).click();
    const dialog = page.getByRole("dialog", { name: "Buy credits" });
    await dialog.getByRole("radio", { name: /Visa with 3-D Secure/ }).check();
    await dialog.getByRole("button", { name: "Pay $199" }).click();
    const challenge = page.getByRole("dialog", { name: "3D Secure test payment" });
    await challenge.getByRole("button", { name: "Fail authentication" }).click();
    await dialog.getByRole("alert").filter({ hasText: "Payment declined" }).waitFor();
    expect(await page.getByTestId("credit-balance").textContent()).toBe("0");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows Usage by client at desktop and phone widths", async () => {
    const { context, page, errors } = await openPage(browser);
    await signUpAsAgency(page, app.url, newAccount("usage"));
    await page.goto(`${app.url}/billing/usage`);
    await page.getByRole("heading", { name: "Usage by client" }).waitFor();
    await screenshotBoth(page, "usage-by-client-empty");
    expect(errors).toEqual([]);
    await context.close();
  });
});
