import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { MAX_PROOF_BYTES } from "@app/domain";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { employer, type SignedUp } from "../../../test/factories.js";
import { CREATE_JOB, PUBLISH_JOB, UPDATE_JOB } from "../../../test/jobs.js";
import { ADD_PLACEMENT, DEV_MAILBOX, lmtJobInput } from "../../../test/lmt.js";
import { SET_STATUS } from "../../../test/portal.js";
import { parsedPdfText as pdfText } from "../../../test/pdf-text.js";

let t: TestApp;
let boss: SignedUp;
beforeAll(async () => {
  t = await startTestApp();
  boss = await employer(t, { organizationName: "Harbour Kitchens" });
});
afterAll(() => t.close());

const REPORT = `query($id: ID!) { lmtReport(jobId: $id) { evidenceUrl
  placements { id board sourceCode proof { filename contentType size url } } } }`;
const APPLY = `mutation($input: ApplyInput!) { applyToJob(input: $input) { id } }`;
const REQUEST_ERASURE = `mutation($email: String!) { requestCandidateErasure(email: $email) }`;
const CONFIRM_ERASURE = `mutation($token: String!) { confirmCandidateErasure(token: $token) }`;
const UPDATE = `mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, input: $input, confirmLmtRecordChange: true) { id } }`;

// The smallest PNG: the signature and an IHDR chunk are all the sniffer reads.
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("IHDR-proof-of-the-ad")]);

function cookieOf(client: SignedUp["client"]): Record<string, string> {
  return { cookie: `sid=${client.cookie("sid")}` };
}

async function postProof(placementId: string, body: Buffer, filename: string, headers = cookieOf(boss.client)) {
  return fetch(`${t.url}/lmt/placements/${placementId}/proof`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/octet-stream", "x-filename": encodeURIComponent(filename) },
    body: new Uint8Array(body),
  });
}

describe("the LMT evidence pack", () => {
  let jobId: string;
  let placementId: string;

  beforeAll(async () => {
    const input = lmtJobInput({ title: "Chef de Partie" });
    const { createJob } = await boss.client.ok(CREATE_JOB, { input });
    jobId = createJob.id;
    await boss.client.ok(UPDATE_JOB, { id: jobId, input: { ...input, title: "Senior Chef de Partie" } });
    // Paid by card: the publish has its own tax invoice.
    await boss.client.ok(PUBLISH_JOB, { id: jobId, payment: { token: "tok_visa" } });
    t.clock.advanceDays(2);
    await boss.client.ok(UPDATE, { id: jobId, input: { ...input, title: "Senior Chef de Partie (grill)" } });
    t.clock.advanceDays(3);
    await boss.client.ok(UPDATE, { id: jobId, input: { ...input, title: "Senior Chef de Partie (grill and pans)" } });
    const { addLmtPlacement } = await boss.client.ok(ADD_PLACEMENT, {
      jobId,
      input: { board: "Sydney Morning Herald", nationalReach: true, startsOn: "2026-01-05", endsOn: "2026-02-05" },
    });
    placementId = addLmtPlacement.placements.find((p: { id: string }) => /^[0-9a-f-]{36}$/.test(p.id)).id;
  });

  it("a manual placement's proof: PNG, JPEG or PDF by its bytes, within the limit, stored and shown on the report", async () => {
    const html = await postProof(placementId, Buffer.from("<html><script>alert(1)</script>"), "ad.png");
    expect(html.status).toBe(400);
    expect((await html.json()).fields.file).toMatch(/PNG or JPEG.*PDF/);
    const tooBig = await postProof(placementId, Buffer.alloc(MAX_PROOF_BYTES + 1, 0x25), "huge.pdf");
    expect(tooBig.status).toBe(413);
    expect((await postProof(placementId, Buffer.alloc(0), "empty.png")).status).toBe(400);
    // Someone else's placement, and no one signed in.
    const stranger = await employer(t);
    expect((await postProof(placementId, PNG, "ad.png", cookieOf(stranger.client))).status).toBe(404);
    expect((await postProof(placementId, PNG, "ad.png", {})).status).toBe(401);
    // No x-filename header: another site's form cannot post one with the agent's cookie.
    const bare = await fetch(`${t.url}/lmt/placements/${placementId}/proof`, {
      method: "POST",
      headers: { ...cookieOf(boss.client), "content-type": "multipart/form-data; boundary=x" },
      body: "--x--",
    });
    expect(bare.status).toBe(400);

    const ok = await postProof(placementId, PNG, "SMH page 12 <b>.png");
    expect(ok.status).toBe(201);
    const { lmtReport } = await boss.client.ok(REPORT, { id: jobId });
    const placement = lmtReport.placements.find((p: { id: string }) => p.id === placementId);
    expect(placement.proof).toEqual({
      filename: "SMH-page-12-b.png",
      contentType: "image/png",
      size: PNG.length,
      url: `/lmt/placements/${placementId}/proof`,
    });
    const back = await fetch(`${t.url}${placement.proof.url}`, { headers: cookieOf(boss.client) });
    expect(back.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await back.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await fetch(`${t.url}${placement.proof.url}`, { headers: cookieOf(stranger.client) })).status).toBe(404);
  });

  it("one ZIP: the report, the ad as first published and each later revision with dates, the invoice, proofs and applicants", async () => {
    const candidate = t.client();
    const apply = (name: string, email: string, source: string | null) =>
      candidate.ok(APPLY, { input: { portalSlug: "jobs", jobId, name, email, consent: true, source } });
    const ann = (await apply("Ann Through-Adzuna", "ann.adzuna@example.com", "adzuna")).applyToJob.id;
    const eve = (await apply("Eve Erased-Later", "eve.erased@example.com", null)).applyToJob.id;
    await boss.client.ok(SET_STATUS, { id: ann, status: "REJECTED", reason: "No trade certificate" });
    await boss.client.ok(SET_STATUS, { id: eve, status: "REJECTED", reason: "Did not attend the interview" });
    await t.client().ok(REQUEST_ERASURE, { email: "eve.erased@example.com" });
    const mail = (await t.client().ok(DEV_MAILBOX, { to: "eve.erased@example.com" })).devMailbox[0].text as string;
    const token = /\/your-data\/erase\?token=([A-Za-z0-9_-]+)/.exec(mail)![1]!;
    await t.client().ok(CONFIRM_ERASURE, { token });

    const { lmtReport } = await boss.client.ok(REPORT, { id: jobId });
    expect(lmtReport.evidenceUrl).toBe(`/lmt/${jobId}/evidence.zip`);
    const res = await fetch(`${t.url}${lmtReport.evidenceUrl}`, { headers: cookieOf(boss.client) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="lmt-evidence-senior-chef-de-partie-grill-and-pans-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(zip).sort();
    expect(names).toEqual([
      "README.txt",
      expect.stringMatching(/^ad\/as-first-published-\d{4}-\d{2}-\d{2}\.pdf$/),
      expect.stringMatching(/^ad\/revision-03-\d{4}-\d{2}-\d{2}\.pdf$/),
      expect.stringMatching(/^ad\/revision-04-\d{4}-\d{2}-\d{2}\.pdf$/),
      "applicants.csv",
      expect.stringMatching(/^invoice-.+\.pdf$/),
      "lmt-report.pdf",
      expect.stringMatching(/^placement-proofs\/sydney-morning-herald-2026-01-05-SMH-page-12-b\.png$/),
    ]);
    const file = (pattern: RegExp) => zip[names.find((n) => pattern.test(n))!]!;

    // Every PDF parses, and says what it is.
    expect(await pdfText(zip["lmt-report.pdf"]!)).toContain("Labour Market Testing report");
    const first = await pdfText(file(/as-first-published/));
    expect(first).toContain("The ad as first published");
    expect(first).toMatch(/Senior Chef de Partie\n/);
    expect(first).toMatch(/Shown until: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    const third = await pdfText(file(/revision-03/));
    expect(third).toContain("Senior Chef de Partie (grill)");
    expect(third).toContain("Revision 3 (edited after publishing)");
    const fourth = await pdfText(file(/revision-04/));
    expect(fourth).toContain("Senior Chef de Partie (grill and pans)");
    expect(fourth).toContain("Shown until: still shown");
    const invoice = await pdfText(file(/^invoice-/));
    expect(invoice).toMatch(/tax invoice/i);
    expect(invoice).toContain("Harbour Kitchens");
    expect(Buffer.from(file(/^placement-proofs\//)).equals(PNG)).toBe(true);

    const csv = strFromU8(zip["applicants.csv"]!);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Applied,Candidate,Channel,Tracking code,Status,Outcome reason");
    expect(lines.find((l) => l.includes("Ann Through-Adzuna"))).toMatch(/,Adzuna,adzuna,REJECTED,No trade certificate$/);
    expect(lines.find((l) => l.includes("Erased candidate"))).toMatch(/,REJECTED,Did not attend the interview$/);
    expect(csv).not.toContain("Eve");
    expect(csv).not.toContain("@");
    expect(strFromU8(zip["README.txt"]!)).toContain("applicants.csv: 2 applications");
  });

  it("the same authorization as the report: 401 signed out, 404 for another account", async () => {
    expect((await fetch(`${t.url}/lmt/${jobId}/evidence.zip`)).status).toBe(401);
    const stranger = await employer(t);
    expect((await fetch(`${t.url}/lmt/${jobId}/evidence.zip`, { headers: cookieOf(stranger.client) })).status).toBe(404);
    expect((await fetch(`${t.url}/lmt/not-a-job/evidence.zip`, { headers: cookieOf(boss.client) })).status).toBe(404);
  });
});
