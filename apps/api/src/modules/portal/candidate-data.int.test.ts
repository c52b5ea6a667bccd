import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/client.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import {
  APPLICATIONS,
  APPLY,
  PDF,
  SET_STATUS,
  agencyWithPortal,
  applyInput,
  postJob,
  upload,
  type Agency,
} from "../../../test/portal.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const REQUEST_EXPORT = `mutation($email: String!) { requestCandidateDataExport(email: $email) }`;
const REQUEST_ERASURE = `mutation($email: String!) { requestCandidateErasure(email: $email) }`;
const CONFIRM_ERASURE = `mutation($token: String!) { confirmCandidateErasure(token: $token) }`;
const MAILBOX = `query($to: String) { devMailbox(to: $to) { subject text } }`;
const ACTIVITY = `{ auditEvents(first: 50) { nodes { action summary } } }`;

let emails = 0;
/** A fresh candidate address per test, so links and rate limits never cross tests. */
const candidateEmail = () => `cand-${Date.now().toString(36)}-${emails++}@example.com`;

async function mailsTo(email: string): Promise<{ subject: string; text: string }[]> {
  return (await t.client().ok(MAILBOX, { to: email })).devMailbox;
}

/** The token of the newest data link mailed to this address, read from the mailbox as the candidate would. */
async function linkToken(email: string, kind: "export" | "erase"): Promise<string> {
  const text = (await mailsTo(email))[0]?.text ?? "";
  const token = new RegExp(`/your-data/${kind}\\?token=([A-Za-z0-9_-]+)`).exec(text)?.[1];
  if (token === undefined) throw new Error(`no ${kind} link mailed to ${email}`);
  return token;
}

/** Applies with a CV; answers the application id. */
async function applyWithCv(a: Agency, jobId: string, overrides: Record<string, unknown>): Promise<string> {
  const { id: resumeUploadId } = await (await upload(t, PDF, "cv.pdf")).json();
  const { applyToJob } = await t.client().ok(APPLY, { input: applyInput(a, jobId, { resumeUploadId, ...overrides }) });
  return applyToJob.id as string;
}

async function count(table: "uploads" | "outbox_emails" | "candidate_data_requests", where = sql`true`): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await t.database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE ${where}`),
  );
  return Number(row!.n);
}

describe("asking for a copy or erasure", () => {
  it("answers true for any address but mails a link only to one that applied; a bad address is a field error", async () => {
    const a = await agencyWithPortal(t);
    const jobId = await postJob(a);
    const applied = candidateEmail();
    await t.client().ok(APPLY, { input: applyInput(a, jobId, { email: applied }) });
    const stranger = candidateEmail();

    const anyone = t.client();
    expect((await anyone.ok(REQUEST_EXPORT, { email: stranger })).requestCandidateDataExport).toBe(true);
    expect((await anyone.ok(REQUEST_ERASURE, { email: stranger })).requestCandidateErasure).toBe(true);
    expect(await mailsTo(stranger)).toEqual([]);
    expect(await count("candidate_data_requests", sql`email = ${stranger}`)).toBe(0);

    expect((await anyone.ok(REQUEST_EXPORT, { email: applied.toUpperCase() })).requestCandidateDataExport).toBe(true);
    expect((await mailsTo(applied))[0]).toMatchObject({
      subject: "A copy of your job application data",
      text: expect.stringContaining("/your-data/export?token="),
    });

    const bad = await anyone.fails(REQUEST_ERASURE, { email: "not an email" });
    expect(bad.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.extensions?.fields?.email).toMatch(/email address you applied with/);
  });

  it("sends at most three links an hour to one address", async () => {
    const email = candidateEmail();
    for (let i = 0; i < 3; i++) await t.client().ok(REQUEST_EXPORT, { email });
    const refused = await t.client().fails(REQUEST_ERASURE, { email });
    expect(refused.extensions?.code).toBe("RATE_LIMITED");
    expect(refused.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("the export link", () => {
  it("downloads every application of the address with its CV, nobody else's, for a week", async () => {
    const a = await agencyWithPortal(t);
    const barista = await postJob(a, { title: "Barista" });
    const chef = await postJob(a, { title: "Head Chef" });
    const email = candidateEmail();
    const first = await applyWithCv(a, barista, { email, name: "Ann Candidate", source: "seek" });
    t.clock.advanceDays(0.001);
    await t.client().ok(APPLY, { input: applyInput(a, chef, { email, name: "Ann Candidate", coverNote: "I love kitchens" }) });
    await t.client().ok(APPLY, { input: applyInput(a, barista, { email: candidateEmail(), name: "Bob Other" }) });

    await t.client().ok(REQUEST_EXPORT, { email });
    const token = await linkToken(email, "export");
    const res = await fetch(`${t.url}/candidate-data/export?token=${token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="my-application-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const data = await res.json();
    expect(data.email).toBe(email);
    expect(data.applications).toHaveLength(2);
    expect(data.applications[0]).toMatchObject({
      id: first,
      name: "Ann Candidate",
      email,
      phone: "0400 000 000",
      source: "seek",
      status: "NEW",
      job: { title: "Barista", employer: "Beach Cafe", jobBoard: "Acme Jobs" },
      cv: { filename: "cv.pdf", contentType: "application/pdf" },
    });
    expect(Buffer.from(data.applications[0].cv.base64, "base64").equals(PDF)).toBe(true);
    expect(data.applications[1]).toMatchObject({ coverNote: "I love kitchens", cv: null, job: { title: "Head Chef" } });
    expect(JSON.stringify(data)).not.toContain("Bob Other");

    const again = await fetch(`${t.url}/candidate-data/export?token=${token}`);
    expect(again.status).toBe(200);
    for (const wrong of ["", "nonsense", token.slice(1)]) {
      const refused = await fetch(`${t.url}/candidate-data/export?token=${wrong}`);
      expect(refused.status).toBe(404);
      expect(await refused.json()).toMatchObject({
        code: "NOT_FOUND",
        error: expect.stringMatching(/expired or was already used/),
      });
    }
    // An export link is not an erasure link.
    expect((await t.client().fails(CONFIRM_ERASURE, { token })).extensions?.code).toBe("NOT_FOUND");
    t.clock.advanceDays(7.01);
    expect((await fetch(`${t.url}/candidate-data/export?token=${token}`)).status).toBe(404);
  });
});

describe("erasure", () => {
  it("removes the candidate's details, CVs, mail and name in the activity log; keeps status, outcome and counts; works once", async () => {
    const a = await agencyWithPortal(t);
    const jobId = await postJob(a, { title: "Barista" });
    const email = candidateEmail();
    const ann = await applyWithCv(a, jobId, { email, name: "Ann Candidate", source: "seek" });
    const bobEmail = candidateEmail();
    const bob = await applyWithCv(a, jobId, { email: bobEmail, name: "Bob Other" });
    await a.client.client.ok(SET_STATUS, { id: ann, status: "REJECTED", reason: "No barista certificate" });
    await a.client.client.ok(SET_STATUS, { id: bob, status: "SHORTLISTED" });
    const uploadsBefore = await count("uploads");

    await t.client().ok(REQUEST_ERASURE, { email });
    expect((await mailsTo(email))[0]?.subject).toBe("Confirm the erasure of your job application data");
    const token = await linkToken(email, "erase");
    expect((await t.client().ok(CONFIRM_ERASURE, { token })).confirmCandidateErasure).toBe(true);

    const { applications } = await a.client.client.ok(APPLICATIONS, { jobId });
    const erased = applications.find((x: { id: string }) => x.id === ann);
    expect(erased).toMatchObject({
      candidateName: "Erased candidate",
      candidateEmail: `erased-${ann}@erased.invalid`,
      phone: null,
      coverNote: null,
      resumeUrl: null,
      status: "REJECTED",
      outcomeReason: "No barista certificate",
      source: "seek",
      job: { applicationCount: 2 },
    });
    expect(applications.find((x: { id: string }) => x.id === bob)).toMatchObject({
      candidateName: "Bob Other",
      candidateEmail: bobEmail,
      resumeUrl: `/applications/${bob}/resume`,
    });
    const marks = (await a.client.client.ok(`query($jobId: ID!) { applications(jobId: $jobId) { id erasedAt } }`, { jobId }))
      .applications;
    expect(Object.fromEntries(marks.map((x: { id: string; erasedAt: string | null }) => [x.id, x.erasedAt !== null]))).toEqual({
      [ann]: true,
      [bob]: false,
    });
    expect(await count("uploads")).toBe(uploadsBefore - 1);
    expect(await mailsTo(email)).toEqual([]);
    expect(await count("candidate_data_requests", sql`email = ${email}`)).toBe(0);

    const { auditEvents } = await a.client.client.ok(ACTIVITY);
    const lines = auditEvents.nodes
      .filter((e: { action: string }) => e.action === "application.status")
      .map((e: { summary: string }) => e.summary);
    expect(lines).toContain(`Moved an erased candidate's application for "Barista" to REJECTED`);
    expect(lines).toContain(`Moved Bob Other's application for "Barista" to SHORTLISTED`);
    expect(lines.join("\n")).not.toContain("Ann Candidate");

    const twice = await t.client().fails(CONFIRM_ERASURE, { token });
    expect(twice.extensions?.code).toBe("NOT_FOUND");
    expect(twice.message).toMatch(/expired or was already used/);
    // Nothing of the address is left to export, and the candidate may apply afresh.
    await t.client().ok(REQUEST_EXPORT, { email });
    expect(await mailsTo(email)).toEqual([]);
    await t.client().ok(APPLY, { input: applyInput(a, jobId, { email, name: "Ann Candidate" }) });
  });

  it("needs the link within 24 hours; an expired one erases nothing", async () => {
    const a = await agencyWithPortal(t);
    const jobId = await postJob(a);
    const email = candidateEmail();
    const id = await applyWithCv(a, jobId, { email, name: "Cat Late" });
    await t.client().ok(REQUEST_ERASURE, { email });
    const token = await linkToken(email, "erase");
    t.clock.advanceDays(1.01);
    expect((await t.client().fails(CONFIRM_ERASURE, { token })).extensions?.code).toBe("NOT_FOUND");
    expect((await t.client().fails(CONFIRM_ERASURE, { token: "  " })).extensions?.code).toBe("NOT_FOUND");
    const { applications } = await a.client.client.ok(APPLICATIONS, { jobId });
    expect(applications.find((x: { id: string }) => x.id === id)).toMatchObject({
      candidateName: "Cat Late",
      candidateEmail: email,
      resumeUrl: `/applications/${id}/resume`,
    });
    // A new link works; the expired one, which held the address, is gone.
    await t.client().ok(REQUEST_ERASURE, { email });
    expect(await count("candidate_data_requests", sql`email = ${email}`)).toBe(1);
    expect((await t.client().ok(CONFIRM_ERASURE, { token: await linkToken(email, "erase") })).confirmCandidateErasure).toBe(true);
  });
});
