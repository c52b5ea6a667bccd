import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/client.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer, serviceProvider } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../../test/jobs.js";
import {
  ACCESS,
  APPLICATIONS,
  APPLY,
  LEAVE,
  PDF,
  SAVE_PORTAL,
  SET_STATUS,
  agencyWithPortal as portalSetUp,
  applyInput,
  postJob,
  upload as uploadFile,
} from "../../../test/portal.js";
import type { GqlClient } from "../../../test/gql.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PORTAL = `query($slug: String!) { portal(slug: $slug) { slug title enabled } }`;
const PUBLIC_JOB_FIELDS = `id title description employerName location { city state country } workType salary { min max period currency } requirements publishedAt closesAt jsonLd`;
const BOARD = `query($slug: String!, $query: String, $location: String, $first: Int!, $after: String) {
  portalJobs(slug: $slug, query: $query, location: $location, first: $first, after: $after) { totalCount hasNextPage endCursor nodes { id title } } }`;
const BOARD_JOB = `query($slug: String!, $id: ID!) { portalJob(slug: $slug, id: $id) { ${PUBLIC_JOB_FIELDS} } }`;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const agencyWithPortal = () => portalSetUp(t);
const upload = (body: Buffer, filename: string) => uploadFile(t, body, filename);

async function uploadCount(): Promise<number> {
  const rows = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM uploads`);
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows;
  return Number(list[0]!.n);
}

function cookieOf(client: GqlClient): string {
  const jar = (client as unknown as { cookies: Map<string, string> }).cookies;
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

describe("portal settings", () => {
  it("saves, reads back and refuses bad fields, a taken slug and employers", async () => {
    const a = await agencyWithPortal();
    const { myPortal } = await a.agency.client.ok(`{ myPortal { slug title primaryColor enabled serviceProvider { id name } } }`);
    expect(myPortal).toEqual({
      slug: a.slug,
      title: "Acme Jobs",
      primaryColor: "#5b21b6",
      enabled: true,
      serviceProvider: { id: a.agency.organizationId, name: "Acme Recruiting" },
    });
    const bad = await a.agency.client.fails(SAVE_PORTAL, { input: { slug: "x", title: " ", primaryColor: "red" } });
    expect(bad.extensions?.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(bad.extensions?.fields ?? {}).sort()).toEqual(["primaryColor", "slug", "title"]);
    const other = await serviceProvider(t);
    const taken = await other.client.fails(SAVE_PORTAL, { input: { slug: a.slug, title: "Copycat" } });
    expect(taken.extensions?.fields?.slug).toMatch(/Another portal/);
    expect((await a.client.client.fails(SAVE_PORTAL, { input: { slug: "cafe-jobs", title: "Cafe" } })).extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await t.client().fails(`{ myPortal { id } }`)).extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("the public board", () => {
  it("shows a job only while it is PUBLISHED and the portal is enabled", async () => {
    const a = await agencyWithPortal();
    const anyone = t.client();
    const draft = await postJob(a, { title: "Draft role" }, false);
    const ownJob = (await a.client.client.ok(CREATE_JOB, { input: jobInput({ title: "Posted by the employer itself" }) }))
      .createJob.id;
    await a.client.client.ok(PUBLISH_JOB, { id: ownJob });
    const board = async () => (await anyone.ok(BOARD, { slug: a.slug, first: 10 })).portalJobs;
    expect((await board()).nodes).toEqual([]);
    expect((await anyone.ok(BOARD_JOB, { slug: a.slug, id: draft })).portalJob).toBeNull();

    const published = await postJob(a, { title: "Published role" });
    expect(await board()).toMatchObject({ totalCount: 1, nodes: [{ id: published, title: "Published role" }] });
    const { portalJob } = await anyone.ok(BOARD_JOB, { slug: a.slug, id: published });
    expect(portalJob).toMatchObject({
      title: "Published role",
      employerName: "Beach Cafe",
      location: { city: "Manly" },
      salary: { min: 65000, max: 72000 },
    });

    await a.agency.client.ok(SAVE_PORTAL, { input: { slug: a.slug, title: "Acme Jobs", enabled: false } });
    expect((await anyone.ok(PORTAL, { slug: a.slug })).portal).toBeNull();
    expect((await board()).nodes).toEqual([]);
    expect((await anyone.ok(BOARD_JOB, { slug: a.slug, id: published })).portalJob).toBeNull();
    expect((await fetch(`${t.url}/p/${a.slug}/rss.xml`)).status).toBe(404);

    await a.agency.client.ok(SAVE_PORTAL, { input: { slug: a.slug, title: "Acme Jobs", enabled: true } });
    expect((await anyone.ok(PORTAL, { slug: a.slug })).portal).toEqual({ slug: a.slug, title: "Acme Jobs", enabled: true });
    expect((await board()).nodes.map((n: { id: string }) => n.id)).toEqual([published]);

    await a.client.client.ok(`mutation($id: ID!) { closeJob(id: $id) { status } }`, { id: published });
    expect((await board()).nodes).toEqual([]);
    expect((await anyone.ok(BOARD, { slug: "no-such-portal", first: 5 })).portalJobs).toEqual({
      totalCount: 0,
      hasNextPage: false,
      endCursor: null,
      nodes: [],
    });
  });

  it("drops a job whose run has ended even before the sweep closes it", async () => {
    const a = await agencyWithPortal();
    const id = await postJob(a, { durationDays: 3 });
    expect((await t.client().ok(BOARD_JOB, { slug: a.slug, id })).portalJob).not.toBeNull();
    t.clock.advanceDays(4);
    try {
      expect((await t.client().ok(BOARD_JOB, { slug: a.slug, id })).portalJob).toBeNull();
    } finally {
      t.clock.advanceDays(-4);
    }
  });

  it("searches by words and location, newest first, in cursor pages", async () => {
    const a = await agencyWithPortal();
    const barista = await postJob(a, {
      title: "Barista",
      description: "Espresso and latte art",
      location: { city: "Manly", state: "NSW", country: "AU" },
    });
    t.clock.advanceDays(0.001);
    const chef = await postJob(a, {
      title: "Head Chef",
      description: "Run a busy kitchen",
      requirements: "Knife skills and grilling",
      location: { city: "Fremantle", state: "WA", country: "AU" },
    });
    t.clock.advanceDays(0.001);
    const barista2 = await postJob(a, {
      title: "Senior Barista",
      description: "Coffee roasting, 100% fun_time",
      location: { city: "Perth", state: "WA", postcode: "6000", country: "AU" },
    });
    const anyone = t.client();
    const ids = async (vars: Record<string, unknown>) =>
      (await anyone.ok(BOARD, { slug: a.slug, first: 10, ...vars })).portalJobs.nodes.map((n: { id: string }) => n.id);

    expect(await ids({})).toEqual([barista2, chef, barista]);
    expect(await ids({ query: "barista" })).toEqual([barista2, barista]);
    expect(await ids({ query: "BARISTA latte" })).toEqual([barista]);
    expect(await ids({ query: "kitchen" })).toEqual([chef]);
    expect(await ids({ location: "wa" })).toEqual([barista2, chef]);
    expect(await ids({ query: "barista", location: "Perth" })).toEqual([barista2]);
    expect(await ids({ query: "100%" })).toEqual([barista2]);
    expect(await ids({ query: "plumber" })).toEqual([]);

    const first = (await anyone.ok(BOARD, { slug: a.slug, first: 2 })).portalJobs;
    expect(first).toMatchObject({ totalCount: 3, hasNextPage: true, nodes: [{ id: barista2 }, { id: chef }] });
    const second = (await anyone.ok(BOARD, { slug: a.slug, first: 2, after: first.endCursor })).portalJobs;
    expect(second).toMatchObject({ hasNextPage: false, nodes: [{ id: barista }] });
    const searched = (await anyone.ok(BOARD, { slug: a.slug, query: "barista", first: 1 })).portalJobs;
    expect(searched).toMatchObject({ totalCount: 2, hasNextPage: true, nodes: [{ id: barista2 }] });
    expect(
      (await anyone.ok(BOARD, { slug: a.slug, query: "barista", first: 1, after: searched.endCursor })).portalJobs,
    ).toMatchObject({
      hasNextPage: false,
      nodes: [{ id: barista }],
    });
    expect((await anyone.fails(BOARD, { slug: a.slug, first: 101 })).extensions?.fields?.first).toBeDefined();
    expect((await anyone.fails(BOARD, { slug: a.slug, first: 2, after: "nonsense" })).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("takes new ads into the search index through a short pending list, found before and after it merges", async () => {
    // The pending list is what keeps a publish cheap (migration 0004); a rebuilt index losing it
    // would silently double a publish's database work.
    const [index] = rowsOf<{ reloptions: string[] }>(
      await t.database.db.execute(sql`SELECT reloptions FROM pg_class WHERE relname = 'jobs_search_idx'`),
    );
    expect(index?.reloptions).toEqual(["fastupdate=true", "gin_pending_list_limit=256"]);
    const a = await agencyWithPortal();
    const plumber = await postJob(a, { title: "Plumber", description: "Maintenance and repairs of hot water systems" });
    const ids = async (query: string) =>
      (await t.client().ok(BOARD, { slug: a.slug, query, first: 10 })).portalJobs.nodes.map((n: { id: string }) => n.id);
    expect(await ids("hot water")).toEqual([plumber]);
    await t.database.db.execute(sql`SELECT gin_clean_pending_list('jobs_search_idx'::regclass)`);
    expect(await ids("hot water")).toEqual([plumber]);
  });

  it("matches word stems and a prefix of the last word, in the title, description or requirements", async () => {
    const a = await agencyWithPortal();
    const chef = await postJob(a, {
      title: "Head Chef",
      description: "Run a busy kitchen",
      requirements: "Knife skills and grilling",
    });
    t.clock.advanceDays(0.001);
    const barista = await postJob(a, {
      title: "Senior Barista",
      description: "Coffee roasting for our customers",
      requirements: null,
    });
    const ids = async (vars: Record<string, unknown>) =>
      (await t.client().ok(BOARD, { slug: a.slug, first: 10, ...vars })).portalJobs.nodes.map((n: { id: string }) => n.id);

    expect(await ids({ query: "kitchens" })).toEqual([chef]); // stem
    expect(await ids({ query: "grill" })).toEqual([chef]); // "grilling", in the requirements
    expect(await ids({ query: "roasted coffee" })).toEqual([barista]);
    expect(await ids({ query: "chef gril" })).toEqual([chef]); // prefix of the last word
    expect(await ids({ query: "bar" })).toEqual([barista]);
    expect(await ids({ query: "gril chef" })).toEqual([]); // only the last word is a prefix
    expect(await ids({ query: "the" })).toEqual([barista, chef]); // only stop words: no word filter
    expect(await ids({ query: "%" })).toEqual([barista, chef]); // no words at all
    expect(await ids({ query: "customer, coffee!" })).toEqual([barista]); // punctuation separates words
  });

  it("matches the location against city, state or postcode words, the last as a prefix", async () => {
    const a = await agencyWithPortal();
    const manly = await postJob(a, { location: { city: "Manly", state: "NSW", postcode: "2095", country: "AU" } });
    t.clock.advanceDays(0.001);
    const perth = await postJob(a, { location: { city: "Perth", state: "WA", postcode: "6000", country: "AU" } });
    t.clock.advanceDays(0.001);
    const northSydney = await postJob(a, { location: { city: "North Sydney", state: "NSW", postcode: "2060", country: "AU" } });
    const ids = async (location: string) =>
      (await t.client().ok(BOARD, { slug: a.slug, first: 10, location })).portalJobs.nodes.map((n: { id: string }) => n.id);

    expect(await ids("nsw")).toEqual([northSydney, manly]);
    expect(await ids("Perth")).toEqual([perth]);
    expect(await ids("per")).toEqual([perth]);
    expect(await ids("6000")).toEqual([perth]);
    expect(await ids("Perth, WA")).toEqual([perth]);
    expect(await ids("sydney")).toEqual([northSydney]);
    expect(await ids("North Syd")).toEqual([northSydney]);
    expect(await ids("Manly QLD")).toEqual([]);
    expect(await ids("  ")).toEqual([northSydney, perth, manly]);
  });

  it("word + location finds only jobs matching both, words in the ad and place words in the place", async () => {
    const a = await agencyWithPortal();
    const chefPerth = await postJob(a, {
      title: "Head Chef",
      description: "Run a busy kitchen",
      location: { city: "Perth", state: "WA", postcode: "6000", country: "AU" },
    });
    t.clock.advanceDays(0.001);
    const chefSydney = await postJob(a, {
      title: "Sous Chef",
      description: "Relocate from Perth to our Sydney kitchen",
      location: { city: "Sydney", state: "NSW", postcode: "2000", country: "AU" },
    });
    t.clock.advanceDays(0.001);
    const baristaPerth = await postJob(a, {
      title: "Barista",
      description: "Coffee for chefs and guests",
      location: { city: "Perth", state: "WA", country: "AU" },
    });
    t.clock.advanceDays(0.001);
    const chefton = await postJob(a, {
      title: "Chef de partie",
      description: "Grill section",
      location: { city: "Chefton", state: "QLD", country: "AU" },
    });
    const board = async (vars: Record<string, unknown>) =>
      (await t.client().ok(BOARD, { slug: a.slug, first: 10, ...vars })).portalJobs;
    const ids = async (vars: Record<string, unknown>) => (await board(vars)).nodes.map((n: { id: string }) => n.id);

    expect(await ids({ query: "kitchen", location: "Perth" })).toEqual([chefPerth]); // not the Sydney ad that names Perth
    expect(await ids({ query: "head chef", location: "per" })).toEqual([chefPerth]);
    expect(await ids({ query: "kitchens", location: "6000" })).toEqual([chefPerth]); // stemmed words, postcode
    expect(await ids({ query: "coffee", location: "Perth" })).toEqual([baristaPerth]);
    expect(await ids({ query: "chef", location: "WA" })).toEqual([baristaPerth, chefPerth]); // "chefs" in the barista ad
    expect(await ids({ query: "chef", location: "NSW" })).toEqual([chefSydney]);
    expect(await ids({ query: "coffee", location: "Sydney" })).toEqual([]);
    expect(await ids({ query: "perth" })).toEqual([chefSydney]); // a word matches the ad, not the place
    expect(await ids({ location: "chef" })).toEqual([chefton]); // a place word matches the place, not the ad
    expect(await ids({ location: "kitchen" })).toEqual([]);
    expect(await ids({ query: "the", location: "Perth" })).toEqual([baristaPerth, chefPerth]); // stop words: place only
    expect((await board({ query: "kitchen", location: "Perth", first: 1 })).totalCount).toBe(1);
    expect((await board({ query: "chef", location: "WA", first: 1 })).totalCount).toBe(2);
  });

  it("treats tsquery and SQL syntax in the search box as plain words", async () => {
    const a = await agencyWithPortal();
    const id = await postJob(a, { title: "Barista", description: "Coffee & cake | tea", requirements: null });
    const board = async (vars: Record<string, unknown>) =>
      (await t.client().ok(BOARD, { slug: a.slug, first: 10, ...vars })).portalJobs;

    for (const query of [
      "a & b | !c :* '",
      "!",
      "barista:* | plumber",
      "'barista' <-> (",
      "\\",
      "barista') OR 1=1 --",
      "coffee <2> cake",
      "*:",
    ]) {
      const page = await board({ query });
      expect(page.nodes.length, query).toBeLessThanOrEqual(1);
    }
    expect((await board({ query: "barista:* | plumber" })).nodes).toEqual([]); // barista AND plumber AND...
    expect((await board({ query: "!barista" })).nodes).toEqual([{ id, title: "Barista" }]); // "!" is no NOT
    expect((await board({ query: "coffee & cake" })).nodes).toEqual([{ id, title: "Barista" }]);
    expect((await board({ query: "barista') OR 1=1 --" })).nodes).toEqual([]);
    expect((await board({ location: "'); DROP TABLE jobs; --" })).nodes).toEqual([]);
    expect((await board({ location: "Manly:* | !x" })).nodes).toEqual([]);
    expect((await board({ location: "Manly &" })).nodes).toEqual([{ id, title: "Barista" }]);
    expect((await board({})).totalCount).toBe(1);
  });

  it("gives a job page JSON-LD that parses and holds the job's fields, and an RSS feed", async () => {
    const a = await agencyWithPortal();
    const id = await postJob(a, { title: "Barista </script> & <b>co</b>" });
    const { portalJob } = await t.client().ok(BOARD_JOB, { slug: a.slug, id });
    expect(portalJob.jsonLd).not.toContain("</script>");
    const ld = JSON.parse(portalJob.jsonLd);
    expect(ld).toMatchObject({
      "@context": "https://schema.org/",
      "@type": "JobPosting",
      title: "Barista </script> & <b>co</b>",
      description: portalJob.description,
      datePosted: portalJob.publishedAt,
      validThrough: portalJob.closesAt,
      hiringOrganization: { "@type": "Organization", name: "Beach Cafe" },
      jobLocation: {
        "@type": "Place",
        address: { addressLocality: "Manly", addressRegion: "NSW", postalCode: "2095", addressCountry: "AU" },
      },
      baseSalary: { "@type": "MonetaryAmount", currency: "AUD", value: { minValue: 65000, maxValue: 72000, unitText: "YEAR" } },
    });
    // One canonical address per ad, whichever board shows it: the national board's.
    expect(ld.url).toMatch(new RegExp(`/jobs/${id}/barista-script-b-co-b$`));

    const rss = await fetch(`${t.url}/p/${a.slug}/rss.xml`);
    expect(rss.status).toBe(200);
    expect(rss.headers.get("content-type")).toMatch(/application\/rss\+xml/);
    const xml = await rss.text();
    expect(xml).toContain("<title>Barista &lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;</title>");
    expect(xml).toContain(`/p/${a.slug}/jobs/${id}</link>`);
    expect(xml).not.toContain("<b>");
  });
});

describe("uploads", () => {
  it("stores a PDF, DOC or DOCX judged by content and answers its id", async () => {
    const res = await upload(PDF, "My CV.pdf");
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      id: expect.any(String),
      filename: "My CV.pdf",
      contentType: "application/pdf",
      size: PDF.length,
    });
    const doc = await upload(
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]),
      "cv.bin",
    );
    expect(await doc.json()).toMatchObject({ contentType: "application/msword", filename: "cv.doc" });
    const raw = await fetch(`${t.url}/uploads`, {
      method: "POST",
      headers: { "content-type": "application/pdf", "x-filename": "raw.pdf" },
      body: PDF,
    });
    expect(raw.status).toBe(201);
  });

  it("refuses a PNG renamed .pdf, an empty file and a 6 MB file with clear messages, storing nothing", async () => {
    const before = await uploadCount();
    const png = await upload(PNG, "cv.pdf");
    expect(png.status).toBe(400);
    expect(await png.json()).toMatchObject({ code: "BAD_USER_INPUT", error: expect.stringMatching(/PDF, DOC or DOCX/) });
    const empty = await upload(Buffer.alloc(0), "cv.pdf");
    expect(empty.status).toBe(400);
    expect((await empty.json()).error).toMatch(/empty/);
    const big = await upload(Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024)]), "big.pdf");
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatch(/larger than 5 MB/);
    const missing = await fetch(`${t.url}/uploads`, { method: "POST", body: new FormData() });
    expect(missing.status).toBe(400);
    expect(await uploadCount()).toBe(before);
  });
});

describe("applying and working the applications", () => {
  it("needs consent and a visible job, then records the application with its source and mails a confirmation", async () => {
    const a = await agencyWithPortal();
    const jobId = await postJob(a);
    const anyone = t.client();
    const noConsent = await anyone.fails(APPLY, { input: applyInput(a, jobId, { consent: false }) });
    expect(noConsent.extensions?.code).toBe("BAD_USER_INPUT");
    expect(noConsent.extensions?.fields?.consent).toMatch(/privacy notice/);
    const bad = await anyone.fails(APPLY, { input: applyInput(a, jobId, { name: " ", email: "nope" }) });
    expect(Object.keys(bad.extensions?.fields ?? {}).sort()).toEqual(["email", "name"]);
    expect((await anyone.fails(APPLY, { input: applyInput(a, jobId, { portalSlug: "elsewhere" }) })).extensions?.code).toBe(
      "NOT_FOUND",
    );

    const { id: uploadId } = await (await upload(PDF, "ann.pdf")).json();
    const { applyToJob } = await anyone.ok(APPLY, { input: applyInput(a, jobId, { resumeUploadId: uploadId, source: "seek" }) });
    expect(applyToJob).toMatchObject({ jobTitle: "Barista", submittedAt: expect.any(String) });
    const reused = await anyone.fails(APPLY, { input: applyInput(a, jobId, { resumeUploadId: uploadId }) });
    expect(reused.extensions?.fields?.resumeUploadId).toMatch(/Upload your CV again/);

    const { devMailbox } = await anyone.ok(`query($to: String) { devMailbox(to: $to) { subject text } }`, {
      to: "ann@example.com",
    });
    expect(devMailbox[0].subject).toBe("Application received: Barista");
    expect(devMailbox[0].text).toContain(applyToJob.id);

    const { applications } = await a.client.client.ok(APPLICATIONS, { jobId });
    expect(applications).toEqual([
      {
        id: applyToJob.id,
        candidateName: "Ann Candidate",
        candidateEmail: "ann@example.com",
        phone: "0400 000 000",
        coverNote: "Hello",
        resumeUrl: `/applications/${applyToJob.id}/resume`,
        status: "NEW",
        outcomeReason: null,
        source: "seek",
        consentAt: applyToJob.submittedAt,
        job: { id: jobId, title: "Barista", applicationCount: 1 },
      },
    ]);
    const { jobs } = await a.client.client.ok(`{ jobs(first: 10) { nodes { id applicationCount } } }`);
    expect(jobs.nodes.find((j: { id: string }) => j.id === jobId).applicationCount).toBe(1);

    // The employer opens the CV with its session cookie; the agency does while accessing the client.
    const byEmployer = await fetch(`${t.url}${applications[0].resumeUrl}`, { headers: { cookie: cookieOf(a.client.client) } });
    expect(byEmployer.status).toBe(200);
    expect(byEmployer.headers.get("content-type")).toBe("application/pdf");
    expect(byEmployer.headers.get("content-disposition")).toContain('filename="ann.pdf"');
    expect(Buffer.from(await byEmployer.arrayBuffer()).equals(PDF)).toBe(true);
    await a.agency.client.ok(ACCESS, { id: a.connectionId });
    expect((await a.agency.client.ok(APPLICATIONS, { jobId })).applications).toHaveLength(1);
    expect((await fetch(`${t.url}${applications[0].resumeUrl}`, { headers: { cookie: cookieOf(a.agency.client) } })).status).toBe(
      200,
    );
    await a.agency.client.ok(LEAVE);
  });

  it("takes one application per candidate and job: the same email in any case is a CONFLICT on the email field", async () => {
    const a = await agencyWithPortal();
    const jobId = await postJob(a);
    const otherJobId = await postJob(a);
    await t.client().ok(APPLY, { input: applyInput(a, jobId) });
    const { id: uploadId } = await (await upload(PDF, "ann-again.pdf")).json();
    const twice = await t
      .client()
      .fails(APPLY, { input: applyInput(a, jobId, { email: "ANN@example.com", resumeUploadId: uploadId }) });
    expect(twice.extensions?.code).toBe("CONFLICT");
    expect(twice.extensions?.fields?.email).toBe("You have already applied for this job with this email address.");
    // Nothing of the refused try was kept: its CV is still free for an application that is taken.
    await t.client().ok(APPLY, { input: applyInput(a, otherJobId, { resumeUploadId: uploadId }) });
    await t.client().ok(APPLY, { input: applyInput(a, jobId, { email: "bo@example.com", name: "Bo" }) });
    const { applications } = await a.client.client.ok(APPLICATIONS, { jobId });
    expect(applications.map((x: { candidateEmail: string }) => x.candidateEmail).sort()).toEqual([
      "ann@example.com",
      "bo@example.com",
    ]);
  });

  it("moves an application through its statuses, keeping a reason for REJECTED", async () => {
    const a = await agencyWithPortal();
    const jobId = await postJob(a);
    const { applyToJob } = await t.client().ok(APPLY, { input: applyInput(a, jobId) });
    const employerClient = a.client.client;
    expect(
      (await employerClient.ok(SET_STATUS, { id: applyToJob.id, status: "SHORTLISTED" })).setApplicationStatus,
    ).toMatchObject({ status: "SHORTLISTED", outcomeReason: null });
    const noReason = await employerClient.fails(SET_STATUS, { id: applyToJob.id, status: "REJECTED" });
    expect(noReason.extensions?.code).toBe("BAD_USER_INPUT");
    expect(noReason.extensions?.fields?.outcomeReason).toBeDefined();
    await a.agency.client.ok(ACCESS, { id: a.connectionId });
    expect(
      (await a.agency.client.ok(SET_STATUS, { id: applyToJob.id, status: "REJECTED", reason: "No barista experience" }))
        .setApplicationStatus,
    ).toEqual({
      id: applyToJob.id,
      status: "REJECTED",
      outcomeReason: "No barista experience",
    });
    await a.agency.client.ok(LEAVE);
    expect((await employerClient.ok(APPLICATIONS, { jobId, status: "REJECTED" })).applications).toHaveLength(1);
    expect((await employerClient.ok(APPLICATIONS, { jobId, status: "NEW" })).applications).toHaveLength(0);
    const { auditEvents } = await employerClient.ok(
      `{ auditEvents(first: 5) { nodes { action actingServiceProvider { id } } } }`,
    );
    expect(auditEvents.nodes[0]).toEqual({
      action: "application.status",
      actingServiceProvider: { id: a.agency.organizationId },
    });
  });

  it("a candidate can never read applications or CVs; another agency or employer gets NOT_FOUND", async () => {
    const a = await agencyWithPortal();
    const jobId = await postJob(a);
    const { id: uploadId } = await (await upload(PDF, "cv.pdf")).json();
    const candidate = t.client();
    const { applyToJob } = await candidate.ok(APPLY, { input: applyInput(a, jobId, { resumeUploadId: uploadId }) });
    const resumeUrl = `${t.url}/applications/${applyToJob.id}/resume`;

    expect((await candidate.fails(APPLICATIONS, { jobId })).extensions?.code).toBe("UNAUTHENTICATED");
    expect((await candidate.fails(SET_STATUS, { id: applyToJob.id, status: "HIRED" })).extensions?.code).toBe("UNAUTHENTICATED");
    expect((await fetch(resumeUrl)).status).toBe(401);

    const otherEmployer = await employer(t);
    const otherAgency = await serviceProvider(t);
    for (const outsider of [otherEmployer, otherAgency, a.agency /* not accessing the client */]) {
      expect((await outsider.client.fails(APPLICATIONS, { jobId })).extensions?.code).toBe("NOT_FOUND");
      expect((await outsider.client.fails(SET_STATUS, { id: applyToJob.id, status: "HIRED" })).extensions?.code).toBe(
        "NOT_FOUND",
      );
      expect((await fetch(resumeUrl, { headers: { cookie: cookieOf(outsider.client) } })).status).toBe(404);
    }
    const { createAccessToken } = await otherEmployer.client.ok(`mutation { createAccessToken(name: "script") { secret } }`);
    expect((await fetch(resumeUrl, { headers: { authorization: `Bearer ${createAccessToken.secret}` } })).status).toBe(404);
    expect((await otherEmployer.client.fails(APPLICATIONS, { jobId: "not-a-uuid" })).extensions?.code).toBe("NOT_FOUND");
  });

  it("limits uploads and applications per address", async () => {
    const a = await agencyWithPortal();
    const jobId = await postJob(a);
    const now = t.clock.now().toISOString();
    await t.database.db.execute(sql`INSERT INTO rate_limits (key, count, window_started_at) VALUES
      ('upload:address:127.0.0.1', 200, ${now}::timestamptz), ('apply:address:127.0.0.1', 200, ${now}::timestamptz)
      ON CONFLICT (key) DO UPDATE SET count = 200, window_started_at = EXCLUDED.window_started_at`);
    try {
      const res = await upload(PDF, "cv.pdf");
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await res.json()).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
      const limited = await t.client().fails(APPLY, { input: applyInput(a, jobId) });
      expect(limited.extensions?.code).toBe("RATE_LIMITED");
      expect(limited.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await t.database.db.execute(sql`DELETE FROM rate_limits WHERE key LIKE '%:address:127.0.0.1'`);
    }
  });
});
