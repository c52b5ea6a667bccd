import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { NATIONAL_BOARD, PER_YEAR, annualEarnings, jobSlug } from "@app/domain";
import { rowsOf } from "../../db/client.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, jobInput } from "../../../test/jobs.js";
import { APPLICATIONS, APPLY, PDF, agencyWithPortal, postJob, upload } from "../../../test/portal.js";
import type { GqlClient } from "../../../test/gql.js";
import { boardRepository, type NationalQuery } from "./board.repository.js";
import { portalRepository, searchTokens } from "./portal.repository.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const BOARD = `query($query: String, $location: String, $workType: WorkType, $minSalary: Int, $first: Int!, $after: String) {
  boardJobs(query: $query, location: $location, workType: $workType, minSalary: $minSalary, first: $first, after: $after) {
    totalCount hasNextPage endCursor nodes { id title path slug } } }`;
const JOB = `query($id: ID!) { boardJob(id: $id) { id title slug path open employerName jsonLd location { city } } }`;

/** An employer with no agency that publishes its own ad by card (tok_visa). */
async function ownCardAd(overrides: Record<string, unknown> = {}): Promise<{ id: string; client: GqlClient }> {
  const cafe = await employer(t, { organizationName: "Solo Cafe" });
  const { createJob } = await cafe.client.ok(CREATE_JOB, { input: jobInput(overrides) });
  const { publishJob } = await cafe.client.ok(PUBLISH_JOB, { id: createJob.id, payment: { token: "tok_visa" } });
  expect(publishJob.payment.source).toBe("CARD");
  return { id: createJob.id as string, client: cafe.client };
}

const ids = (page: { nodes: { id: string }[] }) => page.nodes.map((n) => n.id);

describe("the national board", () => {
  it("shows an employer's own card-paid ad right after the publish, on /jobs and at its own address", async () => {
    const anyone = t.client();
    const { id, client } = await ownCardAd({ title: "Head Chef (Sous) – Bondi" });
    const { boardJobs } = await anyone.ok(BOARD, { first: 5 });
    expect(boardJobs.nodes[0]).toEqual({
      id,
      title: "Head Chef (Sous) – Bondi",
      slug: "head-chef-sous-bondi",
      path: `/jobs/${id}/head-chef-sous-bondi`,
    });
    const { boardJob } = await anyone.ok(JOB, { id });
    expect(boardJob).toMatchObject({ id, open: true, employerName: "Solo Cafe", location: { city: "Manly" } });
    expect(JSON.parse(boardJob.jsonLd)).toMatchObject({ url: `${t.url}/jobs/${id}/head-chef-sous-bondi`, directApply: true });
    const { job } = await client.ok(`query($id: ID!) { job(id: $id) { publicPath } }`, { id });
    expect(job.publicPath).toBe(`/jobs/${id}/head-chef-sous-bondi`);
  });

  it("holds every agency's ads and employers' own ads, newest first, in cursor pages with a count", async () => {
    const a = await agencyWithPortal(t);
    const tick = () => t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    tick();
    const first = await postJob(a, { title: "Agency role one" });
    tick();
    const own = await ownCardAd({ title: "Own role" });
    tick();
    const second = await postJob(a, { title: "Agency role two" });
    const anyone = t.client();
    const p1 = (await anyone.ok(BOARD, { first: 2 })).boardJobs;
    expect(ids(p1)).toEqual([second, own.id]);
    expect(p1.hasNextPage).toBe(true);
    const p2 = (await anyone.ok(BOARD, { first: 2, after: p1.endCursor })).boardJobs;
    expect(ids(p2)[0]).toBe(first);
    expect(p1.totalCount).toBeGreaterThanOrEqual(4);
    expect((await anyone.fails(BOARD, { first: 2, after: "nonsense" })).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("searches by words, location (city, state or postcode), work type and minimum salary", async () => {
    const tag = `zq${Date.now().toString(36)}`;
    const mk = (o: Record<string, unknown>) => ownCardAd({ description: `A ${tag} role with plenty to do.`, ...o });
    const perth = await mk({
      title: "Welder",
      location: { city: "Perth", state: "WA", postcode: "6000", country: "AU" },
      workType: "CASUAL",
      salary: { min: 40, max: 45, period: "HOUR", currency: "AUD" },
    });
    const hobart = await mk({
      title: "Gardener",
      location: { city: "Hobart", state: "TAS", postcode: "7000", country: "AU" },
      workType: "PART_TIME",
      salary: { min: 50000, max: 55000, period: "YEAR", currency: "AUD" },
    });
    const hidden = await mk({
      title: "Welder apprentice",
      salary: { min: 90000, max: 95000, period: "YEAR", currency: "AUD" },
      showSalary: false,
    });
    const anyone = t.client();
    const search = async (v: Record<string, unknown>) =>
      ids((await anyone.ok(BOARD, { first: 20, query: tag, ...v })).boardJobs).sort();
    expect(await search({})).toEqual([perth.id, hobart.id, hidden.id].sort());
    expect(await search({ query: `${tag} welder` })).toEqual([perth.id, hidden.id].sort());
    expect(await search({ query: `${tag} gard` })).toEqual([hobart.id]);
    expect(await search({ location: "perth" })).toEqual([perth.id]);
    expect(await search({ location: "TAS" })).toEqual([hobart.id]);
    expect(await search({ location: "6000" })).toEqual([perth.id]);
    expect(await search({ workType: "PART_TIME" })).toEqual([hobart.id]);
    // $45 an hour is $88,920 a year; the hidden salary is never searchable.
    expect(await search({ minSalary: 80000 })).toEqual([perth.id]);
    expect(await search({ minSalary: 50000 })).toEqual([perth.id, hobart.id].sort());
    expect(await search({ minSalary: 100000 })).toEqual([]);
    const count = (await anyone.ok(BOARD, { first: 1, query: tag })).boardJobs.totalCount;
    expect(count).toBe(3);
    expect((await anyone.fails(BOARD, { first: 5, minSalary: -1 })).extensions?.fields?.minSalary).toBeDefined();
  });

  it("drops a closed ad from the board and search; its address still answers, as closed; drafts and unknown ids are null", async () => {
    const { id, client } = await ownCardAd({ title: "Closing role" });
    const anyone = t.client();
    await client.ok(`mutation($id: ID!) { closeJob(id: $id) { status } }`, { id });
    expect(ids((await anyone.ok(BOARD, { first: 50, query: "closing" })).boardJobs)).not.toContain(id);
    expect((await anyone.ok(JOB, { id })).boardJob).toMatchObject({ id, open: false });
    const cafe = await employer(t);
    const draft = (await cafe.client.ok(CREATE_JOB, { input: jobInput() })).createJob.id;
    expect((await anyone.ok(JOB, { id: draft })).boardJob).toBeNull();
    expect((await anyone.ok(JOB, { id: "00000000-0000-4000-8000-000000000000" })).boardJob).toBeNull();
    expect((await anyone.ok(JOB, { id: "not-a-uuid" })).boardJob).toBeNull();
  });

  it("takes applications through the national board's slug, with no agency portal", async () => {
    const { id, client } = await ownCardAd({ title: "Apply here" });
    const cv = (await (await upload(t, PDF, "cv.pdf")).json()) as { id: string };
    const { applyToJob } = await t.client().ok(APPLY, {
      input: {
        portalSlug: NATIONAL_BOARD.slug,
        jobId: id,
        name: "Ann",
        email: "ann@example.com",
        consent: true,
        resumeUploadId: cv.id,
      },
    });
    expect(applyToJob.jobTitle).toBe("Apply here");
    const { applications } = await client.ok(APPLICATIONS, { jobId: id });
    expect(applications.map((a: { candidateName: string }) => a.candidateName)).toEqual(["Ann"]);
  });
});

describe("a word search's plan (newestFirstPage)", () => {
  it("finds the same newest matches and cursor pages whether the first read covers them or it gathers, on both boards", async () => {
    const tag = `zw${Date.now().toString(36)}`;
    const a = await agencyWithPortal(t);
    const tick = () => t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    const made: Record<string, string> = {};
    for (const title of ["Baker one", "Baker two", "Roaster", "Clerk one", "Clerk two", "Clerk three"]) {
      tick();
      // Only the three oldest carry the tag: a read of the newest few ads finds none of them. The agency
      // board holds just these six, so a walk of 7 sees every ad and one of 6 does not know it did.
      const description = title.startsWith("Clerk") ? "A role with plenty to do." : `A ${tag} role with plenty to do.`;
      made[title] = await postJob(a, { title, description });
    }
    const db = t.database.db;
    const serviceProviderId = a.agency.organizationId;
    type After = NationalQuery["after"];
    const boards = {
      national: (words: string[], walk: number, after: After) =>
        boardRepository.page(db, {
          now: t.clock.now(),
          words: searchTokens(words.join(" ")),
          place: [],
          workType: null,
          minSalary: null,
          after,
          limit: 2,
          walk,
        }),
      agency: (words: string[], walk: number, after: After) =>
        portalRepository.board(db, {
          serviceProviderId,
          now: t.clock.now(),
          words: searchTokens(words.join(" ")),
          place: [],
          after,
          limit: 2,
          walk,
        }),
    };
    const cases: [string[], string[]][] = [
      [[tag], [made["Roaster"]!, made["Baker two"]!]],
      [
        [tag, "baker"],
        [made["Baker two"]!, made["Baker one"]!],
      ],
      [[tag, "roa"], [made["Roaster"]!]],
      [[tag, "nowhere"], []],
    ];
    for (const [name, page] of Object.entries(boards)) {
      const ids = async (words: string[], walk: number, after: After = null) => (await page(words, walk, after)).map((r) => r.id);
      for (const [words, expected] of cases)
        for (const walk of [1, 2, 4, 5, 6, 7, 10_000])
          expect(await ids(words, walk), `${name}: ${words.join(" ")}, walk ${walk}`).toEqual(expected);
      const [first] = await page([tag], 10_000, null);
      const after = { publishedAt: first!.publishedAt, id: first!.id };
      for (const walk of [1, 10_000]) expect(await ids([tag], walk, after), name).toEqual([made["Baker two"], made["Baker one"]]);
    }
    expect((await boards.agency(["clerk"], 1, null)).map((r) => r.id)).toEqual([made["Clerk three"], made["Clerk two"]]);
  });
});

describe("jobs.salary_annual", () => {
  it("holds the domain's PER_YEAR factors (annualEarnings), and nothing for a hidden salary", async () => {
    const a = await ownCardAd({ showSalary: true });
    for (const period of Object.keys(PER_YEAR) as (keyof typeof PER_YEAR)[]) {
      await t.database.db.execute(
        sql`UPDATE jobs SET salary_period = ${period}, salary_min = 10, salary_max = 20 WHERE id = ${a.id}`,
      );
      const [row] = rowsOf<{ v: string }>(
        await t.database.db.execute(sql`SELECT salary_annual::text AS v FROM jobs WHERE id = ${a.id}`),
      );
      expect(Number(row!.v), period).toBe(annualEarnings({ min: 10, max: 20, period }));
    }
    await t.database.db.execute(sql`UPDATE jobs SET show_salary = false WHERE id = ${a.id}`);
    const [row] = rowsOf<{ v: string | null }>(
      await t.database.db.execute(sql`SELECT salary_annual::text AS v FROM jobs WHERE id = ${a.id}`),
    );
    expect(row!.v).toBeNull();
    expect(jobSlug("x")).toBe("x");
  });
});
