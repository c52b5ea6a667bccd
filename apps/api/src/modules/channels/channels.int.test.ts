import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { sql } from "drizzle-orm";
import { addDays, dayIn } from "@app/domain";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer, grantCredits, type SignedUp } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../../test/jobs.js";
import { lmtJobInput } from "../../../test/lmt.js";

let t: TestApp;
let boss: SignedUp;
beforeAll(async () => {
  t = await startTestApp();
  boss = await employer(t, { organizationName: "Harbour <Kitchens> & Co" });
  await grantCredits(t, boss.organizationId, 50);
});
afterAll(() => t.close());

const CHANNELS = `{ channels { slug name nationalReach feedFormat enabled feedUrl } }`;
const JOB_CHANNELS = `query($id: ID!) { job(id: $id) { id channels { channel { slug } on choosable stays { enteredAt leftAt } } } }`;
const CHOOSE = `mutation($id: ID!, $c: [String!]!) { chooseJobChannels(jobId: $id, channels: $c) { channel { slug } on } }`;
const SET = `mutation($id: ID!, $c: String!, $on: Boolean!) { setJobChannel(jobId: $id, channel: $c, on: $on) { channel { slug } on stays { enteredAt leftAt } } }`;
const REPORT = `query($id: ID!) { lmtReport(jobId: $id) { compliant
  checks { code passed detail }
  placements { id board nationalReach sourceCode trackingUrl startsOn endsOn days applicationCount views }
  runs { board days counted gaps { after resumedOn days } } } }`;
const BOARD_JOB = `query($id: ID!, $source: String) { boardJob(id: $id, source: $source) { id } }`;
const APPLY = `mutation($input: ApplyInput!) { applyToJob(input: $input) { id } }`;

const FEED_ELEMENTS = [
  "title",
  "date",
  "referencenumber",
  "url",
  "company",
  "city",
  "state",
  "country",
  "postalcode",
  "description",
  "salary",
  "jobtype",
  "expirationdate",
];

async function createJob(input: Record<string, unknown>, publish = true): Promise<string> {
  const { createJob } = await boss.client.ok(CREATE_JOB, { input });
  if (publish) await boss.client.ok(PUBLISH_JOB, { id: createJob.id });
  return createJob.id as string;
}

async function feed(slug: string) {
  const res = await fetch(`${t.url}/feeds/${slug}.xml`);
  const text = await res.text();
  return { res, text };
}

function parseFeed(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const parsed = new XMLParser({ cdataPropName: false, parseTagValue: false, isArray: (name) => name === "job" }).parse(text);
  return parsed.source as { publisher: string; publisherurl: string; lastBuildDate: string; job?: Record<string, string>[] };
}

describe("channels are data", () => {
  it("seeds the national board, Google for Jobs and XML feeds", async () => {
    const { channels } = await boss.client.ok(CHANNELS);
    const bySlug = Object.fromEntries(channels.map((c: { slug: string }) => [c.slug, c]));
    expect(bySlug.jobs).toMatchObject({ feedFormat: "board", nationalReach: true, feedUrl: null });
    expect(bySlug["google-jobs"]).toMatchObject({ feedFormat: "google-jobs" });
    expect(bySlug.indeed).toMatchObject({ feedFormat: "indeed-xml", nationalReach: true, feedUrl: `${t.url}/feeds/indeed.xml` });
    expect(bySlug.adzuna).toMatchObject({ feedFormat: "indeed-xml", nationalReach: true });
    expect(bySlug.aggregator).toMatchObject({ feedFormat: "indeed-xml", nationalReach: false });
  });

  it("an unknown or board channel has no feed", async () => {
    expect((await feed("nope")).res.status).toBe(404);
    expect((await feed("jobs")).res.status).toBe(404);
  });
});

describe("XML feeds", () => {
  let hostile: string;
  let lmtId: string;
  let draftId: string;
  let closedId: string;

  beforeAll(async () => {
    hostile = await createJob(
      jobInput({
        title: "Cook ]]> <script>alert(1)</script> bell",
        description: "Line one & <b>bold</b>\n\nEnds a CDATA ]]> here and there",
        requirements: "Knife skills",
        location: { city: "Sydney", state: "NSW", postcode: "2000", country: "AU" },
        salary: { min: 60000, max: 65000, period: "YEAR", currency: "AUD" },
      }),
    );
    lmtId = await createJob(lmtJobInput({ title: "LMT Chef" }));
    draftId = await createJob(jobInput({ title: "Draft Chef" }), false);
    closedId = await createJob(jobInput({ title: "Closed Chef", durationDays: 1 }));
    // The closed ad's day passes for it alone: close it by moving its closing moment back.
    await t.database.db.execute(sql`UPDATE jobs SET closes_at = now() - interval '1 minute' WHERE id = ${closedId}`);
    // Control characters the form refuses, as older rows or an import may still hold them.
    await t.database.db.execute(
      sql`UPDATE jobs SET title = title || chr(7) || ' bell', description = replace(description, ' and ', chr(31) || ' and ' || chr(11)) WHERE id = ${hostile}`,
    );
  });

  it("holds every element of every open ad of the channel, and no draft or closed one", async () => {
    const { res, text } = await feed("aggregator");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/xml/);
    const source = parseFeed(text);
    expect(source.publisher).toBe("Job Ads");
    expect(source.publisherurl).toBe(t.url);
    expect(Number.isNaN(Date.parse(source.lastBuildDate))).toBe(false);
    const jobs = source.job ?? [];
    const ids = jobs.map((j) => j.referencenumber);
    expect(ids).toContain(hostile);
    // The LMT ad went to the national feeds only; the draft and the closed ad are in no feed.
    expect(ids).not.toContain(lmtId);
    expect(ids).not.toContain(draftId);
    expect(ids).not.toContain(closedId);
    for (const job of jobs) {
      for (const element of FEED_ELEMENTS) expect(job, `${job.referencenumber} <${element}>`).toHaveProperty(element);
      const url = new URL(job.url!);
      expect(url.origin).toBe(t.url);
      expect(url.searchParams.get("source")).toBe("aggregator");
      expect(url.pathname).toBe(`/jobs/${job.referencenumber}/${url.pathname.split("/")[3]}`);
    }
    const lmtFeed = parseFeed((await feed("indeed")).text).job ?? [];
    expect(lmtFeed.map((j) => j.referencenumber)).toEqual(expect.arrayContaining([hostile, lmtId]));
    expect(lmtFeed.find((j) => j.referencenumber === lmtId)!.url).toContain("source=indeed");
  });

  it("escapes hostile text: a CDATA end, control characters and markup", async () => {
    const { text } = await feed("aggregator");
    const job = parseFeed(text).job!.find((j) => j.referencenumber === hostile)!;
    expect(job.title).toBe("Cook ]]> <script>alert(1)</script> bell bell");
    // The description is HTML for the aggregator: the ad's own markup arrives as text, never as tags.
    expect(job.description).toContain("Line one &amp; &lt;b&gt;bold&lt;/b&gt;");
    expect(job.description).toContain("Ends a CDATA ]]&gt; here and there");
    expect(job.description).not.toMatch(/<b>|<script/);
    expect(job.company).toBe("Harbour <Kitchens> & Co");
    // eslint-disable-next-line no-control-regex -- the point: none may be left
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(job).toMatchObject({ city: "Sydney", state: "NSW", postalcode: "2000", country: "AU", jobtype: "fulltime" });
    expect(job.salary).toContain("60,000");
  });

  it("turning a feed off takes the ad out that day and ends its placement; on starts a new one", async () => {
    const off = await boss.client.ok(SET, { id: lmtId, c: "indeed", on: false });
    const indeed = off.setJobChannel.find((c: { channel: { slug: string } }) => c.channel.slug === "indeed");
    expect(indeed.on).toBe(false);
    expect(indeed.stays).toHaveLength(1);
    expect(indeed.stays[0].leftAt).not.toBeNull();
    expect((parseFeed((await feed("indeed")).text).job ?? []).map((j) => j.referencenumber)).not.toContain(lmtId);
    const today = dayIn(t.clock.now(), "Australia/Sydney");
    const { lmtReport } = await boss.client.ok(REPORT, { id: lmtId });
    const placement = lmtReport.placements.find((p: { sourceCode: string }) => p.sourceCode === "indeed");
    expect(placement).toMatchObject({ board: "Indeed", nationalReach: true, startsOn: today, endsOn: today });

    const on = await boss.client.ok(SET, { id: lmtId, c: "indeed", on: true });
    expect(on.setJobChannel.find((c: { channel: { slug: string } }) => c.channel.slug === "indeed").stays).toHaveLength(2);
    expect((parseFeed((await feed("indeed")).text).job ?? []).map((j) => j.referencenumber)).toContain(lmtId);
    // On again is a new placement beside the ended one, not the old one reopened.
    const again = (await boss.client.ok(REPORT, { id: lmtId })).lmtReport.placements.filter(
      (p: { sourceCode: string }) => p.sourceCode === "indeed",
    );
    expect(again).toHaveLength(2);
    expect(again.map((p: { endsOn: string | null }) => p.endsOn)).toContain(today);
    expect(new Set(again.map((p: { id: string }) => p.id)).size).toBe(2);
    // The board and Google for Jobs carry every open ad: they cannot be turned off for one.
    const refused = await boss.client.request(SET, { id: lmtId, c: "jobs", on: false });
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});

describe("chosen at publish", () => {
  it("a draft shows its defaults, keeps a choice, and enters exactly the chosen channels at publish", async () => {
    const id = await createJob(lmtJobInput({ title: "Chosen Chef" }), false);
    const before = await boss.client.ok(JOB_CHANNELS, { id });
    const onBefore = before.job.channels
      .filter((c: { on: boolean }) => c.on)
      .map((c: { channel: { slug: string } }) => c.channel.slug);
    expect(onBefore).toEqual(["jobs", "google-jobs", "adzuna", "indeed"]);
    await boss.client.ok(CHOOSE, { id, c: ["adzuna"] });
    await boss.client.ok(PUBLISH_JOB, { id });
    const after = await boss.client.ok(JOB_CHANNELS, { id });
    const entered = after.job.channels
      .filter((c: { on: boolean }) => c.on)
      .map((c: { channel: { slug: string } }) => c.channel.slug);
    expect(entered).toEqual(["jobs", "google-jobs", "adzuna"]);
    for (const c of after.job.channels.filter((c: { on: boolean }) => c.on)) expect(c.stays[0].enteredAt).not.toBeNull();
    const unknown = await boss.client.request(CHOOSE, { id: await createJob(jobInput(), false), c: ["jobs"] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("tracked per channel", () => {
  it("a view and an application through channel X count on X's placement, once per visitor a day", async () => {
    const id = await createJob(lmtJobInput({ title: "Tracked Chef" }));
    const visitor = t.client();
    await visitor.ok(BOARD_JOB, { id, source: "adzuna" });
    await visitor.ok(BOARD_JOB, { id, source: "adzuna" });
    await visitor.ok(BOARD_JOB, { id });
    await visitor.ok(APPLY, {
      input: { portalSlug: "jobs", jobId: id, name: "Ann Candidate", email: "ann@example.com", consent: true, source: "adzuna" },
    });
    const { lmtReport } = await boss.client.ok(REPORT, { id });
    const of = (code: string) => lmtReport.placements.find((p: { sourceCode: string }) => p.sourceCode === code);
    expect(of("adzuna")).toMatchObject({ views: 1, applicationCount: 1 });
    expect(of("indeed")).toMatchObject({ views: 0, applicationCount: 0 });
    expect(of("jobs")).toMatchObject({ views: 1, applicationCount: 0 });
    expect(of("adzuna").trackingUrl).toBe(`${t.url}/jobs/${id}/tracked-chef?source=adzuna`);
  });
});

describe("placements fill themselves (a moved clock)", () => {
  const check = (report: { checks: { code: string; passed: boolean; detail: string | null }[] }, code: string) =>
    report.checks.find((c) => c.code === code)!;

  it("the national board and one national feed for 28 days pass national reach and continuity; a 3-day gap is reported", async () => {
    const start = t.clock.now();
    try {
      const steady = await createJob(lmtJobInput({ title: "Steady Chef", durationDays: 40 }), false);
      await boss.client.ok(CHOOSE, { id: steady, c: ["indeed"] });
      await boss.client.ok(PUBLISH_JOB, { id: steady });
      const gappy = await createJob(lmtJobInput({ title: "Gappy Chef", durationDays: 40 }), false);
      await boss.client.ok(CHOOSE, { id: gappy, c: ["indeed"] });
      await boss.client.ok(PUBLISH_JOB, { id: gappy });
      const firstDay = dayIn(t.clock.now(), "Australia/Sydney");

      t.clock.advanceDays(9);
      await boss.client.ok(SET, { id: gappy, c: "indeed", on: false });
      t.clock.advanceDays(4);
      await boss.client.ok(SET, { id: gappy, c: "indeed", on: true });
      t.clock.advanceDays(16);

      const steadyReport = (await boss.client.ok(REPORT, { id: steady })).lmtReport;
      expect(check(steadyReport, "NATIONAL_REACH").passed).toBe(true);
      expect(check(steadyReport, "CONTINUITY").passed).toBe(true);
      const counted = steadyReport.runs.filter((r: { counted: boolean }) => r.counted).map((r: { board: string }) => r.board);
      expect(counted).toEqual(expect.arrayContaining(["Job Ads Australia (national job board)", "Indeed"]));

      const gappyReport = (await boss.client.ok(REPORT, { id: gappy })).lmtReport;
      expect(check(gappyReport, "CONTINUITY").passed).toBe(false);
      expect(check(gappyReport, "CONTINUITY").detail).toContain(
        `Indeed: not advertised for 3 days after ${addDays(firstDay, 9)}`,
      );
      const indeedRuns = gappyReport.runs.filter((r: { board: string }) => r.board === "Indeed");
      expect(indeedRuns[1].gaps).toEqual([{ after: addDays(firstDay, 9), resumedOn: addDays(firstDay, 13), days: 3 }]);
    } finally {
      t.clock.set(start);
    }
  });
});
