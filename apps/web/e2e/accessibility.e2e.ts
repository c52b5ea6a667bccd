import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_PORTAL_SLUG, seedDemo } from "../../api/src/db/seed.js";
import { appInBrowser, logIn, openPage, screenshotBoth } from "./support.js";

/**
 * Every page of the product, walked as its users meet it (signed out, as the agency, inside a
 * client, as the client, as a client contact), with its dialogs open: axe passes each at 1280
 * and at 375 px, and no page scrolls sideways on a phone (screenshotBoth checks all three).
 */
const SLUG = DEMO_PORTAL_SLUG;

/** The page has settled: no route loading, no region still waiting for data. */
async function settled(page: Page): Promise<void> {
  await page.locator(".route-progress").waitFor({ state: "detached" });
  await page.locator(".loading").first().waitFor({ state: "detached" });
}

async function visit(page: Page, url: string, name: string, ready?: (page: Page) => Promise<unknown>): Promise<void> {
  await page.goto(url);
  await settled(page);
  if (ready !== undefined) await ready(page);
  await settled(page);
  await screenshotBoth(page, `a11y-${name}`);
}

/** Opens a dialog with `open`, checks it, and closes it with Esc. */
async function withDialog(page: Page, name: string, open: (page: Page) => Promise<unknown>): Promise<void> {
  await open(page);
  await page.getByRole("dialog").waitFor();
  await screenshotBoth(page, `a11y-${name}`);
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "hidden" });
}

const heading = (page: Page, name: string | RegExp) => page.getByRole("heading", { name, level: 1 }).waitFor();

describe("accessibility of every page (axe: no critical or serious finding, at 1280 and 375 px)", () => {
  const suite = appInBrowser();
  let jobIds: { barista: string; chef: string };

  beforeAll(async () => {
    await seedDemo(suite.app.database.db, suite.app.app.services, suite.app.clock.now());
    const anyone = suite.app.client();
    const { portalJobs } = await anyone.ok(`query($slug: String!) { portalJobs(slug: $slug) { nodes { id title } } }`, {
      slug: SLUG,
    });
    const cafe = suite.app.client();
    await cafe.ok(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { user { id } } }`, {
      e: "client@example.com",
      p: DEMO_PASSWORD,
    });
    const { jobs } = await cafe.ok(`query { jobs(first: 20) { nodes { id title } } }`);
    const byTitle = (nodes: { id: string; title: string }[], title: string) => nodes.find((j) => j.title === title)!.id;
    jobIds = { barista: byTitle(portalJobs.nodes, "Barista"), chef: byTitle(jobs.nodes, "Chef de Partie") };
  });

  it("the public pages: sign in, sign up, invitations, the job board, applying, candidates' data, the mailbox", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    const base = suite.app.url;
    await visit(page, `${base}/login`, "log-in");
    await visit(page, `${base}/signup`, "sign-up");
    await visit(page, `${base}/invitation/not-a-real-token`, "invitation-invalid");
    await visit(page, `${base}/your-data/export?token=not-a-real-token`, "your-data-export-invalid");
    await visit(page, `${base}/your-data/erase?token=not-a-real-token`, "your-data-erase-invalid");
    await visit(page, `${base}/dev/mailbox`, "dev-mailbox");
    await visit(page, `${base}/no-such-page`, "not-found");
    await visit(page, `${base}/p/${SLUG}`, "portal-board", (p) =>
      p
        .getByRole("link", { name: /Barista/ })
        .first()
        .waitFor(),
    );
    await visit(page, `${base}/p/${SLUG}/jobs/${jobIds.barista}`, "portal-job", (p) => heading(p, "Barista"));
    await visit(page, `${base}/p/${SLUG}/jobs/${jobIds.barista}/apply`, "portal-apply", (p) => p.getByLabel("Email").waitFor());
    await visit(page, `${base}/p/${SLUG}/your-data`, "portal-your-data");
    await visit(page, `${base}/p/${SLUG}/activate?token=not-a-real-token`, "portal-activate-invalid");
    await visit(page, `${base}/p/no-such-board`, "portal-unavailable");
    expect(errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
    assertNoExternalRequests();
    await context.close();
  });

  it("the agency's pages and dialogs, and a client's account entered with Access company", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    const base = suite.app.url;
    await logIn(page, base, "agency@example.com", DEMO_PASSWORD);
    await visit(page, `${base}/agency`, "agency-dashboard", (p) => heading(p, /Harbour Migration|Dashboard/));
    await withDialog(page, "buy-credits-dialog", (p) => p.getByRole("button", { name: "Buy credits" }).first().click());
    await visit(page, `${base}/agency/clients`, "manage-clients", (p) => p.getByText("Coastal Cafe").first().waitFor());
    await withDialog(page, "invite-company-dialog", (p) =>
      p
        .getByRole("button", { name: /Invite (a )?company/ })
        .first()
        .click(),
    );
    await withDialog(page, "revoke-client-dialog", (p) =>
      p
        .getByRole("button", { name: /^Revoke/ })
        .first()
        .click(),
    );
    await visit(page, `${base}/agency/contacts`, "contacts", (p) => p.getByText("Mia Chen").first().waitFor());
    await withDialog(page, "add-contact-dialog", (p) =>
      p
        .getByRole("button", { name: /Add (a )?contact/ })
        .first()
        .click(),
    );
    await visit(page, `${base}/agency/portal`, "portal-settings", (p) => p.getByLabel("Brand colour", { exact: true }).waitFor());
    await visit(page, `${base}/account`, "account");
    await withDialog(page, "create-token-dialog", (p) =>
      p
        .getByRole("button", { name: /Create (a )?token/ })
        .first()
        .click(),
    );
    await visit(page, `${base}/pricing`, "pricing", (p) =>
      p
        .getByRole("button", { name: /Buy|Subscribe/ })
        .first()
        .waitFor(),
    );
    await withDialog(page, "plan-dialog", (p) =>
      p
        .getByRole("button", { name: /Buy|Subscribe/ })
        .first()
        .click(),
    );
    await visit(page, `${base}/billing`, "billing");

    // Inside Coastal Cafe's account.
    await page.goto(`${base}/agency/clients`);
    await page
      .getByRole("button", { name: /Access company/ })
      .first()
      .click();
    await page.waitForURL(`${base}/employer`);
    await visit(page, `${base}/employer`, "accessing-dashboard", (p) => p.getByTestId("accessing-banner").waitFor());
    await visit(page, `${base}/employer/jobs`, "accessing-jobs", (p) => p.getByText("Barista").first().waitFor());
    await visit(page, `${base}/employer/jobs/new`, "accessing-post-a-job", (p) => heading(p, "Post a job"));
    await visit(page, `${base}/employer/jobs/${jobIds.chef}`, "accessing-job-draft", (p) => heading(p, /Chef de Partie/));
    await visit(page, `${base}/employer/jobs/${jobIds.chef}/edit`, "accessing-job-edit", (p) =>
      p.getByLabel("Role title").waitFor(),
    );
    await visit(page, `${base}/employer/jobs/${jobIds.chef}/publish`, "accessing-payment", (p) =>
      p.getByTestId("payer").waitFor(),
    );
    await visit(page, `${base}/employer/jobs/${jobIds.chef}/lmt`, "accessing-lmt-report");
    await visit(page, `${base}/employer/jobs/${jobIds.barista}`, "accessing-job-published", (p) => heading(p, /Barista/));
    expect(errors).toEqual([]);
    assertNoExternalRequests();
    await context.close();
  });

  it("the client's own pages, and a waiting invitation's access request", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    const base = suite.app.url;
    await logIn(page, base, "client@example.com", DEMO_PASSWORD);
    await visit(page, `${base}/employer`, "employer-dashboard");
    await visit(page, `${base}/employer/jobs`, "employer-jobs", (p) => p.getByText("Barista").first().waitFor());
    await visit(page, `${base}/employer/access-requests`, "employer-access-requests");
    await visit(page, `${base}/employer/activity`, "employer-activity");
    await visit(page, `${base}/playground`, "playground-signed-in", (p) =>
      p.locator(".graphiql-query-editor .CodeMirror").waitFor(),
    );
    await context.close();

    const bakery = await openPage(suite.browser);
    await logIn(bakery.page, base, "bakery@example.com", DEMO_PASSWORD);
    await visit(bakery.page, `${base}/employer/access-requests`, "bakery-access-requests", (p) =>
      p
        .getByRole("button", { name: /Accept/ })
        .first()
        .waitFor(),
    );
    await withDialog(bakery.page, "decline-access-dialog", (p) =>
      p
        .getByRole("button", { name: /Decline/ })
        .first()
        .click(),
    );
    expect([...errors, ...bakery.errors]).toEqual([]);
    assertNoExternalRequests();
    bakery.assertNoExternalRequests();
    await bakery.context.close();
  });

  it("a client contact's portal pages", async () => {
    const { context, page, errors, assertNoExternalRequests } = await openPage(suite.browser);
    const base = suite.app.url;
    await logIn(page, base, "contact@example.com", DEMO_PASSWORD);
    await visit(page, `${base}/p/${SLUG}/client`, "contact-jobs", (p) => p.getByText("Barista").first().waitFor());
    await visit(page, `${base}/p/${SLUG}/client/jobs/${jobIds.barista}`, "contact-job", (p) =>
      p.getByRole("heading", { name: "Barista" }).waitFor(),
    );
    await visit(page, `${base}/p/${SLUG}/client/vacancy`, "contact-vacancy");
    await visit(page, `${base}/p/${SLUG}/client/company`, "contact-company");
    await visit(page, `${base}/p/${SLUG}`, "contact-board");
    expect(errors).toEqual([]);
    assertNoExternalRequests();
    await context.close();
  });
});
