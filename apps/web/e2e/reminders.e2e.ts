import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayIn } from "@app/domain";
import { activeConnection, employer, serviceProvider, type SignedUp } from "../../api/test/factories.js";
import type { TestApp } from "../../api/test/harness.js";
import { jobs, lmtPlacements } from "../../api/src/db/schema/index.js";
import { DESKTOP, PHONE, appInBrowser, logIn, openPage, screenshotDir } from "./support.js";

/** An LMT ad of a client whose two national placements started `startedOn`. */
async function lmtAd(app: TestApp, client: SignedUp, agency: SignedUp, title: string, startedOn: string): Promise<string> {
  const [job] = await app.database.db
    .insert(jobs)
    .values({
      employerId: client.organizationId,
      title,
      description: "Lead the grill section of our busy kitchen. You will work with a team of six and train junior cooks.",
      requirements: "Certificate IV in Commercial Cookery and 2 years of experience",
      city: "Sydney",
      workType: "FULL_TIME",
      salaryMin: 70000,
      salaryMax: 78000,
      salaryPeriod: "YEAR",
      salaryCurrency: "AUD",
      lmt: true,
      durationDays: 28,
      createdByServiceProviderId: agency.organizationId,
    })
    .returning();
  await app.database.db.insert(lmtPlacements).values([
    { jobId: job!.id, board: "SEEK", nationalReach: true, sourceCode: "seek", startsOn: startedOn, endsOn: null },
    { jobId: job!.id, board: "Jora", nationalReach: true, sourceCode: "jora", startsOn: startedOn, endsOn: null },
  ]);
  return job!.id;
}

describe("the LMT tracker and reminders in the browser", () => {
  const suite = appInBrowser();

  for (const [width, viewport] of [
    ["1280", DESKTOP],
    ["375", PHONE],
  ] as const) {
    it(`at ${width} px: the tracker filters to "window closes within 14 days", a row opens the report, a notification is read`, async () => {
      const app = suite.app;
      const agency = await serviceProvider(app, { organizationName: "Harbour Migration" });
      const cafe = await employer(app, { organizationName: "Coastal Cafe" });
      const bakery = await employer(app, { organizationName: "Bondi Bakery" });
      await activeConnection(app, agency, cafe, "Coastal Cafe");
      await activeConnection(app, agency, bakery, "Bondi Bakery");
      const today = dayIn(app.clock.now(), "Australia/Sydney");
      await lmtAd(app, cafe, agency, "Chef de Partie", addDays(addMonths(today, -4), 9)); // closes in 9 days
      await lmtAd(app, bakery, agency, "Pastry Chef", addDays(today, -35)); // ready, window months away
      await lmtAd(app, bakery, agency, "Baker", addDays(today, -6)); // still running
      await app.app.services.notifications.runDue(app.clock.now());

      const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, viewport);
      await logIn(page, app.url, agency.email);
      await page.waitForURL(`${app.url}/agency`);

      // The dashboard answers "what needs me today".
      const todayCard = page.getByTestId("agency-today");
      await todayCard.getByText("Chef de Partie").first().waitFor();
      expect(await todayCard.textContent()).toContain("Closes in 9 days");
      await page.screenshot({ path: `${screenshotDir}/agency-today-${width}.png`, fullPage: true });

      // Two clients accepted, two ads ready to lodge, one window closing: five unread.
      const bell = page.getByTestId("notification-bell");
      await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications, 5 unread");

      // The tracker, filtered to windows closing within 14 days.
      await page.goto(`${app.url}/agency/lmt`);
      await expect.poll(() => page.getByTestId("tracker-count").textContent()).toBe("3 LMT ads");
      // The box follows the address (?closing=1), which the router updates a moment after the click.
      const closing = page.getByLabel("Window closes within 14 days");
      await closing.click();
      await expect.poll(() => closing.isChecked()).toBe(true);
      await expect.poll(() => page.getByTestId("tracker-count").textContent()).toBe("1 of 3 LMT ads");
      expect(new URL(page.url()).searchParams.get("closing")).toBe("1");
      const rows = page.getByTestId("tracker-row-link");
      await expect.poll(() => rows.allTextContents()).toEqual(["Chef de Partie"]);
      expect(await page.getByTestId("tracker-csv").getAttribute("href")).toBe("/lmt/tracker.csv?closing=1&sort=CLIENT");
      await page.screenshot({ path: `${screenshotDir}/lmt-tracker-closing-${width}.png`, fullPage: true });

      // A row opens the ad's LMT report, read-only.
      await rows.first().click();
      await page.getByRole("heading", { name: /LMT report: Chef de Partie/, level: 1 }).waitFor();
      await page.getByText("Read-only", { exact: true }).waitFor();
      expect(await page.getByRole("button", { name: "Add placement" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Save dates" }).count()).toBe(0);
      await page.screenshot({ path: `${screenshotDir}/lmt-tracker-report-${width}.png`, fullPage: true });

      // A notification is read and marked read.
      await bell.click();
      await page.getByRole("heading", { name: "Notifications", level: 1 }).waitFor();
      const first = page.getByTestId("notification").first();
      expect(await first.textContent()).toContain("Lodgement window closes in 9 days: Chef de Partie (Coastal Cafe)");
      await page.screenshot({ path: `${screenshotDir}/notifications-${width}.png`, fullPage: true });
      await first.getByRole("button", { name: /^Mark read/ }).click();
      await expect.poll(() => bell.getAttribute("aria-label")).toBe("Notifications, 4 unread");
      await expect.poll(() => first.textContent()).toContain("· read");
      expect(await first.getByRole("button", { name: /^Mark read/ }).count()).toBe(0);

      // Preferences: one kind by mail off.
      await page.getByRole("link", { name: "Choose what you hear about" }).click();
      const mailReady = page.getByLabel("An LMT ad is ready to lodge: by mail");
      await mailReady.uncheck();
      await expect.poll(() => mailReady.isChecked()).toBe(false);
      await page.screenshot({ path: `${screenshotDir}/notification-settings-${width}.png`, fullPage: true });
      await page.reload();
      await expect.poll(() => page.getByLabel("An LMT ad is ready to lodge: by mail").isChecked()).toBe(false);
      expect(await page.getByLabel("An LMT ad is ready to lodge: in the app").isChecked()).toBe(true);

      expect(errors).toEqual([]);
      assertNoExternalRequests();
      await context.close();
    });
  }
});
