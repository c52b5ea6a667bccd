import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, dayIn } from "@app/domain";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import {
  activeConnection,
  employer,
  expectLedgerHolds,
  grantCredits,
  serviceProvider,
  type SignedUp,
} from "../../../test/factories.js";
import { BALANCE, CREATE_JOB, PUBLISH_JOB, UPDATE_JOB, jobInput } from "../../../test/jobs.js";
import type { GqlClient } from "../../../test/gql.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const LMT_CHECKS = `query($input: JobInput!) { lmtChecks(input: $input) { code label passed detail atPublish } }`;
const UPDATE_CONFIRMED = `mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, input: $input, confirmLmtRecordChange: true) { id title revisions { number title afterPublish author { email } } } }`;
const REPORT_FIELDS = `compliant daysAdvertised applicationCount csvUrl pdfUrl advertisedFrom advertisedUntil
  earliestLodgement latestLodgement intendedLodgement redundancyOn salaryText annualEarnings salaryThreshold
  job { id title showSalary } checks { code passed detail atPublish }
  placements { id isPortalAd board nationalReach url sourceCode trackingUrl startsOn endsOn days applicationCount views }
  runs { board startsOn endsOn days counted gaps { after resumedOn days } }
  applications { candidateName source placementBoard status outcomeReason }
  outcomes { status count }
  revisions { number title afterPublish createdAt author { email } }
  firstPublishedRevision { number title afterPublish }`;
const REPORT = `query($jobId: ID!) { lmtReport(jobId: $jobId) { ${REPORT_FIELDS} } }`;
const ADD_PLACEMENT = `mutation($jobId: ID!, $input: LmtPlacementInput!) { addLmtPlacement(jobId: $jobId, input: $input) { placements { id board sourceCode } } }`;
const REMOVE_PLACEMENT = `mutation($id: ID!) { removeLmtPlacement(id: $id) { placements { id board } } }`;
const SET_DATES = `mutation($jobId: ID!, $lodge: String, $redundancy: String) { setLmtDates(jobId: $jobId, intendedLodgement: $lodge, redundancyOn: $redundancy) { intendedLodgement redundancyOn earliestLodgement latestLodgement } }`;
const SAVE_PORTAL = `mutation($input: PortalInput!) { savePortal(input: $input) { slug } }`;
const ACCESS = `mutation($id: ID!) { accessCompany(connectionId: $id) { currentOrganization { id } } }`;
const BOARD_JOB = `query($slug: String!, $id: ID!) { portalJob(slug: $slug, id: $id) { id title salary { min max } jsonLd } }`;
const APPLY = `mutation($input: ApplyInput!) { applyToJob(input: $input) { id } }`;
const APPLICATIONS = `query($jobId: ID!) { applications(jobId: $jobId) { id candidateName } }`;
const SET_STATUS = `mutation($id: ID!, $status: ApplicationStatus!, $reason: String) { setApplicationStatus(id: $id, status: $status, outcomeReason: $reason) { id } }`;

/** A Labour Market Testing ad: a chef paid $70,000-$78,000 a year (under the $96,400 threshold). */
function lmtInput(overrides: Record<string, unknown> = {}) {
  return jobInput({
    title: "Chef de Partie",
    description: "Lead the grill section of our busy kitchen. You will work with a team of six and train junior cooks.",
    requirements: "Certificate IV in Commercial Cookery and 2 years of experience as a chef",
    salary: { min: 70000, max: 78000, period: "YEAR", currency: "AUD" },
    occupationCode: "351311",
    lmt: true,
    durationDays: 28,
    ...overrides,
  });
}

function cookieOf(client: GqlClient): string {
  const jar = (client as unknown as { cookies: Map<string, string> }).cookies;
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** The text a PDF shows (pdfkit, uncompressed: hex strings in TJ arrays). */
function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const [, body] of pdf.toString("latin1").matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    lines.push([...body!.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex!, "hex").toString("latin1")).join(""));
  }
  return lines.join("\n");
}

const failing = (checks: { code: string; passed: boolean }[]) => checks.filter((c) => !c.passed).map((c) => c.code);

describe("publishing an LMT ad (R8)", () => {
  it("shows the publish checks live for the unsaved form", async () => {
    const cafe = await employer(t, { organizationName: "Coastal Cafe" });
    const hidden = (await cafe.client.ok(LMT_CHECKS, { input: lmtInput({ showSalary: false }) })).lmtChecks;
    expect(failing(hidden)).toEqual(["SALARY"]);
    expect(hidden.find((c: { code: string }) => c.code === "SALARY").detail).toBe(
      "Salary must be shown: the role pays $78,000, under the $96,400 threshold.",
    );
    expect(hidden.every((c: { atPublish: boolean }) => c.atPublish)).toBe(true);
    expect(failing((await cafe.client.ok(LMT_CHECKS, { input: lmtInput() })).lmtChecks)).toEqual([]);
    expect(
      failing((await cafe.client.ok(LMT_CHECKS, { input: lmtInput({ requirements: "", showSalary: false }) })).lmtChecks),
    ).toEqual(["SKILLS", "SALARY"]);
    expect((await t.client().fails(LMT_CHECKS, { input: lmtInput() })).extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("an LMT draft hiding a salary under the threshold cannot be published and nothing is charged; fixed, it publishes", async () => {
    const cafe = await employer(t, { organizationName: "Coastal Cafe" });
    await grantCredits(t, cafe.organizationId, 2);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: lmtInput({ showSalary: false }) });

    const refused = await cafe.client.fails(PUBLISH_JOB, { id: createJob.id });
    expect(refused.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.message).toMatch(/Shows the salary when it is under \$96,400 a year/);
    expect(Object.keys(refused.extensions?.fields ?? {})).toEqual(["SALARY"]);
    // A card is not charged either: the checks run before any payment.
    const chargesBefore = t.payments.charges.size;
    const none = await employer(t);
    const { createJob: byCard } = await none.client.ok(CREATE_JOB, { input: lmtInput({ showSalary: false }) });
    expect((await none.client.fails(PUBLISH_JOB, { id: byCard.id, payment: { token: "tok_visa" } })).extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect(t.payments.charges.size).toBe(chargesBefore);

    const { job } = await cafe.client.ok(`query($id: ID!) { job(id: $id) { status payment { source } } }`, { id: createJob.id });
    expect(job).toEqual({ status: "DRAFT", payment: null });
    expect((await cafe.client.ok(BALANCE)).viewer.currentOrganization.creditBalance).toBe(2);
    expect(await expectLedgerHolds(t, cafe.organizationId)).toBe(2);

    // A hidden salary at or over the threshold is fine; under it, showing it fixes the ad.
    await cafe.client.ok(UPDATE_JOB, { id: createJob.id, input: lmtInput({ showSalary: true }) });
    const { publishJob } = await cafe.client.ok(PUBLISH_JOB, { id: createJob.id });
    expect(publishJob.status).toBe("PUBLISHED");
    expect(await expectLedgerHolds(t, cafe.organizationId)).toBe(1);
  });

  it("editing a published LMT ad asks for confirmation, keeps every revision and the ad as first published", async () => {
    const cafe = await employer(t, { organizationName: "Coastal Cafe" });
    await grantCredits(t, cafe.organizationId, 1);
    const { createJob } = await cafe.client.ok(CREATE_JOB, { input: lmtInput() });
    await cafe.client.ok(PUBLISH_JOB, { id: createJob.id });

    const unconfirmed = await cafe.client.fails(UPDATE_JOB, {
      id: createJob.id,
      input: lmtInput({ title: "Senior Chef de Partie" }),
    });
    expect(unconfirmed.extensions?.code).toBe("CONFLICT");
    expect(unconfirmed.message).toBe(
      "Changing a published LMT ad changes the advertising record. Confirm to save this as a new revision.",
    );

    t.clock.advanceDays(1);
    const { updateJob } = await cafe.client.ok(UPDATE_CONFIRMED, {
      id: createJob.id,
      input: lmtInput({ title: "Senior Chef de Partie" }),
    });
    expect(updateJob.revisions).toEqual([
      { number: 1, title: "Chef de Partie", afterPublish: false, author: { email: cafe.email } },
      { number: 2, title: "Senior Chef de Partie", afterPublish: true, author: { email: cafe.email } },
    ]);
    // Still held to the checks: hiding a salary under the threshold is refused, even confirmed.
    const hiding = await cafe.client.fails(UPDATE_CONFIRMED, { id: createJob.id, input: lmtInput({ showSalary: false }) });
    expect(hiding.extensions?.code).toBe("BAD_USER_INPUT");
    expect(hiding.extensions?.fields?.SALARY).toMatch(/Salary must be shown/);

    const { lmtReport } = await cafe.client.ok(REPORT, { jobId: createJob.id });
    expect(lmtReport.firstPublishedRevision).toEqual({ number: 1, title: "Chef de Partie", afterPublish: false });
    expect(lmtReport.revisions.map((r: { number: number }) => r.number)).toEqual([1, 2]);
    expect(lmtReport.job.title).toBe("Senior Chef de Partie");

    // A move to another city and to part-time work is kept in the record too, with the CSV.
    await cafe.client.ok(UPDATE_CONFIRMED, {
      id: createJob.id,
      input: lmtInput({
        title: "Senior Chef de Partie",
        workType: "PART_TIME",
        location: { city: "Newcastle", state: "NSW", postcode: "2300", country: "AU" },
      }),
    });
    const { job } = await cafe.client.ok(
      `query($id: ID!) { job(id: $id) { revisions { number workType showSalary location { city postcode } } } }`,
      { id: createJob.id },
    );
    expect(job.revisions).toEqual([
      { number: 1, workType: "FULL_TIME", showSalary: true, location: { city: "Manly", postcode: "2095" } },
      { number: 2, workType: "FULL_TIME", showSalary: true, location: { city: "Manly", postcode: "2095" } },
      { number: 3, workType: "PART_TIME", showSalary: true, location: { city: "Newcastle", postcode: "2300" } },
    ]);
    const csv = await (
      await fetch(`${t.url}${(await cafe.client.ok(REPORT, { jobId: createJob.id })).lmtReport.csvUrl}`, {
        headers: { cookie: cookieOf(cafe.client) },
      })
    ).text();
    expect(csv).toContain("Number,Saved at,Author,After publish,Title,Salary,Salary shown,Work type,Location,Requirements");
    expect(csv).toMatch(
      /\n3,[^\n]*,Senior Chef de Partie,70000-78000 AUD per year,Yes,PART_TIME,Newcastle NSW 2300,Certificate IV/,
    );
  });
});

describe("the LMT report of an agency's ad", () => {
  let agency: SignedUp;
  let client: SignedUp;
  let connectionId: string;
  let slug: string;
  let jobId: string;
  let today: string;

  beforeAll(async () => {
    agency = await serviceProvider(t, { organizationName: "Harbour Migration" });
    client = await employer(t, { organizationName: "Coastal Cafe" });
    connectionId = await activeConnection(t, agency, client);
    await grantCredits(t, client.organizationId, 5);
    slug = `harbour-${Date.now().toString(36)}`;
    await agency.client.ok(SAVE_PORTAL, { input: { slug, title: "Harbour Jobs" } });
    await agency.client.ok(ACCESS, { id: connectionId });
    // Pays over the threshold, so hiding the salary passes the checks.
    const input = lmtInput({ showSalary: false, salary: { min: 98000, max: 105000, period: "YEAR", currency: "AUD" } });
    const { createJob } = await agency.client.ok(CREATE_JOB, { input });
    await agency.client.ok(PUBLISH_JOB, { id: createJob.id });
    jobId = createJob.id;
    today = dayIn(t.clock.now(), "Australia/Sydney");
  });

  it("hides a hidden salary on the public board and counts views of the portal ad", async () => {
    const anyone = t.client();
    const { portalJob } = await anyone.ok(BOARD_JOB, { slug, id: jobId });
    expect(portalJob.salary).toBeNull();
    expect(portalJob.jsonLd).not.toContain("baseSalary");
    expect(portalJob.jsonLd).not.toContain("98000");
    await anyone.ok(BOARD_JOB, { slug, id: jobId });
    const { lmtReport } = await agency.client.ok(REPORT, { jobId });
    expect(lmtReport.job.showSalary).toBe(false);
    expect(lmtReport.salaryText).toBe("$98,000 - $105,000 a year (AUD)");
    const portalAd = lmtReport.placements.find((p: { isPortalAd: boolean }) => p.isPortalAd);
    expect(portalAd).toMatchObject({
      board: "Harbour Jobs job board",
      sourceCode: "portal",
      startsOn: today,
      endsOn: null,
      days: 1,
    });
    // Views count once per visitor, tracking code and day (issue 14): the reads above are one visitor's.
    expect(portalAd.views).toBe(1);
    expect(portalAd.trackingUrl).toMatch(new RegExp(`/p/${slug}/jobs/${jobId}$`));
  });

  it("records placements, flags a gap, gives the lodgement dates, counts applications per placement with outcomes", async () => {
    const add = (input: Record<string, unknown>) => agency.client.ok(ADD_PLACEMENT, { jobId, input });
    await add({
      board: "SEEK",
      nationalReach: true,
      url: "https://www.seek.com.au/job/1",
      startsOn: addDays(today, -10),
      endsOn: addDays(today, 20),
    });
    await add({
      board: "Jora",
      nationalReach: true,
      url: "https://au.jora.com/job/2",
      startsOn: addDays(today, -5),
      endsOn: addDays(today, 25),
    });
    await add({ board: "Adzuna", nationalReach: true, startsOn: addDays(today, -20), endsOn: addDays(today, -12) });
    const { addLmtPlacement } = await add({
      board: "Adzuna",
      nationalReach: true,
      startsOn: addDays(today, -9),
      endsOn: addDays(today, 30),
    });
    // The ad's channels (issue 14) are placements too; a recorded "Adzuna" takes a code after the channel's.
    expect(addLmtPlacement.placements.map((p: { sourceCode: string }) => p.sourceCode).sort()).toEqual([
      "adzuna",
      "adzuna-2",
      "adzuna-3",
      "google-jobs",
      "indeed",
      "jobs",
      "jora",
      "portal",
      "seek",
    ]);
    const bad = await agency.client.fails(ADD_PLACEMENT, {
      jobId,
      input: { board: " ", nationalReach: true, url: "ftp://x", startsOn: "2026-02-30", endsOn: "soon" },
    });
    expect(Object.keys(bad.extensions?.fields ?? {}).sort()).toEqual(["board", "endsOn", "startsOn", "url"]);

    // Candidates apply through the tracking links (source), one with none (the portal ad).
    const apply = (name: string, source: string | null) =>
      t.client().ok(APPLY, {
        input: {
          portalSlug: slug,
          jobId,
          name,
          email: `${name.toLowerCase().replace(/ /g, ".")}@example.com`,
          consent: true,
          source,
        },
      });
    await apply("Ann Lee", "seek");
    await apply("Bob Tran", " SEEK ");
    await apply("Cy Park", "jora");
    await apply("Di Moss", null);
    const { applications } = await agency.client.ok(APPLICATIONS, { jobId });
    const idOf = (name: string) => applications.find((a: { candidateName: string }) => a.candidateName === name).id;
    await agency.client.ok(SET_STATUS, { id: idOf("Ann Lee"), status: "REJECTED", reason: "No commercial kitchen experience" });
    await agency.client.ok(SET_STATUS, { id: idOf("Cy Park"), status: "HIRED" });

    const { lmtReport } = await agency.client.ok(REPORT, { jobId });
    const placement = (board: string) => lmtReport.placements.filter((p: { board: string }) => p.board === board);
    expect(placement("SEEK")[0]).toMatchObject({
      nationalReach: true,
      startsOn: addDays(today, -10),
      endsOn: addDays(today, 20),
      days: 11,
      applicationCount: 2,
      views: 0,
    });
    expect(placement("SEEK")[0].trackingUrl).toMatch(new RegExp(`/p/${slug}/jobs/${jobId}\\?source=seek$`));
    expect(placement("Jora")[0]).toMatchObject({ endsOn: addDays(today, 25), days: 6, applicationCount: 1 });
    expect(placement("Harbour Jobs job board")[0].applicationCount).toBe(1);
    expect(lmtReport.applicationCount).toBe(4);
    expect(lmtReport.outcomes).toEqual([
      { status: "NEW", count: 2 },
      { status: "SHORTLISTED", count: 0 },
      { status: "INTERVIEWED", count: 0 },
      { status: "REJECTED", count: 1 },
      { status: "HIRED", count: 1 },
    ]);
    expect(lmtReport.applications).toContainEqual({
      candidateName: "Ann Lee",
      source: "seek",
      placementBoard: "SEEK",
      status: "REJECTED",
      outcomeReason: "No commercial kitchen experience",
    });

    // Adzuna missed two days: the broken first run is flagged; none has run 28 days yet.
    const continuity = lmtReport.checks.find((c: { code: string }) => c.code === "CONTINUITY");
    expect(continuity.passed).toBe(false);
    expect(continuity.detail).toContain(`Adzuna: not advertised for 2 days after ${addDays(today, -12)}`);
    expect(
      lmtReport.runs.filter((r: { board: string }) => r.board === "Adzuna").map((r: { counted: boolean }) => r.counted),
    ).toEqual([false, false]);
    // Ads still running count towards the dates they will reach: SEEK and Adzuna's second run
    // make 28 days first, and the later one must still be within 4 months at lodgement.
    expect(lmtReport.earliestLodgement).toBe(addDays(addDays(today, -9), 28));
    // The latest day is the second-newest national start plus 4 months: the national board and the
    // Indeed feed (issue 14's channels) both started at publish, today.
    expect(lmtReport.latestLodgement).toBe(addMonths(today, 4));
    expect(lmtReport.advertisedFrom.slice(0, 10)).toBe(addDays(today, -20));
    expect(lmtReport.advertisedUntil).toBeNull();
    // today-20..today-12 (9 days) and today-10..today (11 days so far): a gap on today-11.
    expect(lmtReport.daysAdvertised).toBe(20);
    expect(lmtReport.compliant).toBe(false);

    const dates = (await agency.client.ok(SET_DATES, { jobId, lodge: addDays(today, 30), redundancy: null })).setLmtDates;
    expect(dates).toMatchObject({
      intendedLodgement: addDays(today, 30),
      redundancyOn: null,
      earliestLodgement: addDays(today, 19),
    });
    expect((await agency.client.fails(SET_DATES, { jobId, lodge: "next week" })).extensions?.fields).toHaveProperty(
      "intendedLodgement",
    );
    // A redundancy after SEEK and Adzuna started: Jora and the channels entered at publish (today) are
    // left, so the earliest day is when the second of those reaches 28 days.
    const redundant = (await agency.client.ok(SET_DATES, { jobId, lodge: null, redundancy: addDays(today, -8) })).setLmtDates;
    expect(redundant).toMatchObject({ redundancyOn: addDays(today, -8), earliestLodgement: addDays(today, 28) });
    await agency.client.ok(SET_DATES, { jobId, lodge: null, redundancy: null });

    // The employer's own members read the same report.
    expect((await client.client.ok(REPORT, { jobId })).lmtReport.applicationCount).toBe(4);
  });

  it("another employer finds neither the report nor the placements", async () => {
    const other = await employer(t);
    const { lmtReport } = await agency.client.ok(REPORT, { jobId });
    const recorded = lmtReport.placements.find((p: { isPortalAd: boolean }) => !p.isPortalAd);
    expect((await other.client.fails(REPORT, { jobId })).extensions?.code).toBe("NOT_FOUND");
    expect(
      (await other.client.fails(ADD_PLACEMENT, { jobId, input: { board: "Seek", nationalReach: true, startsOn: today } }))
        .extensions?.code,
    ).toBe("NOT_FOUND");
    expect((await other.client.fails(REMOVE_PLACEMENT, { id: recorded.id })).extensions?.code).toBe("NOT_FOUND");
    expect((await other.client.fails(SET_DATES, { jobId, lodge: today })).extensions?.code).toBe("NOT_FOUND");
    expect((await other.client.fails(REPORT, { jobId: "not-a-uuid" })).extensions?.code).toBe("NOT_FOUND");

    const temp = (
      await agency.client.ok(ADD_PLACEMENT, { jobId, input: { board: "Local Paper", nationalReach: false, startsOn: today } })
    ).addLmtPlacement;
    const paper = temp.placements.find((p: { board: string }) => p.board === "Local Paper");
    const { removeLmtPlacement } = await agency.client.ok(REMOVE_PLACEMENT, { id: paper.id });
    expect(removeLmtPlacement.placements.map((p: { board: string }) => p.board)).not.toContain("Local Paper");
    const { auditEvents } = await client.client.ok(`{ auditEvents(first: 20) { nodes { action } } }`);
    expect(auditEvents.nodes.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(["lmt.placement.added", "lmt.placement.removed", "lmt.dates.set"]),
    );
  });

  it("downloads as CSV and PDF holding the title, placements, counts and outcomes; 401 and 404 for outsiders", async () => {
    const { lmtReport } = await agency.client.ok(REPORT, { jobId });
    expect(lmtReport.csvUrl).toBe(`/lmt/${jobId}/report.csv`);
    expect(lmtReport.pdfUrl).toBe(`/lmt/${jobId}/report.pdf`);
    const headers = { cookie: cookieOf(agency.client) };

    const csvRes = await fetch(`${t.url}${lmtReport.csvUrl}`, { headers });
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get("content-type")).toMatch(/^text\/csv/);
    const csv = await csvRes.text();
    expect(csv).toContain("Job title,Chef de Partie");
    expect(csv).toContain("Days counted in,Australia/Sydney");
    expect(csv).toContain(`SEEK,Yes,${addDays(today, -10)},${addDays(today, 20)},11,2,0,seek,https://www.seek.com.au/job/1`);
    expect(csv).toMatch(/Jora,Yes,[\d-]+,[\d-]+,6,1,/);
    expect(csv).toContain("Applications,4");
    expect(csv).toContain("REJECTED,1");
    expect(csv).toContain("HIRED,1");
    expect(csv).toMatch(/Ann Lee,SEEK,seek,[^,]+,REJECTED,No commercial kitchen experience/);

    const pdfRes = await fetch(`${t.url}${lmtReport.pdfUrl}`, { headers });
    expect(pdfRes.status).toBe(200);
    expect(pdfRes.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await pdfRes.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const expected of [
      "Labour Market Testing report",
      "Chef de Partie",
      "Coastal Cafe",
      "Harbour Migration",
      "SEEK",
      "Jora",
      "Adzuna",
      "Harbour Jobs job board",
    ]) {
      expect(text).toContain(expected);
    }
    // Issue 16, item 7: people's words, not internal values, and the agency's letterhead.
    expect(text).toContain("Unsuccessful: 1");
    expect(text).toContain("Hired: 1");
    expect(text).not.toMatch(/REJECTED|PUBLISHED|HIRED|SHORTLISTED|\bPASS\b|\bFAIL\b/);
    expect(text).toContain("Published");
    expect(text.split("\n").slice(0, 3), "the letterhead names the agency").toContain("Harbour Migration");
    expect(text).toContain("No commercial kitchen");
    expect(text).toContain("Ann Lee");
    expect(text).toContain(`Earliest lodgement`);

    expect((await fetch(`${t.url}${lmtReport.pdfUrl}`)).status).toBe(401);
    expect((await fetch(`${t.url}${lmtReport.csvUrl}`)).status).toBe(401);
    const other = await employer(t);
    expect((await fetch(`${t.url}${lmtReport.pdfUrl}`, { headers: { cookie: cookieOf(other.client) } })).status).toBe(404);
    expect((await fetch(`${t.url}${lmtReport.csvUrl}`, { headers: { cookie: cookieOf(other.client) } })).status).toBe(404);
    expect((await fetch(`${t.url}/lmt/not-a-uuid/report.pdf`, { headers })).status).toBe(404);
  });
});

describe("LMT days are Sydney calendar days (LMT_TIME_ZONE)", () => {
  it("an ad published at 9 am in Sydney starts that Sydney day, and its second day begins at Sydney midnight", async () => {
    const realNow = t.clock.now();
    try {
      const agency = await serviceProvider(t, { organizationName: "Harbour Migration" });
      const client = await employer(t, { organizationName: "Coastal Cafe" });
      const connectionId = await activeConnection(t, agency, client);
      await grantCredits(t, client.organizationId, 1);
      await agency.client.ok(ACCESS, { id: connectionId });
      const input = lmtInput({ showSalary: false, salary: { min: 98000, max: 105000, period: "YEAR", currency: "AUD" } });
      const { createJob } = await agency.client.ok(CREATE_JOB, { input });
      // 22:00 UTC on 30 November is 9 am on 1 December in Sydney (UTC+11 in summer).
      t.clock.set(new Date("2026-11-30T22:00:00Z"));
      await agency.client.ok(PUBLISH_JOB, { id: createJob.id });
      const portalAd = async () =>
        (await agency.client.ok(REPORT, { jobId: createJob.id })).lmtReport.placements.find(
          (p: { isPortalAd: boolean }) => p.isPortalAd,
        );
      expect(await portalAd()).toMatchObject({ startsOn: "2026-12-01", days: 1 });
      t.clock.set(new Date("2026-12-01T12:59:00Z")); // 11:59 pm in Sydney
      expect((await portalAd()).days).toBe(1);
      t.clock.set(new Date("2026-12-01T13:01:00Z")); // 12:01 am on 2 December in Sydney
      expect((await portalAd()).days).toBe(2);
    } finally {
      t.clock.set(realNow);
    }
  });
});
