import { beforeAll, describe, expect, it } from "vitest";
import { activeConnection, employer, grantCredits, serviceProvider } from "../../api/test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../api/test/jobs.js";
import { describeScores, runLighthouse, type LighthouseResult } from "./lighthouse.js";
import { appInBrowser } from "./support.js";

const SAVE_PORTAL = `mutation($input: PortalInput!) { savePortal(input: $input) { slug } }`;
const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`;

const DESCRIPTION = [
  "Join a busy team in a harbourside restaurant serving fresh local seafood to four hundred guests a day.",
  "You will run your section through lunch and dinner, train two junior cooks, order produce and keep the kitchen spotless.",
  "We cook over charcoal, bake our own bread and change the menu with the seasons and the catch.",
].join(" ");

/**
 * Lighthouse with mobile settings on the three public page kinds. Accessibility, best practices
 * and SEO must be 100; performance is printed (it depends on the machine; README has the figures).
 */
describe("Lighthouse on the public pages (mobile)", () => {
  const suite = appInBrowser();
  let jobPath: string;
  let slug: string;

  beforeAll(async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Harbour Migration" });
    const client = await employer(suite.app, { organizationName: "Harbourside Dining" });
    const connectionId = await activeConnection(suite.app, agency, client, "Harbourside Dining");
    await grantCredits(suite.app, client.organizationId, 5);
    slug = `lh-${Date.now().toString(36)}`;
    await agency.client.ok(SAVE_PORTAL, { input: { slug, title: "Harbour Careers", intro: "Hospitality jobs by the water." } });
    await agency.client.ok(ACCESS, { id: connectionId });
    for (const title of ["Chef de partie", "Barista", "Restaurant manager", "Kitchen hand"]) {
      const { createJob } = await agency.client.ok(CREATE_JOB, {
        input: jobInput({ title, description: `${DESCRIPTION}\n\n${DESCRIPTION}` }),
      });
      const { publishJob } = await agency.client.ok(PUBLISH_JOB, { id: createJob.id });
      jobPath = `/jobs/${publishJob.id}/${title.toLowerCase().replace(/ /g, "-")}`;
    }
  });

  const pages = () => ({ "national board": "/jobs", "a job page": jobPath, "an agency board": `/p/${slug}` });

  it("scores 100 for accessibility, best practices and SEO on the national board, a job page and an agency board", async () => {
    const results: [string, LighthouseResult][] = [];
    for (const [name, path] of Object.entries(pages())) {
      const result = await runLighthouse(`${suite.app.url}${path}`);
      console.log(describeScores(name, result));
      if (result.failing.length > 0) console.log(`  below 0.9: ${result.failing.map((a) => `${a.id} (${a.score})`).join(", ")}`);
      results.push([name, result]);
    }
    for (const [name, result] of results) {
      expect({
        name,
        accessibility: result.scores.accessibility,
        bestPractices: result.scores["best-practices"],
        seo: result.scores.seo,
      }).toEqual({
        name,
        accessibility: 100,
        bestPractices: 100,
        seo: 100,
      });
    }
  }, 240_000);

  it("scores 100 for accessibility and best practices on sign-in, the agency dashboard, Manage Clients and the payment screen", async () => {
    const agency = await serviceProvider(suite.app, { organizationName: "Quayside Staffing" });
    const client = await employer(suite.app, { organizationName: "Quayside Oyster Bar" });
    const connectionId = await activeConnection(suite.app, agency, client, "Quayside Oyster Bar");
    const session = () => ({ Cookie: `sid=${agency.client.cookie("sid") ?? ""}` });
    const results: [string, LighthouseResult][] = [];
    const measure = async (name: string, path: string, headers?: Record<string, string>) => {
      const result = await runLighthouse(`${suite.app.url}${path}`, headers === undefined ? {} : { headers });
      console.log(describeScores(name, result));
      if (result.failing.length > 0) console.log(`  below 0.9: ${result.failing.map((a) => `${a.id} (${a.score})`).join(", ")}`);
      results.push([name, result]);
    };
    await measure("sign-in", "/login");
    await measure("the agency dashboard", "/agency", session());
    await measure("Manage Clients", "/agency/clients", session());
    // Accessing the client is the session's state: the same cookie then acts for the client.
    await agency.client.ok(ACCESS, { id: connectionId });
    const { createJob } = await agency.client.ok(CREATE_JOB, {
      input: jobInput({ title: "Oyster shucker", description: DESCRIPTION }),
    });
    await measure("the payment screen", `/employer/jobs/${createJob.id}/publish`, session());
    for (const [name, result] of results) {
      expect({
        name,
        finalUrl: result.finalUrl,
        accessibility: result.scores.accessibility,
        bestPractices: result.scores["best-practices"],
      }).toEqual({
        name,
        finalUrl: result.url,
        accessibility: 100,
        bestPractices: 100,
      });
    }
    // The dashboard shows once its top (prompts, "What needs you today") has answered: nothing
    // arrives above the cards to push them down (it measured 0.27 to 0.88 before).
    const dashboard = results.find(([name]) => name === "the agency dashboard")![1];
    expect(dashboard.metrics.cls, "the agency dashboard's Cumulative Layout Shift").toBeLessThan(0.1);
  }, 300_000);
});
