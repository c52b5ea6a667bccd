import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { dayIn } from "@app/domain";
import { startTestApp, type TestApp } from "../../test/harness.js";
import { employer, grantCredits, type SignedUp } from "../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB } from "../../test/jobs.js";
import { lmtJobInput } from "../../test/lmt.js";
import { runChannelsCli } from "./channels-cli.js";

let t: TestApp;
let boss: SignedUp;
beforeAll(async () => {
  t = await startTestApp();
  boss = await employer(t);
  await grantCredits(t, boss.organizationId, 10);
});
afterAll(() => t.close());

const cli = (...argv: string[]) => runChannelsCli(argv, t.app.services.channels, t.url);
const JOB_CHANNELS = `query($id: ID!) { job(id: $id) { channels { channel { slug } on } } }`;
const PLACEMENTS = `query($id: ID!) { lmtReport(jobId: $id) { placements { sourceCode startsOn endsOn } } }`;

async function feedIds(slug: string): Promise<{ status: number; ids: string[] }> {
  const res = await fetch(`${t.url}/feeds/${slug}.xml`);
  if (res.status !== 200) return { status: res.status, ids: [] };
  const parsed = new XMLParser({ isArray: (name) => name === "job", parseTagValue: false }).parse(await res.text());
  return { status: 200, ids: (parsed.source.job ?? []).map((j: { referencenumber: string }) => j.referencenumber) };
}

describe("the channels CLI (an operator adds, lists, disables and enables a channel)", () => {
  it("add: a national XML feed that a new LMT ad goes to by default, with its own address", async () => {
    const added = await cli("add", "seek", "--name", "Seek", "--national", "--publisher-url", "https://www.seek.com.au");
    expect(added).toEqual({ out: [`added seek (Seek): ${t.url}/feeds/seek.xml`], err: [], exitCode: 0 });

    const listed = await cli("list");
    expect(listed.exitCode).toBe(0);
    const seekLine = listed.out.find((l) => l.startsWith("seek "));
    expect(seekLine).toMatch(/^seek\s+on\s+national\s+indeed-xml\s+Seek\s+http:\/\/.*\/feeds\/seek\.xml$/);
    expect(listed.out.find((l) => l.startsWith("jobs "))).toMatch(/^jobs\s+on\s+national\s+board\s+/);
    const json = JSON.parse((await cli("list", "--json")).out[0]!) as { slug: string; publisherUrl: string | null }[];
    expect(json.find((c) => c.slug === "seek")).toMatchObject({ publisherUrl: "https://www.seek.com.au" });

    const { createJob } = await boss.client.ok(CREATE_JOB, { input: lmtJobInput({ title: "Seek Chef" }) });
    const draft = await boss.client.ok(JOB_CHANNELS, { id: createJob.id });
    expect(draft.job.channels.find((c: { channel: { slug: string } }) => c.channel.slug === "seek").on).toBe(true);
    await boss.client.ok(PUBLISH_JOB, { id: createJob.id });
    expect((await feedIds("seek")).ids).toEqual([createJob.id]);
  });

  it("disable: the feed answers 404 and every ad's placement in it ends today; enable: the feed is back", async () => {
    const { createJob } = await boss.client.ok(CREATE_JOB, { input: lmtJobInput({ title: "Seek Cook" }) });
    await boss.client.ok(PUBLISH_JOB, { id: createJob.id });
    const before = (await feedIds("seek")).ids.length;
    expect(before).toBeGreaterThanOrEqual(2);

    expect(await cli("disable", "seek")).toEqual({
      out: [`seek is off; ${before} placements ended today`],
      err: [],
      exitCode: 0,
    });
    expect((await feedIds("seek")).status).toBe(404);
    const today = dayIn(t.clock.now(), "Australia/Sydney");
    const { lmtReport } = await boss.client.ok(PLACEMENTS, { id: createJob.id });
    expect(lmtReport.placements.find((p: { sourceCode: string }) => p.sourceCode === "seek")).toMatchObject({
      startsOn: today,
      endsOn: today,
    });
    expect((await cli("list")).out.find((l) => l.startsWith("seek "))).toMatch(/^seek\s+off\s+/);

    expect(await cli("enable", "seek")).toEqual({ out: ["seek is on"], err: [], exitCode: 0 });
    // Back on for new ads; an ad it ended stays out until it is turned on for that ad again.
    expect(await feedIds("seek")).toEqual({ status: 200, ids: [] });
  });

  it("refuses a bad or duplicate channel, an unknown slug and an unknown command", async () => {
    const bad = await cli("add", "Not A Slug", "--name", " ", "--format", "rss");
    expect(bad.exitCode).toBe(1);
    expect(bad.err.join("\n")).toMatch(/slug:.*\n.*name:.*\n.*feedFormat:/);
    const again = await cli("add", "seek", "--name", "Seek again");
    expect(again).toMatchObject({ exitCode: 1, err: [expect.any(String), "  slug: A channel has this slug already."] });
    expect(await cli("disable", "nowhere")).toMatchObject({ exitCode: 1, err: ['No channel "nowhere".'] });
    expect((await cli("rename", "seek")).exitCode).toBe(2);
    expect((await cli("add", "x")).exitCode).toBe(2);
    expect((await cli("list", "--bogus")).exitCode).toBe(2);
  });
});
