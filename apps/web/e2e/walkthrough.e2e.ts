import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  activeConnection,
  employer,
  grantCredits,
  invitationToken,
  serviceProvider,
  uniqueEmail,
} from "../../api/test/factories.js";
import { CREATE_JOB, PUBLISH_JOB } from "../../api/test/jobs.js";
import { lmtJobInput } from "../../api/test/lmt.js";
import { parsedPdfText } from "../../api/test/pdf-text.js";
import { ACCESS, agencyWithPortal, LEAVE, portalContact, postJob } from "../../api/test/portal.js";
import {
  appInBrowser,
  DESKTOP,
  expectNamesContainVisibleWords,
  fillJobForm,
  logIn,
  mainNav,
  newAccount,
  openPage,
  PHONE,
  screenshotBoth,
  signUpAsAgency,
} from "./support.js";

/**
 * Issue 16's walkthrough findings, one test per item, each kept fixed: if a problem comes back,
 * its test fails. Screenshots: screenshots/walk-<n>-<name>-{desktop,375}.png.
 */

/** An agency and an employer connected to it, the agency signed in and working in the client's account. */
async function agencyInClient(suite: ReturnType<typeof appInBrowser>, agencyName: string, clientName: string, credits = 0) {
  const agency = await serviceProvider(suite.app, { organizationName: agencyName });
  if (credits > 0) await grantCredits(suite.app, agency.organizationId, credits);
  const client = await employer(suite.app, { organizationName: clientName });
  await activeConnection(suite.app, agency, client, clientName);
  const opened = await openPage(suite.browser);
  const { page } = opened;
  await logIn(page, suite.app.url, agency.email);
  await page.waitForURL(`${suite.app.url}/agency`);
  await page.goto(`${suite.app.url}/agency/clients`);
  await page.getByRole("button", { name: `Access company ${clientName}` }).click();
  await page.waitForURL(`${suite.app.url}/employer`);
  await page.getByTestId("accessing-banner").waitFor();
  return { ...opened, agency, client };
}

describe("issue 16's walkthrough, kept fixed", () => {
  const suite = appInBrowser();

  it("1. Share Credits off: the payment screen says so, how many it would share, and offers the switch", async () => {
    const { context, page, errors, assertNoExternalRequests } = await agencyInClient(
      suite,
      "Harbour Migration",
      "Coastal Cafe",
      20,
    );
    await mainNav(page).then((nav) => nav.getByRole("link", { name: "Post a job" }).click());
    await page.getByRole("heading", { name: "Post a job", level: 1 }).waitFor();
    await fillJobForm(page, "Barista");
    await page.getByRole("button", { name: "Review & preview" }).click();
    await page.getByRole("article", { name: "Job ad: Barista" }).waitFor();
    await page.getByRole("button", { name: "Save & continue" }).click();
    await page.waitForURL(/\/employer\/jobs\/[^/]+\/publish$/, { timeout: 10_000 });
    await page.getByTestId("payer").waitFor();

    await page.getByText("Share Credits is off", { exact: true }).waitFor();
    const main = page.getByRole("main");
    await expect.poll(() => main.innerText()).toContain("Harbour Migration has 20 credits it would share with Coastal Cafe");
    expect(await page.getByTestId("agency-credits").textContent()).toContain("your agency would share 20 credits");
    await page.getByRole("button", { name: "Turn on Share Credits" }).waitFor();
    const text = await main.innerText();
    expect(text).not.toContain("no shared credits available");
    expect(text).not.toContain("No shared credits");
    expect(await page.getByTestId("upgrade-prompt").count()).toBe(0);
    await screenshotBoth(page, "walk-1-share-credits-off");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("2. both ways back from a client land where they say, and both confirm where you are", async () => {
    const { context, page, errors, assertNoExternalRequests } = await agencyInClient(suite, "Bay Visas", "Dune Bakery");
    const banner = page.getByTestId("accessing-banner");

    await banner.getByRole("button", { name: "Switch into Manage Clients" }).click();
    await page.waitForURL(`${suite.app.url}/agency/clients`);
    await banner.waitFor({ state: "detached" });
    const arrived = page.getByTestId("arrival-notice");
    await expect.poll(() => arrived.textContent()).toContain("You're in Bay Visas's account");
    expect(await arrived.textContent()).toContain("You're on Manage Clients. You left Dune Bakery's account.");
    await page.getByRole("heading", { name: "Manage Clients", level: 1 }).waitFor();
    await screenshotBoth(page, "walk-2-back-to-manage-clients");

    await page.getByRole("button", { name: "Access company Dune Bakery" }).click();
    await page.waitForURL(`${suite.app.url}/employer`);
    await banner.getByRole("button", { name: "Switch into service provider" }).click();
    await page.waitForURL(`${suite.app.url}/agency`);
    await banner.waitFor({ state: "detached" });
    // Lands on the agency's own dashboard, out of the client's account, and says so.
    await expect.poll(() => arrived.textContent()).toContain("You're in Bay Visas's account");
    expect(await arrived.textContent()).toContain("You're on your agency's dashboard. You left Dune Bakery's account.");
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    expect(await page.getByRole("button", { name: "Switch into service provider" }).count()).toBe(0);
    await page.getByTestId("credit-balance").waitFor();
    await screenshotBoth(page, "walk-2-back-to-agency-dashboard");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("3. Manage Clients keeps an email whole at 1280 and Revoke asks first, naming the client", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Southern Cross Migration" });
    const email = uniqueEmail("accounts.payable.department");
    const client = await employer(suite.app, { organizationName: "Harbourside Dining", email });
    await activeConnection(suite.app, agency, client, "Harbourside Dining");

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, agency.email);
    await page.goto(`${suite.app.url}/agency/clients`);
    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByText("Active").waitFor();
    const shown = row.locator(".email-address");
    const style = await shown.evaluate((el) => {
      const s = getComputedStyle(el);
      return { wordBreak: s.wordBreak, overflowWrap: s.overflowWrap, text: el.textContent };
    });
    expect(style.wordBreak).not.toBe("break-all");
    expect(style.overflowWrap).not.toBe("anywhere");
    expect(style.text).toBe(email);
    // Each piece (name, "@domain", ".com") is kept whole: a break falls only between pieces, never mid-word.
    const pieces = await shown
      .locator(".email-address-part")
      .evaluateAll((parts) =>
        parts.map((p) => ({ text: p.textContent, lines: p.getClientRects().length, whiteSpace: getComputedStyle(p).whiteSpace })),
      );
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces)
      expect(piece, `"${piece.text}" kept on one line`).toMatchObject({ lines: 1, whiteSpace: "nowrap" });

    await row.getByRole("button", { name: "Revoke Harbourside Dining" }).click();
    const dialog = page.getByRole("dialog", { name: "Revoke access to Harbourside Dining?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Keep it" }).waitFor();
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await dialog.waitFor({ state: "hidden" });
    await row.getByText("Active").waitFor();
    await screenshotBoth(page, "walk-3-manage-clients");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("4. the playground at 375 px: the response pane takes the full width, under the editors", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await signUpAsAgency(page, suite.app.url, newAccount("walk-playground"));
    await page.goto(`${suite.app.url}/playground`);
    await page.locator(".graphiql-query-editor .CodeMirror").waitFor();
    await page.setViewportSize(PHONE);
    await page.locator(".graphiql-response").waitFor();
    const response = (await page.locator(".graphiql-response").boundingBox())!;
    // The content's full width (375 px less 16 px each side), stacked under the editors, not beside them.
    expect(response.width, "the response pane's width at 375 px").toBeGreaterThanOrEqual(330);
    const editors = (await page.locator(".graphiql-editors").boundingBox())!;
    expect(response.y, "the response is under the editors").toBeGreaterThanOrEqual(editors.y + editors.height - 1);
    expect(Math.abs(response.x - editors.x), "the response is not beside the editors").toBeLessThan(1);
    await screenshotBoth(page, "walk-4-playground");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("5. an empty sign-in says what is missing without asking the server; 500 credits says the limit", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await page.goto(`${suite.app.url}/login`);
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    const sent: string[] = [];
    page.on("request", (r) => {
      if (r.url().endsWith("/graphql") && /logIn|LogIn/.test(r.postData() ?? "")) sent.push(r.postData() ?? "");
    });
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Enter your email address.").waitFor();
    await page.getByText("Enter your password.").waitFor();
    expect(sent, "sign-in requests sent for an empty form").toEqual([]);
    await screenshotBoth(page, "walk-5-empty-sign-in");

    const agency = await serviceProvider(suite.app, { organizationName: "Bay Visas" });
    await logIn(page, suite.app.url, agency.email);
    await page.waitForURL(`${suite.app.url}/agency`);
    await page.getByRole("button", { name: "Buy credits" }).click();
    const dialog = page.getByRole("dialog", { name: "Buy credits" });
    await dialog.waitFor();
    await dialog.getByLabel("Credits", { exact: true }).fill("500");
    await dialog.getByText("You can buy up to 100 credits at a time").waitFor();
    const pay = dialog.getByRole("button", { name: /^Pay/ });
    expect(await pay.isDisabled(), "Pay is not silently disabled").toBe(false);
    await screenshotBoth(page, "walk-5-buy-500-credits");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("6. words: a new employer is not out of credits, a used invitation says it was accepted, a contact is not asked to sign in", async () => {
    const fresh = await employer(suite.app, { organizationName: "Harbourside Cafe" });
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, fresh.email);
    await page.waitForURL(`${suite.app.url}/employer`);
    const prompt = page.getByTestId("upgrade-prompt");
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain("Credits for your job ads");
    const main = await page.getByRole("main").innerText();
    expect(main).not.toContain("You're out of credits");
    expect(main).not.toContain("Upgrade your plan");
    await screenshotBoth(page, "walk-6-new-employer");

    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    const client = await employer(suite.app, { organizationName: "Beach Cafe" });
    await activeConnection(suite.app, agency, client, "Beach Cafe");
    const token = await invitationToken(suite.app, client.email);
    const anonymous = await openPage(suite.browser);
    await anonymous.page.goto(`${suite.app.url}/invitation/${token}`);
    await anonymous.page.getByText("This invitation was already accepted").waitFor();
    expect(await anonymous.page.getByText("not valid").count()).toBe(0);
    await screenshotBoth(anonymous.page, "walk-6-used-invitation");

    assertNoExternalRequests();
    anonymous.assertNoExternalRequests();
    expect(errors).toEqual([]);
    expect(anonymous.errors).toEqual([]);
    await anonymous.context.close();
    await context.close();

    // The portal's footer offers a signed-in client contact its client area, not "Client sign in".
    const a = await agencyWithPortal(suite.app);
    await postJob(a, { title: "Barista" });
    const { email } = await portalContact(suite.app, a, "Mia Chen");

    const contact = await openPage(suite.browser);
    const portal = contact.page;
    await logIn(portal, suite.app.url, email);
    await portal.waitForURL(`${suite.app.url}/p/${a.slug}/client`);
    await portal.getByText("Signed in as Mia Chen").waitFor();
    const footer = portal.locator(".portal-footer");
    await footer.getByRole("link", { name: "Your client area" }).waitFor();
    expect(await footer.innerText()).not.toContain("Client sign in");
    await portal.getByRole("button", { name: "Sign out" }).waitFor();
    await screenshotBoth(portal, "walk-6-contact-portal-footer");
    // The board itself (the server's page) offers the client portal, which is the contact's jobs.
    await portal.goto(`${suite.app.url}/p/${a.slug}`);
    await footer.getByRole("link", { name: "Client portal" }).waitFor();
    expect(await footer.innerText()).not.toContain("Client sign in");
    await footer.getByRole("link", { name: "Client portal" }).click();
    await portal.waitForURL(`${suite.app.url}/p/${a.slug}/client`);
    await portal.getByTestId("contact-job").filter({ hasText: "Barista" }).waitFor();

    contact.assertNoExternalRequests();
    expect(contact.errors).toEqual([]);
    await contact.context.close();
  });

  it("7. the LMT report PDF names the agency and prints words, not internal values", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    await grantCredits(suite.app, agency.organizationId, 5);
    await agency.client.ok(`mutation { setCreditSharing(enabled: true) { id } }`);
    const client = await employer(suite.app, { organizationName: "Coastal Cafe" });
    const connectionId = await activeConnection(suite.app, agency, client, "Coastal Cafe");
    // The agency posts and publishes an LMT ad in the client's account, with its shared credits.
    await agency.client.ok(ACCESS, { id: connectionId });
    const { createJob } = await agency.client.ok(CREATE_JOB, { input: lmtJobInput({ title: "Chef de Partie" }) });
    await agency.client.ok(PUBLISH_JOB, { id: createJob.id });
    await agency.client.ok(LEAVE);

    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, agency.email);
    await page.goto(`${suite.app.url}/agency/lmt/${createJob.id}`);
    await page.getByRole("heading", { name: /LMT report: Chef de Partie/, level: 1 }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download PDF" }).click(),
    ]);
    const text = await parsedPdfText(readFileSync(await download.path()));
    // The letterhead, above the title: the agency's name (beside its monogram, as it has no logo).
    const letterhead = text.slice(0, text.indexOf("Labour Market Testing report"));
    expect(letterhead).toContain("Harbour Migration");
    expect(text).toContain("Chef de Partie");
    expect(text).not.toMatch(/PUBLISHED|REJECTED|SERVICE_PROVIDER/);
    expect(text).not.toMatch(/REJECTED:? 0/i);
    await screenshotBoth(page, "walk-7-lmt-report");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("8. the phone header is one row, with a Menu button that opens the links", async () => {
    const account = await employer(suite.app, { organizationName: "Harbourside Cafe" });
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser, PHONE);
    await logIn(page, suite.app.url, account.email);
    await page.waitForURL(`${suite.app.url}/employer`);
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.waitFor();
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    const height = await page.locator(".app-header").evaluate((h) => h.getBoundingClientRect().height);
    expect(height, "the phone header is one row").toBeLessThan(64);
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.getByRole("link", { name: "Jobs", exact: true }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await nav.getByRole("link", { name: "Jobs", exact: true }).waitFor({ state: "visible" });
    await nav.getByRole("link", { name: "Post a job" }).waitFor({ state: "visible" });
    await page.screenshot({ path: `${new URL("./screenshots/", import.meta.url).pathname}walk-8-menu-open-375.png` });
    await menu.click();
    await screenshotBoth(page, "walk-8-phone-header");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("9. names contain their visible words: the logo, Invite to portal, Apply now, at 1280 and 375", async () => {
    const a = await agencyWithPortal(suite.app);
    const jobId = await postJob(a, { title: "Barista" });
    await portalContact(suite.app, a, "Sam Baker", false);
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, a.agency.email);
    await page.waitForURL(`${suite.app.url}/agency`);

    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await page.goto(`${suite.app.url}/agency/contacts`);
      const row = page.getByRole("row").filter({ hasText: "Sam Baker" });
      await row.getByRole("button", { name: /^Invite to portal/ }).waitFor();
      expect(await expectNamesContainVisibleWords(page, "link", page.locator("a.brand")), "logos checked").toBe(1);
      await page
        .getByRole("link", { name: /^Job Ads/ })
        .first()
        .waitFor();
      const invite = row.getByRole("button").filter({ hasText: "Invite to portal" });
      expect(await expectNamesContainVisibleWords(page, "button", invite), "Invite to portal buttons checked").toBe(1);

      await page.goto(`${suite.app.url}/p/${a.slug}/jobs/${jobId}`);
      const apply = page.getByRole("link").filter({ hasText: "Apply now" });
      await apply.first().waitFor();
      expect(await expectNamesContainVisibleWords(page, "link", apply), "Apply now links checked").toBeGreaterThan(0);
      expect(await expectNamesContainVisibleWords(page, "link", page.locator("a.portal-brand")), "board logos").toBe(1);
    }
    await screenshotBoth(page, "walk-9-apply-now");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("10. empty states show a picture, not a blank circle", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Bay Visas" });
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    await logIn(page, suite.app.url, agency.email);
    await page.goto(`${suite.app.url}/agency/clients`);
    await page.getByText("No clients yet").waitFor();
    const empty = page.locator(".empty-state").filter({ hasText: "No clients yet" });
    const paths = await empty.locator(".empty-state-mark svg path").count();
    expect(paths, "paths drawn in the empty state's picture").toBeGreaterThan(0);
    const d = await empty.locator(".empty-state-mark svg path").first().getAttribute("d");
    expect((d ?? "").length).toBeGreaterThan(10);
    await screenshotBoth(page, "walk-10-empty-state");

    assertNoExternalRequests();
    expect(errors).toEqual([]);
    await context.close();
  });
});
