import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { activeConnection, employer, grantCredits, serviceProvider } from "../../api/test/factories.js";
import { appInBrowser, expectAccessible, logIn, openPage, screenshotBoth } from "./support.js";

const SHARE = `mutation { setCreditSharing(enabled: true) { id } }`;
const TITLE = "Head Chef";
const BOARD = "Job Ads Australia (national job board)";
const GOOGLE = "Google for Jobs";
const AGGREGATOR = "Job aggregators (generic XML feed)";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const checkbox = (page: Page, name: string) => page.getByTestId("channel-choice").getByRole("checkbox", { name, exact: true });

describe("one publish, many national channels, in the browser", () => {
  const suite = appInBrowser();

  it("an agency inside a client publishes an LMT ad to two chosen feeds, sees both placements and downloads the evidence pack", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    await grantCredits(suite.app, agency.organizationId, 5);
    await agency.client.ok(SHARE);
    const client = await employer(suite.app, { organizationName: "Coastal Cafe" });
    await activeConnection(suite.app, agency, client, "Coastal Cafe");

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, agency.email);
    await page.waitForURL(`${suite.app.url}/agency`);

    // Manage Clients → Access company.
    await mainNav(page).getByRole("link", { name: "Manage Clients" }).click();
    await page.getByRole("button", { name: "Access company Coastal Cafe" }).click();
    await page.waitForURL(`${suite.app.url}/employer`);
    await expect.poll(() => page.getByTestId("accessing-banner").textContent()).toContain("Coastal Cafe");

    // An LMT ad that passes every check (salary shown, 30 days).
    await mainNav(page).getByRole("link", { name: "Post a job" }).click();
    await page.getByRole("heading", { name: "Post a job", level: 1 }).waitFor();
    await page.getByLabel("Role title").fill(TITLE);
    await page.getByLabel("Work type").selectOption("FULL_TIME");
    await page.getByLabel("ANZSCO code (optional)").fill("351311");
    await page.getByLabel("Minimum ($)").fill("80000");
    await page.getByLabel("Maximum ($)").fill("90000");
    await page.getByLabel("Period").selectOption("YEAR");
    await page.getByLabel("City or suburb").fill("Manly");
    await page.getByLabel("State").selectOption("NSW");
    await page.getByLabel("Postcode").fill("2095");
    await page
      .getByLabel("Candidate requirements")
      .fill("5 years leading a commercial kitchen and a food safety supervisor certificate.");
    await page
      .getByLabel("Description", { exact: true })
      .fill("Run the kitchen of our beachside cafe: menus, ordering and a team of four.\n\nDay shifts, weekends on a roster.");
    await page.getByRole("switch", { name: /Labour Market Testing/ }).click();
    await expect
      .poll(() => page.getByTestId("lmt-checks-summary").textContent(), { timeout: 10_000 })
      .toContain("6 of 6 checks pass");
    await page.getByRole("button", { name: "Review & preview" }).click();
    await page.getByRole("article", { name: `Job ad: ${TITLE}` }).waitFor();
    await page.getByRole("button", { name: "Save & continue" }).click();
    await page.waitForURL(/\/employer\/jobs\/[^/]+\/publish$/, { timeout: 10_000 });
    const jobId = /\/employer\/jobs\/([^/]+)\/publish$/.exec(page.url())?.[1] ?? "";
    expect(jobId).not.toBe("");

    // The payment screen shows the channels as the API proposes them for an LMT draft: every national one.
    await checkbox(page, "Indeed").waitFor();
    for (const fixed of [BOARD, GOOGLE]) {
      expect(await checkbox(page, fixed).isChecked(), fixed).toBe(true);
      expect(await checkbox(page, fixed).isDisabled(), fixed).toBe(true);
    }
    await page.getByTestId("channel-choice").getByText("Always on: every ad is on the national job board.").waitFor();
    expect(await checkbox(page, "Indeed").isChecked()).toBe(true);
    expect(await checkbox(page, "Adzuna").isChecked()).toBe(true);
    expect(await checkbox(page, AGGREGATOR).isChecked()).toBe(false);
    await screenshotBoth(page, "channels-publish-proposed");

    // Two feeds chosen: Indeed and the generic aggregator feed, not Adzuna.
    await checkbox(page, "Adzuna").uncheck();
    await checkbox(page, AGGREGATOR).check();
    await screenshotBoth(page, "channels-publish-chosen");
    await page.getByRole("button", { name: "Publish job ad" }).click();
    await page.getByText("Job ad published").waitFor();

    // The job page lists each channel with its state; the feeds have switches, the fixed ones none.
    await page.getByRole("link", { name: "View job ad" }).click();
    await page.waitForURL(`${suite.app.url}/employer/jobs/${jobId}`);
    const card = page.getByTestId("job-channels");
    const channelSwitch = (name: string) => card.getByRole("switch", { name, exact: true });
    await channelSwitch("Indeed").waitFor();
    expect(await channelSwitch("Indeed").getAttribute("aria-checked")).toBe("true");
    expect(await channelSwitch(AGGREGATOR).getAttribute("aria-checked")).toBe("true");
    expect(await channelSwitch("Adzuna").getAttribute("aria-checked")).toBe("false");
    expect(await card.getByRole("switch", { name: BOARD }).count()).toBe(0);
    expect(await card.getByRole("switch", { name: GOOGLE }).count()).toBe(0);
    expect(await card.locator('[data-channel="jobs"]').textContent()).toContain("Always on");
    expect(await card.locator('[data-channel="indeed"]').textContent()).toContain("In since");
    await card.scrollIntoViewIfNeeded();
    await screenshotBoth(page, "channels-job-page");

    // Turning a feed off asks first, and says the placement ends today.
    await channelSwitch(AGGREGATOR).click();
    const confirm = page.getByRole("dialog", { name: `Take the ad off ${AGGREGATOR}?` });
    await confirm.getByText("its placement there ends today in the LMT report").waitFor();
    await expectAccessible(page, "the turn-off dialog");
    await confirm.getByRole("button", { name: "Keep it on" }).click();
    await confirm.waitFor({ state: "detached" });
    expect(await channelSwitch(AGGREGATOR).getAttribute("aria-checked")).toBe("true");
    // Off for real; then Adzuna, left out at publish, on: a placement from today.
    await channelSwitch(AGGREGATOR).click();
    await confirm.getByRole("button", { name: "Turn it off" }).click();
    await card.getByText(`${AGGREGATOR} is off: its placement ended today.`).waitFor();
    await expect.poll(() => channelSwitch(AGGREGATOR).getAttribute("aria-checked")).toBe("false");
    expect(await card.locator('[data-channel="aggregator"]').textContent()).toContain("Off since");
    await screenshotBoth(page, "channels-job-page-turned-off");
    await channelSwitch("Adzuna").click();
    await card.getByText("Adzuna is on: a new placement starts today.").waitFor();
    await expect.poll(() => channelSwitch("Adzuna").getAttribute("aria-checked")).toBe("true");

    // The LMT report has a placement per channel stay: Indeed still running, the aggregator ended today, Adzuna from today.
    await page.getByRole("link", { name: "LMT report" }).click();
    await page.waitForURL(`${suite.app.url}/employer/jobs/${jobId}/lmt`);
    const placements = page.getByTestId("lmt-placements");
    const row = (board: string) => placements.getByRole("row").filter({ hasText: board });
    await row("Indeed").filter({ hasText: "still running" }).waitFor();
    await row(AGGREGATOR).waitFor();
    expect(await row(AGGREGATOR).textContent()).not.toContain("still running");
    expect(await row("Indeed").textContent()).toContain("National");
    await row("Adzuna").filter({ hasText: "still running" }).waitFor();
    // A channel's placement is ended from the job page, never removed here.
    expect(
      await row("Indeed")
        .getByRole("button", { name: /Remove/ })
        .count(),
    ).toBe(0);
    await screenshotBoth(page, "channels-lmt-report");

    // The evidence pack is a real download, a ZIP.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Download evidence pack/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const path = await download.path();
    const zip = await readFile(path);
    expect(zip.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(zip.length).toBeGreaterThan(1000);

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
