import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { employer, serviceProvider } from "../../api/test/factories.js";
import { appInBrowser, DESKTOP, expectAccessible, expectNoSideScroll, logIn, openPage, PHONE, screenshotDir } from "./support.js";

/** Every visible link of the main navigation (a closed menu's items are not), and whether each lies fully inside the window. */
async function navLinksInView(page: Page): Promise<{ name: string; inView: boolean; top: number }[]> {
  // By selector, not role: a closed phone menu hides the landmark, and this counts what shows.
  return page.locator('nav[aria-label="Main"]').evaluate((nav) => {
    const width = document.documentElement.clientWidth;
    return [...nav.querySelectorAll(":scope > a, :scope > button")]
      .map((el) => ({ name: (el.textContent ?? "").trim(), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .map(({ name, box }) => ({ name, inView: box.left >= 0 && box.right <= width, top: Math.round(box.top) }));
  });
}

/** The header's own height: one row of brand, session actions and the menu button, never two rows of links. */
const headerHeight = (page: Page) => page.locator(".app-header").evaluate((h) => h.getBoundingClientRect().height);

describe("the main navigation on a phone", () => {
  const suite = appInBrowser();

  it.each([
    {
      who: "an employer",
      make: () => employer(suite.app, { organizationName: "Harbourside Cafe" }),
      home: "/employer",
      links: ["Dashboard", "Jobs", "Post a job", "Access requests", "Activity", "Pricing", "Team", "Account"],
    },
    {
      who: "an agency",
      make: () => serviceProvider(suite.app, { organizationName: "Bay Visas" }),
      home: "/agency",
      links: ["Dashboard", "Manage Clients", "LMT tracker", "Contacts", "Job board", "Pricing", "Team", "Account"],
    },
  ])(
    "folds $who's links behind a Menu button at 375 px, one link a row, nothing off the edge",
    async ({ who, make, home, links }) => {
      const account = await make();
      const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
      await logIn(page, suite.app.url, account.email);
      await page.waitForURL(`${suite.app.url}${home}`);
      const menu = page.getByRole("button", { name: "Menu" });
      await menu.waitFor();

      // Closed: no link of the navigation shows, and the header is one row (no wrapped second row of links).
      expect(await navLinksInView(page), who).toEqual([]);
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      expect(await headerHeight(page), "the phone header is one row").toBeLessThan(64);
      await expectNoSideScroll(page);
      await page.screenshot({ path: `${screenshotDir}/nav-${home.slice(1)}-375.png` });

      await menu.click();
      expect(await menu.getAttribute("aria-expanded")).toBe("true");
      const seen = await navLinksInView(page);
      expect(
        seen.map((l) => l.name.replace("▾", "").trim()),
        who,
      ).toEqual(links);
      expect(
        seen.filter((l) => !l.inView).map((l) => l.name),
        "links outside the window",
      ).toEqual([]);
      // One link a row: each starts below the one before.
      expect(
        seen.every((l, i) => i === 0 || l.top > seen[i - 1]!.top),
        "one link a row",
      ).toBe(true);
      await expectNoSideScroll(page);
      await page.screenshot({ path: `${screenshotDir}/nav-${home.slice(1)}-menu-open-375.png` });

      // The Pricing menu opens inside the panel, inside the window.
      await page.getByRole("button", { name: /Pricing/ }).click();
      const plans = page.getByRole("link", { name: /Pricing Plans/ });
      await plans.waitFor();
      const box = (await plans.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= PHONE.width, "the Pricing menu fits the window").toBe(true);
      await page.screenshot({ path: `${screenshotDir}/nav-${home.slice(1)}-pricing-menu-375.png` });

      // Following a link closes the menu; Esc closes it too and gives focus back to the button.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click();
      await page.waitForURL(`${suite.app.url}/account`);
      await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
      await menu.click();
      await page.keyboard.press("Escape");
      expect(await menu.getAttribute("aria-expanded")).toBe("false");
      expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);

      // At 1280 px there is no menu button: the links are one row in the header.
      await page.setViewportSize(DESKTOP);
      expect(await menu.isVisible()).toBe(false);
      const wide = await navLinksInView(page);
      expect(wide.map((l) => l.name.replace("▾", "").trim())).toEqual(links);
      expect(new Set(wide.map((l) => l.top)).size, "one row at 1280 px").toBe(1);
      await expectAccessible(page);

      expect(errors).toEqual([]);
      assertNoExternalRequests();
      await context.close();
    },
  );
});
