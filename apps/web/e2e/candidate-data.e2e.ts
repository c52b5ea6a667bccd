import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { activeConnection, employer, grantCredits, serviceProvider, type SignedUp } from "../../api/test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../api/test/jobs.js";
import { appInBrowser, logIn, openPage, PHONE, screenshotBoth, screenshotDir } from "./support.js";

const SAVE_PORTAL = `mutation($input: PortalInput!) { savePortal(input: $input) { slug } }`;
const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`;
const LEAVE = `mutation { switchToServiceProvider { currentOrganization { id } } }`;
const APPLICATIONS = `query($jobId: ID!) { applications(jobId: $jobId) { candidateName candidateEmail phone coverNote status resumeUrl } }`;

/** A minimal but real PDF: the server judges a CV by its content, not its name. */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
    "trailer << /Root 1 0 R >>\n%%EOF\n",
);

const CANDIDATE = { name: "Ann Candidate", email: `ann.${Date.now().toString(36)}@example.com` };

interface ExportFile {
  email: string;
  applications: {
    name: string;
    email: string;
    job: { title: string; employer: string };
    cv: { filename: string; base64: string } | null;
  }[];
}

/** Opens the dev mailbox, finds the newest mail to `to` with `subject`, and follows its link to this app. */
async function followMailedLink(page: Page, baseUrl: string, to: string, subject: string, linkPath: RegExp): Promise<void> {
  await page.goto(`${baseUrl}/dev/mailbox`);
  await page.getByLabel("To", { exact: true }).fill(to);
  const mail = page.getByRole("article", { name: subject }).first();
  await mail.waitFor();
  await mail.getByRole("link", { name: linkPath }).click();
  await page.waitForURL(linkPath);
}

/** The page is no wider than the phone: nothing runs off the right edge. */
async function fitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** Screenshots at both widths, then back to the phone the candidate holds. */
async function shots(page: Page, name: string): Promise<void> {
  await screenshotBoth(page, name);
  await page.setViewportSize(PHONE);
}

describe("a candidate's rights over their data (R10)", () => {
  const suite = appInBrowser();
  let client: SignedUp;
  let slug: string;
  let jobId: string;

  beforeAll(async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    client = await employer(suite.app, { organizationName: "Beach Cafe" });
    const connectionId = await activeConnection(suite.app, agency, client, "Beach Cafe");
    await grantCredits(suite.app, client.organizationId, 2);
    slug = `harbour-data-${Date.now().toString(36)}`;
    await agency.client.ok(SAVE_PORTAL, {
      input: { slug, title: "Harbour Careers", intro: "Hospitality jobs across Sydney's beaches.", primaryColor: "#0f766e" },
    });
    await agency.client.ok(ACCESS, { id: connectionId });
    const job = await agency.client.ok(CREATE_JOB, { input: jobInput() });
    await agency.client.ok(PUBLISH_JOB, { id: job.createJob.id });
    jobId = job.createJob.id;
    await agency.client.ok(LEAVE);
  });

  it("a candidate applies, then asks for a copy of their data and downloads it from the emailed link", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);

    // Applying: the privacy notice beside the consent box links to the "Your data" page.
    await page.goto(`${suite.app.url}/p/${slug}/jobs/${jobId}/apply`);
    await page.getByRole("heading", { name: "Apply for Barista" }).waitFor();
    const rightsLink = page.getByRole("link", { name: /ask for a copy or erasure of your data/ });
    expect(await rightsLink.getAttribute("href")).toBe(`/p/${slug}/your-data`);
    expect(await rightsLink.getAttribute("target")).toBe("_blank");
    await page.getByLabel("Full name").fill(CANDIDATE.name);
    await page.getByLabel("Email").fill(CANDIDATE.email);
    await page.getByLabel("Phone (optional)").fill("0400 123 456");
    await page.getByLabel("Cover note (optional)").fill("Five years behind the machine in Bondi and Manly.");
    await page.getByLabel("CV").setInputFiles({ name: "ann-candidate-cv.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect.poll(() => page.getByTestId("uploaded-cv").textContent()).toBe("ann-candidate-cv.pdf");
    await page.getByLabel("I agree to the privacy notice below").check();
    await page.getByRole("button", { name: "Send application" }).click();
    await page.getByRole("heading", { name: "Application sent" }).waitFor();

    // "Your data", from the board's footer.
    await page.getByRole("contentinfo").getByRole("link", { name: "Your data" }).click();
    await page.waitForURL(`${suite.app.url}/p/${slug}/your-data`);
    await page.getByRole("heading", { name: "Your data", level: 1 }).waitFor();
    // Branded as the board: its title in the header and its colour on the primary button.
    await page.getByRole("banner").getByText("Harbour Careers").waitFor();
    const copyButton = page.getByRole("button", { name: "Email me a copy of my data" });
    expect(await copyButton.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(15, 118, 110)");
    await fitsPhone(page);
    await shots(page, "your-data");

    // A bad address is refused under the field.
    await page.getByLabel("Email you applied with").fill("ann@nowhere");
    await copyButton.click();
    await page.getByText("Enter an email address like name@example.com.").waitFor();
    expect(await page.getByLabel("Email you applied with").getAttribute("aria-invalid")).toBe("true");
    await page.screenshot({ path: `${screenshotDir}/your-data-field-error-375.png`, fullPage: true });

    await page.getByLabel("Email you applied with").fill(CANDIDATE.email);
    await copyButton.click();
    await page.getByRole("heading", { name: "Check your inbox" }).waitFor();
    await page
      .getByText(`If ${CANDIDATE.email} has applied for any job with us, we have sent a link to it. It works for 7 days.`)
      .waitFor();
    await fitsPhone(page);
    await page.screenshot({ path: `${screenshotDir}/your-data-sent-375.png`, fullPage: true });

    // The emailed link: what the file holds, and the download.
    await followMailedLink(
      page,
      suite.app.url,
      CANDIDATE.email,
      "A copy of your job application data",
      /\/your-data\/export\?token=/,
    );
    await page.getByRole("heading", { name: "A copy of your data" }).waitFor();
    await fitsPhone(page);
    await shots(page, "your-data-export");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download my data" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^my-application-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as ExportFile;
    expect(file.email).toBe(CANDIDATE.email);
    expect(file.applications).toHaveLength(1);
    expect(file.applications[0]).toMatchObject({
      name: CANDIDATE.name,
      email: CANDIDATE.email,
      job: { title: "Barista", employer: "Beach Cafe" },
    });
    expect(
      Buffer.from(file.applications[0]?.cv?.base64 ?? "", "base64")
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await page.getByText("Your download has started").waitFor();

    // Without its token the link says so.
    await page.goto(`${suite.app.url}/your-data/export`);
    await page.getByText("This link is incomplete").waitFor();

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the same candidate asks for erasure, confirms from the emailed link, and the link then stops working", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    await page.goto(`${suite.app.url}/p/${slug}`);
    await page.getByRole("contentinfo").getByRole("link", { name: "Your data" }).click();
    await page.getByRole("heading", { name: "Your data", level: 1 }).waitFor();
    // The erase request explains what goes and what employers keep.
    await page.getByText("Removes your name, email, phone number, cover notes and CVs").waitFor();
    await page.getByText("Employers keep only an anonymous count of applications and the outcome of each").waitFor();
    await page.getByLabel("Email you applied with").fill(CANDIDATE.email);
    await page.getByRole("button", { name: "Erase my data" }).click();
    await page
      .getByText(`If ${CANDIDATE.email} has applied for any job with us, we have sent a link to it. It works for 24 hours.`)
      .waitFor();

    // The copy link mailed earlier, to try once the data is gone.
    await followMailedLink(
      page,
      suite.app.url,
      CANDIDATE.email,
      "A copy of your job application data",
      /\/your-data\/export\?token=/,
    );
    const exportUrl = page.url();

    await followMailedLink(
      page,
      suite.app.url,
      CANDIDATE.email,
      "Confirm the erasure of your job application data",
      /\/your-data\/erase\?token=/,
    );
    const eraseUrl = page.url();
    await page.getByRole("heading", { name: "Erase your data" }).waitFor();
    await page.getByText("It can't be undone.").waitFor();
    await page.getByText("the outcome of each application, such as shortlisted or unsuccessful").waitFor();
    const eraseButton = page.getByRole("button", { name: "Erase my data" });
    expect(await eraseButton.getAttribute("class")).toContain("btn-danger");
    await fitsPhone(page);
    await shots(page, "your-data-erase");
    await eraseButton.click();
    await page.getByText("Your data has been erased.").waitFor();
    await fitsPhone(page);
    await shots(page, "your-data-erased");

    // The link works once: opened again it says so, in the API's words, with no button to press.
    await page.goto(eraseUrl);
    await page.getByRole("button", { name: "Erase my data" }).click();
    await page.getByText("This link has expired or was already used. Ask for a new one from the job board.").waitFor();
    await page.getByText("If you already confirmed, your data has been erased").waitFor();
    expect(await page.getByRole("button", { name: "Erase my data" }).count()).toBe(0);
    await page.screenshot({ path: `${screenshotDir}/your-data-erase-used-375.png`, fullPage: true });

    // The copy link went with the data.
    await page.goto(exportUrl);
    await page.getByRole("button", { name: "Download my data" }).click();
    await page.getByText("This link can't be used").waitFor();
    expect(
      (
        await page.request.get(`${suite.app.url}/candidate-data/export?token=${new URL(exportUrl).searchParams.get("token")}`)
      ).status(),
    ).toBe(404);

    assertNoExternalRequests();
    // The refused download (404) is logged by the browser itself; nothing else may be.
    expect(errors).toEqual(["console: Failed to load resource: the server responded with a status of 404 (Not Found)"]);
    await context.close();
  });

  it("answers every address alike, and slows down repeated requests for one address", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    await page.goto(`${suite.app.url}/p/${slug}/your-data`);
    const stranger = `never.applied.${Date.now().toString(36)}@example.com`;
    // Three links an hour per address; an address that never applied gets the same answer.
    for (let i = 0; i < 3; i += 1) {
      await page.getByLabel("Email you applied with").fill(stranger);
      await page.getByRole("button", { name: "Email me a copy of my data" }).click();
      await page.getByText(`If ${stranger} has applied for any job with us, we have sent a link to it.`).waitFor();
      await page.getByRole("button", { name: "Ask for something else" }).click();
    }
    await page.getByLabel("Email you applied with").fill(stranger);
    await page.getByRole("button", { name: "Email me a copy of my data" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Too many attempts" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /We have already sent several links to this address\. Try again in \d+ minutes\./,
    );
    await fitsPhone(page);
    await page.screenshot({ path: `${screenshotDir}/your-data-rate-limited-375.png`, fullPage: true });

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the employer sees the application as an erased candidate, with its status and no CV", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    await logIn(page, suite.app.url, client.email);
    await page.goto(`${suite.app.url}/employer/jobs/${jobId}`);
    const application = page.getByTestId("application").filter({ hasText: "Erased candidate" });
    await application.waitFor();
    await application.getByText("Personal details erased at the candidate's request").waitFor();
    await application.locator(".badge").filter({ hasText: "New" }).waitFor();
    expect(await application.getByRole("link", { name: /Open CV/ }).count()).toBe(0);
    expect(await application.getByRole("link", { name: /mailto:|@/ }).count()).toBe(0);
    expect(await page.getByText(CANDIDATE.name).count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${screenshotDir}/your-data-employer-erased-375.png`, fullPage: true });

    const { applications } = await client.client.ok(APPLICATIONS, { jobId });
    expect(applications).toMatchObject([
      { candidateName: "Erased candidate", phone: null, coverNote: null, status: "NEW", resumeUrl: null },
    ]);
    expect(applications[0].candidateEmail).not.toContain("ann.");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
