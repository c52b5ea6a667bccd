import { beforeAll, describe, expect, it } from "vitest";
import { activeConnection, employer, grantCredits, serviceProvider, type SignedUp } from "../../api/test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../api/test/jobs.js";
import { appInBrowser, DESKTOP, logIn, openPage, PHONE, screenshotDir } from "./support.js";

const SAVE_PORTAL = `mutation($input: PortalInput!) { savePortal(input: $input) { slug } }`;
const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`;
const LEAVE = `mutation { switchToServiceProvider { currentOrganization { id } } }`;
const APPLICATIONS = `query($jobId: ID!) { applications(jobId: $jobId) { candidateName status source resumeUrl } }`;

/** A minimal but real PDF: the server judges a CV by its content, not its name. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
    "trailer << /Root 1 0 R >>\n%%EOF\n",
);

describe("the agency's job board on a phone", () => {
  const suite = appInBrowser();
  let agency: SignedUp;
  let client: SignedUp;
  let slug: string;
  let baristaId: string;

  beforeAll(async () => {
    agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    client = await employer(suite.app, { organizationName: "Beach Cafe" });
    const connectionId = await activeConnection(suite.app, agency, client, "Beach Cafe");
    await grantCredits(suite.app, client.organizationId, 5);
    slug = `harbour-${Date.now().toString(36)}`;
    await agency.client.ok(SAVE_PORTAL, {
      input: {
        slug,
        title: "Harbour Careers",
        intro: "Hospitality and care jobs across Sydney's beaches.",
        primaryColor: "#0f766e",
      },
    });
    // The agency posts and publishes two ads inside its client's account.
    await agency.client.ok(ACCESS, { id: connectionId });
    const chef = await agency.client.ok(CREATE_JOB, {
      input: jobInput({
        title: "Chef de partie",
        description: "Run the grill section in a busy harbourside kitchen.",
        location: { city: "Sydney", state: "NSW", postcode: "2000", country: "AU" },
      }),
    });
    await agency.client.ok(PUBLISH_JOB, { id: chef.createJob.id });
    suite.app.clock.set(new Date(suite.app.clock.now().getTime() + 60_000)); // the barista ad is the newer one
    const barista = await agency.client.ok(CREATE_JOB, { input: jobInput() });
    await agency.client.ok(PUBLISH_JOB, { id: barista.createJob.id });
    baristaId = barista.createJob.id;
    await agency.client.ok(LEAVE);
  });

  it("lets the agency brand its board with a live preview", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, agency.email);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Job board" }).click();
    await page.waitForURL(`${suite.app.url}/agency/portal`);
    expect(await page.getByLabel("Address").inputValue()).toBe(slug);
    expect(await page.getByLabel("Title").inputValue()).toBe("Harbour Careers");

    // The preview follows the form as it is typed.
    const preview = page.getByRole("figure", { name: "Live preview of your job board" });
    await page.getByLabel("Title").fill("Harbour Careers Sydney");
    await expect.poll(() => preview.locator(".portal-title").textContent()).toBe("Harbour Careers Sydney");
    await page.getByLabel("Brand colour", { exact: true }).fill("#0e7490");
    await expect
      .poll(() => preview.locator(".portal-header").evaluate((e) => getComputedStyle(e).backgroundColor))
      .toBe("rgb(14, 116, 144)");
    // The real published jobs show in the preview.
    await preview.getByText("Barista").waitFor();

    // A bad address is refused beside its field, in the API's words.
    await page.getByLabel("Address").fill("X");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.locator(".field-error").first().waitFor();
    await page.screenshot({ path: `${screenshotDir}/portal-settings-error-desktop.png`, fullPage: true });
    await page.getByLabel("Address").fill(slug);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Job board saved").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshotDir}/portal-settings-desktop.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: `${screenshotDir}/portal-settings-375.png`, fullPage: true });

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a candidate searches, opens a job and applies with a CV; the agency shortlists them", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);

    // An unknown board says so, kindly.
    await page.goto(`${suite.app.url}/p/no-such-board`);
    await page.getByRole("heading", { name: "This job board is not available" }).waitFor();

    // The board, from a link that names its source.
    await page.goto(`${suite.app.url}/p/${slug}?source=seek`);
    await page.getByRole("heading", { name: /^Harbour Careers/, level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId("portal-count").textContent()).toBe("2 open jobs");
    const titles = await page.getByRole("list", { name: "Jobs" }).getByRole("heading").allTextContents();
    expect(titles).toEqual(["Barista", "Chef de partie"]); // newest first
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${screenshotDir}/portal-board-375.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: `${screenshotDir}/portal-board-desktop.png`, fullPage: true });
    await page.setViewportSize(PHONE);
    const rss = await page.request.get(`${suite.app.url}/p/${slug}/rss.xml`);
    expect(rss.status()).toBe(200);
    expect(await rss.text()).toContain("Barista");

    // Search by words and place.
    await page.getByLabel("What").fill("grill");
    await page.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => page.getByTestId("portal-count").textContent()).toBe("1 job found");
    await page.getByLabel("What").fill("coffee");
    await page.getByLabel("Where").fill("Manly");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/q=coffee/);
    await expect.poll(() => page.getByTestId("portal-count").textContent()).toBe("1 job found");
    await page.getByLabel("What").fill("astronaut");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByText("No jobs match your search").waitFor();
    await page.getByLabel("What").fill("barista");
    await page.getByLabel("Where").fill("2095");
    await page.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => page.getByTestId("portal-count").textContent()).toBe("1 job found");
    await page.screenshot({ path: `${screenshotDir}/portal-search-375.png`, fullPage: true });

    // The job page: the full ad, salary, closing date and its JSON-LD.
    await page.getByRole("link", { name: "Barista" }).click();
    await page.waitForURL(new RegExp(`/p/${slug}/jobs/${baristaId}\\?source=seek$`));
    await page.getByRole("heading", { name: "Barista", level: 1 }).waitFor();
    await page.getByText("$65,000 – $72,000 a year").waitFor();
    await page.getByText("Applications close").waitFor();
    const jsonLd = await page.locator('head script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? "{}")).toMatchObject({ "@type": "JobPosting", title: "Barista" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${screenshotDir}/portal-job-375.png`, fullPage: true });
    await page.setViewportSize(DESKTOP);
    await page.screenshot({ path: `${screenshotDir}/portal-job-desktop.png`, fullPage: true });
    await page.setViewportSize(PHONE);

    // Apply: a file that is not really a PDF is refused with the server's words.
    await page.getByRole("link", { name: "Apply now for Barista" }).click();
    await page.waitForURL(new RegExp(`/jobs/${baristaId}/apply\\?source=seek$`));
    await page.getByRole("heading", { name: "Apply for Barista" }).waitFor();
    await expect.poll(() => page.locator('script[type="application/ld+json"]').count()).toBe(0);
    await page.getByLabel("Full name").fill("Ann Candidate");
    await page.getByLabel("Email").fill("ann.candidate@example.com");
    await page.getByLabel("Phone (optional)").fill("0400 123 456");
    await page.getByLabel("Cover note (optional)").fill("Five years behind the machine in Bondi and Manly.");
    await page
      .getByLabel("CV")
      .setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("just some text, not a PDF") });
    await page.locator(".portal-upload-failed").waitFor();
    const refusal = await page.locator(".field-error").first().textContent();
    expect(refusal).toMatch(/PDF|DOC/);
    await page.screenshot({ path: `${screenshotDir}/portal-apply-refused-375.png`, fullPage: true });
    await page.getByLabel("CV").setInputFiles({ name: "ann-candidate-cv.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect.poll(() => page.getByTestId("uploaded-cv").textContent()).toBe("ann-candidate-cv.pdf");

    // Consent is needed.
    await page.getByRole("button", { name: "Send application" }).click();
    await page.getByText("Tick the box to agree").waitFor();
    await page.getByLabel("I agree to the privacy notice below").check();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${screenshotDir}/portal-apply-375.png`, fullPage: true });
    await page.getByRole("button", { name: "Send application" }).click();

    await page.waitForURL(new RegExp(`/p/${slug}/applied/`));
    await page.getByRole("heading", { name: "Application sent" }).waitFor();
    await page.getByText("We've emailed you a confirmation").waitFor();
    await page.screenshot({ path: `${screenshotDir}/portal-confirmation-375.png`, fullPage: true });
    assertNoExternalRequests();
    // The unknown board's 404 and the one refused upload (400) are logged by the browser itself; nothing else may be.
    expect(errors).toEqual([
      "console: Failed to load resource: the server responded with a status of 404 (Not Found)",
      "console: Failed to load resource: the server responded with a status of 400 (Bad Request)",
    ]);
    await context.close();

    // The agency, inside its client's account, sees the application and shortlists it.
    const agencySide = await openPage(suite.browser, PHONE);
    const { page: agencyPage, errors: agencyErrors } = agencySide;
    await logIn(agencyPage, suite.app.url, agency.email);
    await agencyPage.goto(`${suite.app.url}/agency/clients`);
    await agencyPage.getByRole("button", { name: "Access company Beach Cafe" }).click();
    await agencyPage.waitForURL(`${suite.app.url}/employer`);
    await agencyPage.goto(`${suite.app.url}/employer/jobs`);
    const row = agencyPage.getByRole("row").filter({ hasText: "Barista" });
    await expect.poll(() => row.locator('td[data-label="Applications"]').textContent()).toBe("1");
    await row.getByRole("link", { name: "Barista" }).first().click();
    await agencyPage.waitForURL(`${suite.app.url}/employer/jobs/${baristaId}`);
    const application = agencyPage.getByTestId("application").filter({ hasText: "Ann Candidate" });
    await application.waitFor();
    await application.getByText("seek").waitFor();
    await application.locator(".badge").filter({ hasText: "New" }).waitFor();
    const cvHref = await application.getByRole("link", { name: "Open CV of Ann Candidate" }).getAttribute("href");
    const cv = await agencyPage.request.get(`${suite.app.url}${cvHref}`);
    expect(cv.status()).toBe(200);
    expect((await cv.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // Unsuccessful needs a reason; Shortlisted does not.
    const status = application.getByLabel("Status for Ann Candidate");
    await status.selectOption("REJECTED");
    await application.getByRole("button", { name: "Update status" }).click();
    await application.getByText("Say why the candidate was unsuccessful").waitFor();
    await status.selectOption("SHORTLISTED");
    await application.getByRole("button", { name: "Update status" }).click();
    await application.locator(".badge").filter({ hasText: "Shortlisted" }).waitFor();
    // From the top: the sticky header would otherwise be drawn where the page was scrolled to.
    await agencyPage.evaluate(() => window.scrollTo(0, 0));
    await agencyPage.screenshot({ path: `${screenshotDir}/portal-applications-375.png`, fullPage: true });
    const { applications } = await client.client.ok(APPLICATIONS, { jobId: baristaId });
    expect(applications).toMatchObject([{ candidateName: "Ann Candidate", status: "SHORTLISTED", source: "seek" }]);

    agencySide.assertNoExternalRequests();
    expect(agencyErrors).toEqual([]);
    await agencySide.context.close();
  });
});
