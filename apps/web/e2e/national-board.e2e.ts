import { beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { employer, type SignedUp } from "../../api/test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, UPDATE_JOB, jobInput } from "../../api/test/jobs.js";
import { appInBrowser, collectPageErrors, logIn, PHONE, screenshotDir } from "./support.js";

const APPLICATIONS = `query($jobId: ID!) { applications(jobId: $jobId) { candidateName candidateEmail resumeUrl coverNote } }`;
const PUBLIC_PATH = `query($id: ID!) { job(id: $id) { publicPath } }`;

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
    "trailer << /Root 1 0 R >>\n%%EOF\n",
);

/** A phone-sized, localhost-only page, with or without JavaScript, collecting console errors. */
async function phonePage(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({
    viewport: PHONE,
    locale: "en-AU",
    timezoneId: "Australia/Sydney",
    javaScriptEnabled,
  });
  const external: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    external.push(url.href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  return { context, page, errors: collectPageErrors(page), external };
}

describe("the national job board, served as HTML", () => {
  const suite = appInBrowser();
  let cafe: SignedUp;
  let chefId: string;
  let chefPath: string;

  beforeAll(async () => {
    // An employer with no agency publishes its own ad by card.
    cafe = await employer(suite.app, { organizationName: "Seaside Kitchen" });
    const created = await cafe.client.ok(CREATE_JOB, {
      input: jobInput({
        title: "Head Chef",
        description: "Lead a kitchen of six cooking fresh seafood by the harbour.\n\nFour days a week, no split shifts.",
        location: { city: "Hobart", state: "TAS", postcode: "7000", country: "AU" },
        workType: "FULL_TIME",
        salary: { min: 80000, max: 90000, period: "YEAR", currency: "AUD" },
      }),
    });
    chefId = created.createJob.id;
    await cafe.client.ok(PUBLISH_JOB, { id: chefId, payment: { token: "tok_visa" } });
    chefPath = (await cafe.client.ok(PUBLIC_PATH, { id: chefId })).job.publicPath;
  });

  it("answers the first request with the whole ad, its head tags and a JobPosting with every required property", async () => {
    const response = await fetch(`${suite.app.url}${chefPath}`, { headers: { "accept-encoding": "br, gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    expect(response.headers.get("etag")).toMatch(/^W\/".+"$/);
    const html = await response.text();
    expect(html).toContain("Lead a kitchen of six cooking fresh seafood by the harbour.");
    expect(html).toContain("<title>Head Chef · Seaside Kitchen · Job Ads Australia</title>");
    expect(html).toMatch(/<meta name="description" content="Head Chef at Seaside Kitchen, Hobart\. Lead a kitchen/);
    expect(html).toContain(`<link rel="canonical" href="${suite.app.url}${chefPath}"/>`);
    for (const tag of ['property="og:title"', 'property="og:description"', 'property="og:url"', 'name="twitter:card"'])
      expect(html).toContain(tag);
    // No inline script: only the module file, the JSON-LD and the hydration data block.
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!.trim());
    expect(scripts.every((attrs) => /type="(module|application\/ld\+json|application\/json)"/.test(attrs))).toBe(true);

    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
    const posting = JSON.parse(ld![1]!) as Record<string, any>;
    expect(posting["@context"]).toBe("https://schema.org/");
    expect(posting["@type"]).toBe("JobPosting");
    expect(posting.title).toBe("Head Chef");
    expect(posting.description).toContain("Lead a kitchen of six");
    expect(new Date(posting.datePosted).getTime()).not.toBeNaN();
    expect(new Date(posting.validThrough).getTime()).toBeGreaterThan(new Date(posting.datePosted).getTime());
    expect(posting.hiringOrganization).toEqual({ "@type": "Organization", name: "Seaside Kitchen" });
    expect(posting.jobLocation.address).toMatchObject({
      addressLocality: "Hobart",
      addressRegion: "TAS",
      postalCode: "7000",
      addressCountry: "AU",
    });
    expect(posting.employmentType).toBe("FULL_TIME");
    expect(posting.baseSalary).toEqual({
      "@type": "MonetaryAmount",
      currency: "AUD",
      value: { "@type": "QuantitativeValue", unitText: "YEAR", minValue: 80000, maxValue: 90000 },
    });
    expect(posting.identifier).toEqual({ "@type": "PropertyValue", name: "Seaside Kitchen", value: chefId });
    expect(posting.directApply).toBe(true);
    expect(posting.url).toBe(`${suite.app.url}${chefPath}`);

    // The board lists it, newest first, in the HTML itself.
    const board = await (await fetch(`${suite.app.url}/jobs`)).text();
    expect(board).toContain(`href="${chefPath}"`);
    expect(board).toContain("<title>Job Ads Australia</title>");
    // Revalidation: the same page with its ETag is 304.
    const again = await fetch(`${suite.app.url}${chefPath}`, { headers: { "if-none-match": response.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("renders a job page once per version of its ad: the same bytes and 304 until the ad changes, then the new text", async () => {
    const created = await cafe.client.ok(CREATE_JOB, { input: jobInput({ title: "Line Cook", description: "Grill and fry." }) });
    const id = created.createJob.id as string;
    await cafe.client.ok(PUBLISH_JOB, { id, payment: { token: "tok_visa" } });
    const path = (await cafe.client.ok(PUBLIC_PATH, { id })).job.publicPath as string;
    const first = await fetch(`${suite.app.url}${path}`, { headers: { "accept-encoding": "br" } });
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("content-encoding")).toBe("br");
    expect(first.headers.get("vary")).toMatch(/accept-encoding/i);
    const html = await first.text();
    const second = await fetch(`${suite.app.url}${path}`, { headers: { "accept-encoding": "gzip" } });
    expect(second.headers.get("content-encoding")).toBe("gzip");
    expect(second.headers.get("etag")).toBe(etag);
    expect(await second.text()).toBe(html);
    const revalidated = await fetch(`${suite.app.url}${path}`, { headers: { "if-none-match": etag } });
    expect(revalidated.status).toBe(304);

    await cafe.client.ok(UPDATE_JOB, { id, input: jobInput({ title: "Line Cook", description: "Grill, fry and plate." }) });
    const edited = await fetch(`${suite.app.url}${path}`, { headers: { "if-none-match": etag } });
    expect(edited.status).toBe(200);
    expect(edited.headers.get("etag")).not.toBe(etag);
    expect(await edited.text()).toContain("Grill, fry and plate.");
  });

  it("redirects an old title's address, answers 404 for an unknown ad and 410 without JSON-LD for a closed one", async () => {
    const old = await fetch(`${suite.app.url}/jobs/${chefId}/sous-chef?source=seek`, { redirect: "manual" });
    expect(old.status).toBe(301);
    expect(old.headers.get("location")).toBe(`${chefPath}?source=seek`);
    expect((await fetch(`${suite.app.url}/jobs/${chefId}`, { redirect: "manual" })).headers.get("location")).toBe(chefPath);
    const unknown = await fetch(`${suite.app.url}/jobs/00000000-0000-4000-8000-000000000000/anything`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("find this job");
    expect((await fetch(`${suite.app.url}/jobs/not-an-id/anything`)).status).toBe(404);

    const created = await cafe.client.ok(CREATE_JOB, { input: jobInput({ title: "Kitchen Hand" }) });
    await cafe.client.ok(PUBLISH_JOB, { id: created.createJob.id, payment: { token: "tok_visa" } });
    const path = (await cafe.client.ok(PUBLIC_PATH, { id: created.createJob.id })).job.publicPath;
    expect((await fetch(`${suite.app.url}${path}`)).status).toBe(200);
    await cafe.client.ok(`mutation($id: ID!) { closeJob(id: $id) { status } }`, { id: created.createJob.id });
    const gone = await fetch(`${suite.app.url}${path}`);
    expect(gone.status).toBe(410);
    const html = await gone.text();
    expect(html).toContain("This job is no longer advertised");
    expect(html).not.toContain("application/ld+json");
    expect(await (await fetch(`${suite.app.url}/jobs`)).text()).not.toContain(path);
  });

  it("with JavaScript off, at 375 px: read the board, open the ad and apply with a PDF and consent", async () => {
    const { context, page, external } = await phonePage(suite.browser, false);
    await page.goto(`${suite.app.url}/jobs`);
    await page.getByRole("heading", { name: "Find your next job", level: 1 }).waitFor();
    // The search form is a plain GET form.
    await page.getByLabel("What").fill("seafood");
    await page.getByLabel("Where").fill("Hobart");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/jobs\?q=seafood&location=Hobart/);
    expect(await page.getByTestId("portal-count").textContent()).toBe("1 job found");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${screenshotDir}/national-board-nojs-375.png`, fullPage: true });

    await page.getByRole("link", { name: "Head Chef" }).click();
    await page.waitForURL(`${suite.app.url}${chefPath}`);
    await page.getByRole("heading", { name: "Head Chef", level: 1 }).waitFor();
    await page.getByText("$80,000 – $90,000 a year").waitFor();
    await page.screenshot({ path: `${screenshotDir}/national-job-nojs-375.png`, fullPage: true });

    await page.getByRole("link", { name: "Apply now for Head Chef" }).click();
    await page.waitForURL(`${suite.app.url}${chefPath}/apply`);
    // Sent without consent: the server shows the form again with what was typed and its message.
    await page.getByLabel("Full name").fill("Noah Nojs");
    await page.getByLabel("Email").fill("noah.nojs@example.com");
    await page.getByLabel("CV").setInputFiles({ name: "noah-cv.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Send application" }).click();
    await page.getByText("Tick the box to agree").waitFor();
    expect(await page.getByLabel("Full name").inputValue()).toBe("Noah Nojs");
    await page.screenshot({ path: `${screenshotDir}/national-apply-refused-nojs-375.png`, fullPage: true });

    await page.getByLabel("CV").setInputFiles({ name: "noah-cv.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByLabel("Cover note (optional)").fill("Ten years on the pass.");
    await page.getByLabel("I agree to the privacy notice below").check();
    await page.getByRole("button", { name: "Send application" }).click();
    await page.waitForURL(/\/jobs\/applied\//);
    await page.getByRole("heading", { name: "Application sent" }).waitFor();
    await page.screenshot({ path: `${screenshotDir}/national-applied-nojs-375.png`, fullPage: true });
    expect(external).toEqual([]);
    await context.close();

    const { applications } = await cafe.client.ok(APPLICATIONS, { jobId: chefId });
    const noah = applications.find((a: { candidateEmail: string }) => a.candidateEmail === "noah.nojs@example.com");
    expect(noah).toMatchObject({ candidateName: "Noah Nojs", coverNote: "Ten years on the pass." });
    expect(noah.resumeUrl).toMatch(/^\/applications\/.+\/resume$/);
  });

  it("with JavaScript on, at 375 px: the same pages hydrate without a console error and apply in place", async () => {
    const { context, page, errors, external } = await phonePage(suite.browser, true);
    const served = await (await fetch(`${suite.app.url}/jobs`)).text();
    await page.goto(`${suite.app.url}/jobs`);
    await page.getByRole("heading", { name: "Find your next job", level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    // Hydration kept the server's markup exactly as sent (parsed the same way, compared node for node).
    const same = await page.evaluate((html) => {
      const sent = new DOMParser().parseFromString(html, "text/html").getElementById("root")!.innerHTML;
      return sent === document.getElementById("root")!.innerHTML;
    }, served);
    expect(same).toBe(true);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    // Searching navigates in place (the page is not loaded again).
    await page.getByLabel("What").fill("harbour");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/jobs\?q=harbour/);
    await expect.poll(() => page.getByTestId("portal-count").textContent()).toBe("1 job found");
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    await page.getByRole("link", { name: "Head Chef" }).click();
    await page.waitForURL(`${suite.app.url}${chefPath}`);
    await page.getByRole("heading", { name: "Head Chef", level: 1 }).waitFor();
    await expect.poll(() => page.title()).toBe("Head Chef · Seaside Kitchen · Job Ads Australia");
    const ld = await page.locator('head script[type="application/ld+json"]').textContent();
    expect(JSON.parse(ld ?? "{}")).toMatchObject({ "@type": "JobPosting", title: "Head Chef" });
    await page.getByRole("link", { name: "Apply now for Head Chef" }).click();
    await page.waitForURL(`${suite.app.url}${chefPath}/apply`);
    await page.getByLabel("Full name").fill("Jess Script");
    await page.getByLabel("Email").fill("jess.script@example.com");
    // With JavaScript the CV uploads as soon as it is chosen.
    await page.getByLabel("CV").setInputFiles({ name: "jess-cv.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect.poll(() => page.getByTestId("uploaded-cv").textContent()).toBe("jess-cv.pdf");
    await page.getByLabel("I agree to the privacy notice below").check();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${screenshotDir}/national-apply-375.png`, fullPage: true });
    await page.getByRole("button", { name: "Send application" }).click();
    await page.waitForURL(/\/jobs\/applied\//);
    await page.getByText("Thanks for applying for").waitFor();
    await page.getByText("jess.script@example.com").waitFor();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.screenshot({ path: `${screenshotDir}/national-applied-375.png`, fullPage: true });

    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an employer's own card-paid ad is one click from its job page, right after the publish", async () => {
    const { context, page, errors } = await phonePage(suite.browser, true);
    await logIn(page, suite.app.url, cafe.email);
    await page.goto(`${suite.app.url}/employer/jobs/${chefId}`);
    await page.getByRole("link", { name: "See it on the job board" }).click();
    await page.waitForURL(`${suite.app.url}${chefPath}`);
    await page.getByRole("heading", { name: "Head Chef", level: 1 }).waitFor();
    expect(await page.getByText("This job is no longer advertised").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
