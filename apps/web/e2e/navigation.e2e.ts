import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { employer, serviceProvider } from "../../api/test/factories.js";
import { appInBrowser, logIn, openPage, PHONE, screenshotDir } from "./support.js";

/** Every visible link of the main navigation (a closed menu's items are not), and whether each lies fully inside the window. */
async function navLinksInView(page: Page): Promise<{ name: string; inView: boolean }[]> {
  return page.getByRole("navigation", { name: "Main" }).evaluate((nav) => {
    const width = document.documentElement.clientWidth;
    return [...nav.querySelectorAll("a, button")]
      .map((el) => ({ name: (el.textContent ?? "").trim(), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .map(({ name, box }) => ({ name, inView: box.left >= 0 && box.right <= width }));
  });
}

describe("the main navigation on a phone", () => {
  const suite = appInBrowser();

  it.each([
    {
      who: "an employer",
      make: () => employer(suite.app, { organizationName: "Harbourside Cafe" }),
      home: "/employer",
      links: 7,
    },
    { who: "an agency", make: () => serviceProvider(suite.app, { organizationName: "Bay Visas" }), home: "/agency", links: 7 },
  ])("shows every link of $who at 375 px without scrolling sideways", async ({ who, make, home, links }) => {
    const account = await make();
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    await logIn(page, suite.app.url, account.email);
    await page.waitForURL(`${suite.app.url}${home}`);
    await page.getByRole("navigation", { name: "Main" }).waitFor();

    const seen = await navLinksInView(page);
    expect(seen, who).toHaveLength(links);
    expect(
      seen.filter((l) => !l.inView).map((l) => l.name),
      "links outside the window",
    ).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      "the page scrolls sideways",
    ).toBe(true);
    await page.screenshot({ path: `${screenshotDir}/nav-${home.slice(1)}-375.png` });

    // The Pricing menu opens inside the window too.
    await page.getByRole("button", { name: /Pricing/ }).click();
    const plans = page.getByRole("link", { name: /Pricing Plans/ });
    await plans.waitFor();
    const box = (await plans.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= PHONE.width, "the Pricing menu fits the window").toBe(true);
    await page.screenshot({ path: `${screenshotDir}/nav-${home.slice(1)}-pricing-menu-375.png` });

    expect(errors).toEqual([]);
    assertNoExternalRequests();
    await context.close();
  });
});
