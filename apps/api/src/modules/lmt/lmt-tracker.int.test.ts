import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, addMonths, dayIn } from "@app/domain";
import { startTestApp, type TestApp } from "../../../test/harness.js";
import { activeConnection, employer, serviceProvider, type SignedUp } from "../../../test/factories.js";
import { clientConnections, jobs, lmtPlacements, lmtSettings, organizations } from "../../db/schema/index.js";

let t: TestApp;
let agency: SignedUp;
beforeAll(async () => {
  t = await startTestApp();
  agency = await serviceProvider(t, { organizationName: "Fifty Clients Migration" });
});
afterAll(() => t.close());

const ROW = `jobId clientId clientName connectionId title status requiredDays compliant earliestLodgement latestLodgement
  redundancyOn readyToLodge windowClosesInDays nationalPlacements { board days } failingChecks { code label }`;
const TRACKER = `query($filter: LmtTrackerFilter, $sort: LmtTrackerSort, $descending: Boolean) {
  lmtTracker(filter: $filter, sort: $sort, descending: $descending) { total csvUrl clients { id name } rows { ${ROW} } } }`;
const REPORT = `query($jobId: ID!) { lmtReport(jobId: $jobId) { readOnly compliant earliestLodgement latestLodgement job { id title } placements { board days } } }`;

const tz = "Australia/Sydney";
const today = () => dayIn(t.clock.now(), tz);

type Shape = "READY" | "CLOSING" | "RUNNING" | "REDUNDANT";
const SHAPES: Shape[] = ["READY", "CLOSING", "RUNNING", "REDUNDANT"];

/** Clients and their LMT ads written straight to the database (as many as a busy agency has). */
async function clientsWithAds(count: number, adsEach: (i: number) => number, status: "ACTIVE" | "REVOKED" = "ACTIVE") {
  const db = t.database.db;
  const made: { clientId: string; jobIds: string[]; shapes: Shape[] }[] = [];
  for (let i = 0; i < count; i++) {
    const [client] = await db
      .insert(organizations)
      .values({ kind: "EMPLOYER", name: `Client ${String(++clientsMade).padStart(3, "0")}` })
      .returning();
    await db.insert(clientConnections).values({
      serviceProviderId: agency.organizationId,
      clientId: client!.id,
      invitedCompanyName: client!.name,
      invitedEmail: `owner-${client!.id}@example.com`,
      status,
      respondedAt: t.clock.now(),
    });
    const jobIds: string[] = [];
    const shapes: Shape[] = [];
    for (let n = 0; n < adsEach(i); n++) {
      const shape = SHAPES[(i + n) % SHAPES.length]!;
      const startedOn =
        shape === "READY"
          ? addDays(today(), -40)
          : shape === "CLOSING"
            ? addDays(addMonths(today(), -4), 10)
            : addDays(today(), -5);
      const [job] = await db
        .insert(jobs)
        .values({
          employerId: client!.id,
          title: `Chef ${n + 1}`,
          description: "Lead the grill section of our busy kitchen. You will work with a team of six and train junior cooks.",
          requirements: "Certificate IV in Commercial Cookery and 2 years of experience",
          city: "Sydney",
          workType: "FULL_TIME",
          salaryMin: 70000,
          salaryMax: 78000,
          salaryPeriod: "YEAR",
          salaryCurrency: "AUD",
          lmt: true,
          durationDays: 28,
          status: "DRAFT",
          createdByServiceProviderId: agency.organizationId,
        })
        .returning();
      await db.insert(lmtPlacements).values([
        { jobId: job!.id, board: "SEEK", nationalReach: true, sourceCode: "seek", startsOn: startedOn, endsOn: null },
        { jobId: job!.id, board: "Jora", nationalReach: true, sourceCode: "jora", startsOn: startedOn, endsOn: null },
      ]);
      if (shape === "REDUNDANT") await db.insert(lmtSettings).values({ jobId: job!.id, redundancyOn: addDays(today(), -1) });
      jobIds.push(job!.id);
      shapes.push(shape);
    }
    made.push({ clientId: client!.id, jobIds, shapes });
  }
  return made;
}
let clientsMade = 0;

/** RFC 4180 lines into cells (the CSV quotes cells holding commas or quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")) {
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted && c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = !quoted;
      else if (c === "," && !quoted) {
        cells.push(cell);
        cell = "";
      } else cell += c;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

function cookieOf(signedUp: SignedUp): string {
  const jar = (signedUp.client as unknown as { cookies: Map<string, string> }).cookies;
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

type Row = {
  jobId: string;
  clientId: string;
  clientName: string;
  title: string;
  status: string;
  readyToLodge: boolean;
  windowClosesInDays: number | null;
  earliestLodgement: string | null;
  latestLodgement: string | null;
  redundancyOn: string | null;
  failingChecks: { code: string; label: string }[];
  nationalPlacements: { board: string; days: number }[];
};

describe("the LMT tracker across clients", () => {
  it("lists 200 LMT ads across 50 clients with the same number of queries as 10 ads across 5", async () => {
    await clientsWithAds(5, () => 2);
    const small = await t.queries.during(() => agency.client.ok(TRACKER));
    expect((await agency.client.ok(TRACKER)).lmtTracker.total).toBe(10);

    await clientsWithAds(45, (i) => (i < 10 ? 5 : 4));
    let result: { lmtTracker: { total: number; clients: unknown[]; rows: Row[] } } | undefined;
    const queries = await t.queries.during(async () => {
      result = await agency.client.ok(TRACKER);
    });
    expect(result!.lmtTracker.clients).toHaveLength(50);
    expect(result!.lmtTracker.total).toBe(200);
    expect(result!.lmtTracker.rows).toHaveLength(200);
    console.info(`tracker: ${queries} database queries for 200 LMT ads across 50 clients, ${small} for 10 across 5`);
    expect(queries).toBe(small);
    expect(queries).toBeLessThanOrEqual(8);
  });

  it("shows each ad's placements out of 28 days, failing checks, lodgement dates and redundancy flag", async () => {
    const rows: Row[] = (await agency.client.ok(TRACKER)).lmtTracker.rows;
    const ready = rows.find((r) => r.readyToLodge)!;
    expect(ready).toMatchObject({
      status: "DRAFT",
      earliestLodgement: addDays(addDays(today(), -40), 28),
      latestLodgement: addMonths(addDays(today(), -40), 4),
      redundancyOn: null,
      failingChecks: [],
    });
    expect([...ready.nationalPlacements].sort((a, b) => a.board.localeCompare(b.board))).toEqual([
      { board: "Jora", days: 41 },
      { board: "SEEK", days: 41 },
    ]);
    const running = rows.find((r) => r.nationalPlacements[0]!.days === 6 && r.redundancyOn === null)!;
    expect(running.readyToLodge).toBe(false);
    expect(running.failingChecks.map((c) => c.code)).toEqual(["NATIONAL_REACH", "LODGEMENT_WINDOW"]);
    const redundant = rows.find((r) => r.redundancyOn !== null)!;
    expect(redundant.failingChecks.map((c) => c.code)).toContain("REDUNDANCY");
  });

  it("filters by client, status, ready to lodge, window closing within 14 days and failing a check; sorts; CSV matches", async () => {
    const all: Row[] = (await agency.client.ok(TRACKER)).lmtTracker.rows;
    const closing = (await agency.client.ok(TRACKER, { filter: { windowClosing: true }, sort: "WINDOW_CLOSES" })).lmtTracker;
    expect(closing.rows.length).toBe(all.filter((r) => r.windowClosesInDays !== null && r.windowClosesInDays <= 14).length);
    expect(closing.rows.length).toBeGreaterThan(0);
    expect(closing.rows.every((r: Row) => r.windowClosesInDays === 10 || r.windowClosesInDays! <= 14)).toBe(true);

    const ready = (await agency.client.ok(TRACKER, { filter: { readyToLodge: true } })).lmtTracker.rows;
    expect(ready.length).toBe(all.filter((r) => r.readyToLodge).length);
    const failing = (await agency.client.ok(TRACKER, { filter: { failingCheck: true } })).lmtTracker.rows;
    expect(failing.length).toBe(all.filter((r) => r.failingChecks.length > 0).length);
    expect(ready.length + failing.length).toBe(200);
    const oneClient = all[7]!.clientId;
    const byClient = (await agency.client.ok(TRACKER, { filter: { clientId: oneClient } })).lmtTracker.rows;
    expect(byClient.map((r: Row) => r.jobId).sort()).toEqual(
      all
        .filter((r) => r.clientId === oneClient)
        .map((r) => r.jobId)
        .sort(),
    );
    expect((await agency.client.ok(TRACKER, { filter: { status: "PUBLISHED" } })).lmtTracker.rows).toEqual([]);

    const sorted = (await agency.client.ok(TRACKER, { sort: "LATEST_LODGEMENT", descending: true })).lmtTracker.rows as Row[];
    const dates = sorted.map((r) => r.latestLodgement).filter((d) => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(sorted[sorted.length - 1]!.latestLodgement).toBeNull();

    // The CSV is what the screen shows: the same rows, in the same order, in the same words.
    const { lmtTracker } = await agency.client.ok(TRACKER, { filter: { windowClosing: true }, sort: "CLIENT", descending: true });
    expect(lmtTracker.csvUrl).toBe("/lmt/tracker.csv?closing=1&sort=CLIENT&desc=1");
    const res = await fetch(`${t.url}${lmtTracker.csvUrl}`, { headers: { cookie: cookieOf(agency) } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, ...lines] = parseCsv(await res.text());
    expect(header).toEqual([
      "Client",
      "Role",
      "Status",
      "National placements (days advertised)",
      "Failing checks",
      "Earliest lodgement",
      "Latest lodgement",
      "Redundancy",
      "Ready to lodge",
      "Window closes in (days)",
    ]);
    expect(lines).toEqual(
      lmtTracker.rows.map((r: Row) => [
        r.clientName,
        r.title,
        "Draft",
        r.nationalPlacements.map((p) => `${p.board}: ${Math.min(p.days, 28)}/28 days`).join("; "),
        r.failingChecks.length === 0 ? "None" : r.failingChecks.map((c) => c.label).join("; "),
        r.earliestLodgement ?? "",
        r.latestLodgement ?? "",
        r.redundancyOn === null ? "No" : `Yes (${r.redundancyOn})`,
        r.readyToLodge ? "Yes" : "No",
        r.windowClosesInDays === null ? "" : String(r.windowClosesInDays),
      ]),
    );
    expect((await fetch(`${t.url}${lmtTracker.csvUrl}`)).status).toBe(401);
  });

  it("a row opens its ad's LMT report read-only, from the agency's own account", async () => {
    const row: Row = (await agency.client.ok(TRACKER, { filter: { readyToLodge: true } })).lmtTracker.rows[0];
    const { lmtReport } = await agency.client.ok(REPORT, { jobId: row.jobId });
    expect(lmtReport).toMatchObject({
      readOnly: true,
      compliant: true,
      earliestLodgement: row.earliestLodgement,
      latestLodgement: row.latestLodgement,
      job: { id: row.jobId, title: row.title },
    });
    const add = `mutation($jobId: ID!) { addLmtPlacement(jobId: $jobId, input: { board: "X", nationalReach: true, startsOn: "2026-01-01" }) { compliant } }`;
    expect((await agency.client.fails(add, { jobId: row.jobId })).extensions?.code).toBe("FORBIDDEN");
    const csv = await fetch(`${t.url}/lmt/${row.jobId}/report.csv`, { headers: { cookie: cookieOf(agency) } });
    expect(csv.status).toBe(200);
    // Another agency finds nothing.
    const other = await serviceProvider(t);
    expect((await other.client.fails(REPORT, { jobId: row.jobId })).extensions?.code).toBe("NOT_FOUND");
    expect((await other.client.ok(TRACKER)).lmtTracker.total).toBe(0);
  });

  it("never shows the LMT ads of a client whose connection is revoked", async () => {
    const [revoked] = await clientsWithAds(1, () => 3, "REVOKED");
    const { lmtTracker } = await agency.client.ok(TRACKER);
    expect(lmtTracker.total).toBe(200);
    expect(lmtTracker.rows.some((r: Row) => revoked!.jobIds.includes(r.jobId))).toBe(false);
    expect(lmtTracker.clients.some((c: { id: string }) => c.id === revoked!.clientId)).toBe(false);
    expect((await agency.client.fails(REPORT, { jobId: revoked!.jobIds[0] })).extensions?.code).toBe("NOT_FOUND");
    const csv = await (await fetch(`${t.url}${lmtTracker.csvUrl}`, { headers: { cookie: cookieOf(agency) } })).text();
    expect(parseCsv(csv)).toHaveLength(201);

    // Revoked through the product: the client's ads leave the tracker at once.
    const cafe = await employer(t, { organizationName: "Zeta Cafe" });
    const connectionId = await activeConnection(t, agency, cafe, "Zeta Cafe");
    await t.database.db.insert(jobs).values({
      employerId: cafe.organizationId,
      title: "Barista",
      description: "Coffee for our customers.",
      city: "Manly",
      workType: "FULL_TIME",
      lmt: true,
    });
    expect((await agency.client.ok(TRACKER)).lmtTracker.total).toBe(201);
    await cafe.client.ok(`mutation($id: ID!) { revokeClientConnection(connectionId: $id) { status } }`, { id: connectionId });
    expect((await agency.client.ok(TRACKER)).lmtTracker.total).toBe(200);
  });

  it("needs a service provider's own account", async () => {
    const cafe = await employer(t);
    expect((await cafe.client.fails(TRACKER)).extensions?.code).toBe("FORBIDDEN");
    expect((await t.client().fails(TRACKER)).extensions?.code).toBe("UNAUTHENTICATED");
  });
});
