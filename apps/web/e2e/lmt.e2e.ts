import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { activeConnection, employer, grantCredits, serviceProvider } from "../../api/test/factories.js";
import { appInBrowser, logIn, openPage, screenshotBoth } from "./support.js";

const SHARE = `mutation { setCreditSharing(enabled: true) { id } }`;
const TITLE = "Senior Barista";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const check = (page: Page, code: string) => page.locator(`[data-testid="lmt-checks"] [data-check="${code}"]`);

describe("Labour Market Testing in the browser", () => {
  const suite = appInBrowser();

  it("an agency posts an LMT ad in a client's account, fixes a failing check, adds a placement and opens the report", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    await grantCredits(suite.app, agency.organizationId, 5);
    await agency.client.ok(SHARE);
    const client = await employer(suite.app, { organizationName: "Coastal Cafe" });
    await activeConnection(suite.app, agency, client, "Coastal Cafe");

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, agency.email);
    await page.waitForURL(`${suite.app.url}/agency`);
    // The agency's dashboard says where its clients' LMT reports are.
    await page.getByTestId("lmt-agency-card").getByText("Access company").waitFor();

    // Manage Clients → Access company.
    await mainNav(page).getByRole("link", { name: "Manage Clients" }).click();
    await page.getByRole("button", { name: "Access company Coastal Cafe" }).click();
    await page.waitForURL(`${suite.app.url}/employer`);
    await expect.poll(() => page.getByTestId("accessing-banner").textContent()).toContain("Coastal Cafe");

    // Post a job with LMT on and the salary ($85,000 a year, under the threshold) hidden: SALARY is red.
    await mainNav(page).getByRole("link", { name: "Post a job" }).click();
    await page.getByRole("heading", { name: "Post a job", level: 1 }).waitFor();
    await page.getByLabel("Role title").fill(TITLE);
    await page.getByLabel("Work type").selectOption("FULL_TIME");
    await page.getByLabel("ANZSCO code (optional)").fill("431111");
    await page.getByLabel("Minimum ($)").fill("85000");
    await page.getByLabel("Maximum ($)").fill("85000");
    await page.getByLabel("Period").selectOption("YEAR");
    await page.getByLabel("City or suburb").fill("Manly");
    await page.getByLabel("State").selectOption("NSW");
    await page.getByLabel("Postcode").fill("2095");
    await page.getByLabel("Candidate requirements").fill("3 years of specialty coffee experience and a food safety certificate.");
    await page
      .getByLabel("Description", { exact: true })
      .fill("Lead the coffee bar of our busy beachside cafe and train new baristas.\n\nEarly starts, weekends on a roster.");
    await page.getByRole("switch", { name: /Labour Market Testing/ }).click();
    await page.getByRole("switch", { name: "Show the salary in the ad" }).click();
    expect(await page.getByRole("switch", { name: "Show the salary in the ad" }).getAttribute("aria-checked")).toBe("false");

    await expect.poll(() => check(page, "SALARY").getAttribute("data-passed"), { timeout: 10_000 }).toBe("false");
    await expect.poll(() => check(page, "SALARY").textContent()).toContain("under the");
    await expect.poll(() => page.getByTestId("lmt-checks-summary").textContent()).toContain("5 of 6 checks pass");
    // A run under 28 days is red too, until it is put back.
    await page.getByLabel("Duration (days)").fill("14");
    await expect.poll(() => check(page, "RUN_LENGTH").getAttribute("data-passed")).toBe("false");
    await page.getByLabel("Duration (days)").fill("30");
    await expect.poll(() => check(page, "RUN_LENGTH").getAttribute("data-passed")).toBe("true");
    await page.getByTestId("lmt-checks").scrollIntoViewIfNeeded();
    await screenshotBoth(page, "lmt-form-salary-hidden");

    // Show the salary: the check turns green and every check passes.
    await page.getByRole("switch", { name: "Show the salary in the ad" }).click();
    await expect.poll(() => check(page, "SALARY").getAttribute("data-passed"), { timeout: 10_000 }).toBe("true");
    await expect.poll(() => page.getByTestId("lmt-checks-summary").textContent()).toContain("6 of 6 checks pass");
    await screenshotBoth(page, "lmt-form-checks-pass");

    // Save, then publish with the agency's shared credits.
    await page.getByRole("button", { name: "Review & preview" }).click();
    await page.getByRole("article", { name: `Job ad: ${TITLE}` }).waitFor();
    await page.getByRole("button", { name: "Save & continue" }).click();
    await page.waitForURL(/\/employer\/jobs\/[^/]+\/publish$/, { timeout: 10_000 });
    const jobId = /\/employer\/jobs\/([^/]+)\/publish$/.exec(page.url())?.[1] ?? "";
    expect(jobId).not.toBe("");
    await page.getByRole("button", { name: "Publish job ad" }).click();
    await page.getByText("Job ad published").waitFor();

    // The jobs list marks the LMT ad; its page links to the report.
    await mainNav(page).getByRole("link", { name: "Jobs", exact: true }).click();
    const row = page.getByRole("row").filter({ hasText: TITLE });
    await row.getByText("LMT", { exact: true }).waitFor();
    await row.getByRole("link", { name: TITLE, exact: true }).click();
    await page.waitForURL(`${suite.app.url}/employer/jobs/${jobId}`);
    await page.getByRole("link", { name: "LMT report" }).click();
    await page.waitForURL(`${suite.app.url}/employer/jobs/${jobId}/lmt`);
    await page.getByRole("heading", { name: `LMT report: ${TITLE}`, level: 1 }).waitFor();
    const placements = page.getByTestId("lmt-placements");
    await placements.getByRole("row").filter({ hasText: "This job's portal ad" }).waitFor();
    await screenshotBoth(page, "lmt-report-published");

    // A second placement: Seek, national, from the day the ad was published, still running.
    await placements.getByRole("button", { name: "Add placement" }).click();
    const form = page.getByRole("form", { name: "Add placement" });
    await form.getByLabel("Board or publication").fill("Seek");
    await form.getByLabel("Ad's web address (optional)").fill("https://www.seek.com.au/job/12345");
    expect(await form.getByRole("switch", { name: "National reach" }).getAttribute("aria-checked")).toBe("true");
    const portalStart = await form.getByLabel("First day").inputValue();
    expect(portalStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await form.getByLabel("Still running").isChecked()).toBe(true);
    await screenshotBoth(page, "lmt-add-placement");
    await form.getByRole("button", { name: "Add placement" }).click();
    await form.waitFor({ state: "detached" });
    const seek = placements.getByRole("row").filter({ hasText: "Seek" }).filter({ hasText: "still running" });
    await seek.waitFor();
    expect(await seek.textContent()).toContain("National");
    expect(await seek.textContent()).toContain("still running");
    await expect.poll(() => page.getByTestId("lmt-runs").textContent()).toContain("Seek");

    // An earlier Seek ad that ended 10 days before this one began: the break is flagged.
    const shift = (day: string, days: number) =>
      new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    await placements.getByRole("button", { name: "Add placement" }).click();
    await form.getByLabel("Board or publication").fill("Seek");
    await form.getByLabel("First day").fill(shift(portalStart, -20));
    await form.getByLabel("Still running").uncheck();
    await form.getByLabel("Last day").fill(shift(portalStart, -11));
    await form.getByRole("button", { name: "Add placement" }).click();
    await form.waitFor({ state: "detached" });
    await page
      .getByTestId("lmt-runs")
      .getByText(`Seek: not advertised for 10 days after ${shift(portalStart, -11)}`)
      .waitFor();

    // The dates card: record an intended lodgement, kept after a reload.
    const dates = page.getByTestId("lmt-dates");
    await dates.getByText("Earliest lodgement").waitFor();
    await dates.getByLabel("Intended lodgement (optional)").fill("2099-01-01");
    await dates.getByRole("button", { name: "Save dates" }).click();
    await dates.getByText("Dates saved.").waitFor();

    // The downloads are same-origin links; the CSV names the job.
    const csvHref = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    const pdfHref = await page.getByRole("link", { name: "Download PDF" }).getAttribute("href");
    expect(csvHref).toBeTruthy();
    expect(pdfHref).toBeTruthy();
    const csv = await page.evaluate(async (href) => {
      const res = await fetch(href, { credentials: "same-origin" });
      return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
    }, csvHref ?? "");
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(TITLE);
    expect(csv.text).toContain("Seek");
    const pdf = await page.evaluate(async (href) => {
      const res = await fetch(href, { credentials: "same-origin" });
      return { status: res.status, head: new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5)) };
    }, pdfHref ?? "");
    expect(pdf).toEqual({ status: 200, head: "%PDF-" });
    await screenshotBoth(page, "lmt-report");

    // Editing the published LMT ad asks first, then keeps the edit as a new revision.
    await page.goto(`${suite.app.url}/employer/jobs/${jobId}/edit`);
    await page.getByLabel("Role title").fill(`${TITLE} (specialty coffee)`);
    await page.getByRole("button", { name: "Review & preview" }).click();
    await page.getByRole("button", { name: "Save changes" }).click();
    const confirm = page.getByRole("dialog", { name: "Change the advertising record?" });
    await confirm
      .getByText("Changing a published LMT ad changes the advertising record. Confirm to save this as a new revision.")
      .waitFor();
    await screenshotBoth(page, "lmt-edit-confirm");
    await confirm.getByRole("button", { name: "Save as a new revision" }).click();
    await page.waitForURL(`${suite.app.url}/employer/jobs/${jobId}`);
    // Each revision says where and how the role was advertised at the time.
    await page.getByText(`${TITLE} (specialty coffee)`, { exact: true }).last().waitFor();
    expect(await page.getByText(/^Full time · Manly/).count()).toBeGreaterThanOrEqual(2);
    await screenshotBoth(page, "job-revisions");
    await page.getByRole("link", { name: "LMT report" }).click();
    const revisions = page.getByTestId("lmt-revisions");
    await revisions.getByText(`${TITLE} (specialty coffee)`).waitFor();
    await revisions.getByText("First published").waitFor();
    await screenshotBoth(page, "lmt-report-revised");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
