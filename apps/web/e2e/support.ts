import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { startTestApp, type TestApp } from "../../api/test/harness.js";

/** The built SPA the API serves; the e2e run builds it first (scripts/run.mjs e2e). */
export const webDist = fileURLToPath(new URL("../dist", import.meta.url));
export const screenshotDir = fileURLToPath(new URL("./screenshots/", import.meta.url));

/** The widths every screen is checked at: a laptop, and a small phone. */
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 375, height: 812 };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function assertBuilt(): void {
  if (!existsSync(`${webDist}/index.html`)) {
    throw new Error(`No built web app at ${webDist}: run \`npx -y pnpm@10.34.9 --filter @app/web build\` first.`);
  }
  mkdirSync(screenshotDir, { recursive: true });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * A browser context that may only talk to this machine: any request to another host (a CDN font,
 * a script, a worker) is aborted and recorded, and the test fails on it.
 */
export async function offlineContext(browser: Browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: "en-AU", timezoneId: "Australia/Sydney" });
  const external: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
    if (local || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    external.push(url.href);
    return route.abort("blockedbyclient");
  });
  return {
    context,
    assertNoExternalRequests: () => expect(external, "requests to hosts other than localhost").toEqual([]),
  };
}

/**
 * The API serving the built SPA, and one browser, for a whole describe block: started before its
 * tests (and before any beforeAll registered after this call), closed after them. Read `app` and
 * `browser` inside tests and hooks; before the start they throw rather than hand out undefined.
 */
export function appInBrowser(): { readonly app: TestApp; readonly browser: Browser } {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    app = await startTestApp({ webDist });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  return {
    get app() {
      if (app === undefined) throw new Error("The test app is not started yet: read it inside a test or hook.");
      return app;
    },
    get browser() {
      if (browser === undefined) throw new Error("The browser is not started yet: read it inside a test or hook.");
      return browser;
    },
  };
}

/**
 * A page in a fresh localhost-only context (see offlineContext), collecting its console errors
 * from the first request on. Close `context` at the end of the test.
 */
export async function openPage(browser: Browser, viewport?: { width: number; height: number }) {
  const guarded = await offlineContext(browser, viewport);
  const page = await guarded.context.newPage();
  checkBeforeEveryScreenshot(page);
  return { ...guarded, page, errors: collectPageErrors(page) };
}

/** axe-core's browser build, evaluated in the page through the DevTools protocol (so a strict CSP does not stop it). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The impacts that fail a test: axe's "critical" and "serious" (moderate and minor findings are reported by Lighthouse). */
export const FAILING_IMPACTS: readonly string[] = ["critical", "serious"];

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe-core on the page as it is now (open dialogs included) and returns its critical and serious findings. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Let fades and slides finish: a half-transparent dialog would be measured for contrast mid-animation.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async (failing) => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(document, {
      resultTypes: ["violations"],
      // Off by default in axe (experimental): a control whose name does not contain its visible
      // words cannot be clicked by voice ("click Apply now").
      rules: { "label-content-name-mismatch": { enabled: true } },
    });
    return result.violations
      .filter((v) => failing.includes(v.impact ?? ""))
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? "",
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: (n.failureSummary ?? "").replace(/\s+/g, " ") })),
      }));
  }, FAILING_IMPACTS);
}

/** Fails the test on any critical or serious axe violation, naming the rule, the elements and the page. */
export async function expectAccessible(page: Page, where?: string): Promise<void> {
  const findings = await axeFindings(page);
  const width = page.viewportSize()?.width ?? 0;
  const report = findings
    .map((f) => `${f.impact} ${f.rule}: ${f.help}\n${f.nodes.map((n) => `    ${n.target} (${n.summary})`).join("\n")}`)
    .join("\n");
  expect(report, `axe on ${where ?? new URL(page.url()).pathname} at ${width} px`).toBe("");
}

/** The page fits the window's width: nothing makes a phone scroll sideways. */
export async function expectNoSideScroll(page: Page, where?: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${where ?? new URL(page.url()).pathname} scrolls sideways by this many px`).toBeLessThanOrEqual(0);
}

/** Every screenshot a test keeps is of a page axe has passed, so each screen the tests show is checked as shown. */
function checkBeforeEveryScreenshot(page: Page): void {
  const shoot = page.screenshot.bind(page);
  page.screenshot = async (options) => {
    await expectAccessible(page);
    return shoot(options);
  };
}

/** Console errors and uncaught exceptions, which a passing flow could otherwise hide. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  organizationName: string;
}

let counter = 0;
export function newAccount(prefix: string): NewAccount {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}`;
  return {
    name: "Priya Natarajan",
    email: `${prefix}-${id}@example.com`,
    password: "correct-horse-battery",
    organizationName: "Southern Cross Migration",
  };
}

/** Signs up through the form, as a person would, and waits for the dashboard. */
export async function signUpAsAgency(page: Page, baseUrl: string, account: NewAccount): Promise<void> {
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Work email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByLabel("Organization name").fill(account.organizationName);
  await page.getByRole("radio", { name: /Service provider \(agency\)/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`${baseUrl}/agency`);
  await followVerificationLink(baseUrl, account.email);
}

/**
 * A new account is unverified until the link mailed at sign-up is followed (R13: buying,
 * publishing and inviting wait for it): reads the link from the dev mailbox and follows it, as the
 * person would from their inbox.
 */
export async function followVerificationLink(baseUrl: string, email: string): Promise<void> {
  const graphql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors !== undefined) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data ?? {};
  };
  const { devMailbox } = (await graphql(
    `
      query ($to: String) {
        devMailbox(to: $to) {
          text
        }
      }
    `,
    { to: email },
  )) as {
    devMailbox: { text: string }[];
  };
  const token = devMailbox.map((m) => /\/verify-email\/([A-Za-z0-9_-]+)/.exec(m.text)?.[1]).find((t) => t !== undefined);
  if (token === undefined) throw new Error(`no verification link mailed to ${email}`);
  await graphql(
    `
      mutation ($token: String!) {
        verifyEmail(token: $token)
      }
    `,
    { token },
  );
}

export async function closeAll(...things: (BrowserContext | Browser | undefined)[]): Promise<void> {
  for (const thing of things) await thing?.close();
}

/**
 * The main navigation, opened first where it is folded behind the header's Menu button (a phone):
 * use it to follow the header's links at any width.
 */
export async function mainNav(page: Page) {
  const menu = page.getByRole("button", { name: "Menu" });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
  return page.getByRole("navigation", { name: "Main" });
}

/** Signs in through the form and waits for the page the sign-in lands on. */
export async function logIn(page: Page, baseUrl: string, email: string, password = "correct-horse-battery"): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/**
 * Full-page screenshots at desktop (1280) and phone (375) width, then back to desktop; axe passes the
 * page at both widths (see openPage) and at 375 px it must not scroll sideways.
 */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  // From the top: a sticky header would otherwise be drawn where the page was scrolled to.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: `${screenshotDir}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await expectNoSideScroll(page, name);
  await page.screenshot({ path: `${screenshotDir}/${name}-375.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
}

/** Fills "Post a job" the way a person would. */
export async function fillJobForm(page: Page, title: string): Promise<void> {
  await page.getByLabel("Role title").fill(title);
  await page.getByLabel("Work type").selectOption("FULL_TIME");
  await page.getByLabel("Minimum ($)").fill("65000");
  await page.getByLabel("Maximum ($)").fill("72000");
  await page.getByLabel("Period").selectOption("YEAR");
  await page.getByLabel("City or suburb").fill("Manly");
  await page.getByLabel("State").selectOption("NSW");
  await page.getByLabel("Postcode").fill("2095");
  await page.getByLabel("Candidate requirements").fill("2 years of barista experience and a food safety certificate.");
  await page
    .getByLabel("Description", { exact: true })
    .fill("Make great coffee for our customers in a busy beachside cafe.\n\nEarly starts, weekends on a roster.");
}

/** The words an element shows: its text, less what is hidden from sight (display: none, visually-hidden) or decorative (aria-hidden). */
function visibleWords(control: Locator): Promise<string> {
  return control.evaluate((root) => {
    const parts: string[] = [];
    const walk = (node: Node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? "");
        if (!(child instanceof HTMLElement)) continue;
        const box = child.getBoundingClientRect();
        const hidden = child.getAttribute("aria-hidden") === "true" || getComputedStyle(child).display === "none";
        if (!hidden && !child.classList.contains("visually-hidden") && box.width > 1 && box.height > 1) walk(child);
      }
    };
    walk(root);
    return parts.join(" ").replace(/\s+/g, " ").trim();
  });
}

/**
 * WCAG 2.5.3 (label in name): each visible control of `controls` has an accessible name that
 * contains the words it shows, so "click Apply now" said to voice control finds it. Answers how
 * many visible controls were checked.
 */
export async function expectNamesContainVisibleWords(
  page: Page,
  role: Parameters<Page["getByRole"]>[0],
  controls: Locator,
): Promise<number> {
  let checked = 0;
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue;
    const words = await visibleWords(control);
    expect(words, `a visible ${role} shows words`).not.toBe("");
    const named = page.getByRole(role, { name: words }).and(control);
    const width = page.viewportSize()?.width ?? 0;
    expect(await named.count(), `at ${width} px the ${role} showing "${words}" has a name containing those words`).toBe(1);
    checked += 1;
  }
  return checked;
}
