import { describe, expect, it } from "vitest";
import { addMonths } from "./dates.js";
import {
  annualEarnings,
  assessLmt,
  looksEnglish,
  mergeRuns,
  publishChecks,
  type LmtAd,
  type LmtContext,
  type LmtPlacement,
} from "./lmt-checks.js";
import type { LmtRuleSet } from "./rules.js";

const ad: LmtAd = {
  title: "Chef de Partie",
  description: "Lead the grill section of our busy kitchen. You will work with a team of six and train junior cooks.",
  requirements: "Certificate IV in Commercial Cookery and 2 years of experience",
  advertiserName: "Coastal Cafe",
  annualEarnings: 75_000,
  salaryShown: true,
  durationDays: 28,
};
const context: LmtContext = { today: "2026-06-30", intendedLodgement: null, redundancyOn: null };
const national = (board: string, startsOn: string, endsOn: string | null): LmtPlacement => ({
  board,
  nationalReach: true,
  startsOn,
  endsOn,
});
const failing = (checks: { code: string; passed: boolean }[]) => checks.filter((c) => !c.passed).map((c) => c.code);

describe("publish checks (R8)", () => {
  it.each([
    ["a compliant ad", {}, []],
    ["a 27-day run", { durationDays: 27 }, ["RUN_LENGTH"]],
    ["a 28-day run", { durationDays: 28 }, []],
    ["salary $96,399 hidden", { annualEarnings: 96_399, salaryShown: false }, ["SALARY"]],
    ["salary $96,400 hidden", { annualEarnings: 96_400, salaryShown: false }, []],
    ["a shown range under the threshold", { annualEarnings: 80_000, salaryShown: true }, []],
    ["unknown earnings, hidden", { annualEarnings: null, salaryShown: false }, ["SALARY"]],
    ["no title", { title: " " }, ["POSITION"]],
    ["no skills or experience", { requirements: "" }, ["SKILLS"]],
    ["no advertiser name", { advertiserName: null }, ["ADVERTISER"]],
    [
      "not in English",
      {
        title: "Cuoco",
        description:
          "Cerchiamo un cuoco con esperienza per il nostro ristorante sul mare, con turni serali e nei fine settimana.",
        requirements: "Esperienza di due anni in cucina",
      },
      ["ENGLISH"],
    ],
  ] as const)("%s", (_name, change, expected) => {
    expect(failing(publishChecks({ ...ad, ...change }, context))).toEqual(expected);
  });

  it("explains a hidden salary under the threshold in words a person understands", () => {
    const salary = publishChecks({ ...ad, annualEarnings: 85_000, salaryShown: false }, context).find((c) => c.code === "SALARY");
    expect(salary?.detail).toBe("Salary must be shown: the role pays $85,000, under the $96,400 threshold.");
  });

  it("follows a threshold that changes on a date", () => {
    const rules: LmtRuleSet[] = [
      {
        effectiveFrom: "2018-03-18",
        salaryDisclosureThreshold: 96_400,
        minRunDays: 28,
        minNationalPlacements: 2,
        lodgementWindowMonths: 4,
      },
      {
        effectiveFrom: "2026-07-01",
        salaryDisclosureThreshold: 100_000,
        minRunDays: 28,
        minNationalPlacements: 2,
        lodgementWindowMonths: 4,
      },
    ];
    const hidden = { ...ad, annualEarnings: 98_000, salaryShown: false };
    expect(failing(publishChecks(hidden, { today: "2026-06-30", intendedLodgement: null, rules }))).toEqual([]);
    expect(failing(publishChecks(hidden, { today: "2026-07-01", intendedLodgement: null, rules }))).toEqual(["SALARY"]);
    expect(failing(publishChecks(hidden, { today: "2026-06-30", intendedLodgement: "2026-07-15", rules }))).toEqual(["SALARY"]);
  });
});

describe("placements and lodgement dates", () => {
  const two = [national("Seek", "2026-05-01", "2026-05-28"), national("Jora", "2026-05-03", "2026-06-15")];

  it.each([
    ["two national ads of 28 days", two, [], "2026-05-31", "2026-09-01"],
    ["one national ad", [two[0]!, { ...two[1]!, nationalReach: false }], ["NATIONAL_REACH", "LODGEMENT_WINDOW"], null, null],
    [
      "a 27-day national ad",
      [national("Seek", "2026-05-01", "2026-05-27"), two[1]!],
      ["NATIONAL_REACH", "CONTINUITY", "LODGEMENT_WINDOW"],
      null,
      null,
    ],
    [
      "a gap of one day on a board: flagged, and the full run after it counts on its own",
      [national("Seek", "2026-05-01", "2026-05-10"), national("Seek", "2026-05-12", "2026-06-20"), two[1]!],
      ["CONTINUITY"],
      "2026-06-09",
      "2026-09-03",
    ],
    [
      "back-to-back on a board continues the run",
      [national("Seek", "2026-05-01", "2026-05-10"), national("Seek", "2026-05-11", "2026-05-28"), two[1]!],
      [],
      "2026-05-31",
      "2026-09-01",
    ],
    [
      "overlapping ads on a board are fine",
      [national("Seek", "2026-05-01", "2026-05-20"), national("Seek", "2026-05-15", "2026-06-01"), two[1]!],
      [],
      "2026-05-31",
      "2026-09-01",
    ],
  ] as const)("%s", (_name, placements, expected, earliest, latest) => {
    const result = assessLmt(ad, placements, context);
    expect(failing(result.checks)).toEqual(expected);
    expect(result.earliestLodgement).toBe(earliest);
    expect(result.latestLodgement).toBe(latest);
  });

  it("flags an ad that started more than 4 months before the intended lodgement", () => {
    const old = [national("Seek", "2026-01-10", "2026-02-20"), two[1]!];
    const result = assessLmt(ad, old, { ...context, intendedLodgement: "2026-06-01" });
    expect(failing(result.checks)).toEqual(["NATIONAL_REACH", "LODGEMENT_WINDOW"]);
    expect(result.checks.find((c) => c.code === "LODGEMENT_WINDOW")?.detail).toMatch(/Seek \(2026-01-10\)/);
    const inTime = [national("Seek", "2026-01-20", "2026-02-20"), national("Jora", "2026-02-01", "2026-03-05")];
    const ok = assessLmt(ad, inTime, { ...context, intendedLodgement: "2026-05-15" });
    expect(failing(ok.checks)).toEqual([]);
    expect([ok.earliestLodgement, ok.latestLodgement]).toEqual(["2026-03-01", "2026-05-20"]);
  });

  it("no longer counts ads that started before a redundancy in the occupation", () => {
    const result = assessLmt(ad, two, { ...context, redundancyOn: "2026-05-02" });
    expect(failing(result.checks)).toEqual(["NATIONAL_REACH", "LODGEMENT_WINDOW", "REDUNDANCY"]);
    expect(result.counted.map((r) => r.board)).toEqual(["Jora"]);
  });

  it("does not fail a young ad that is still running, and projects the dates it will reach", () => {
    const result = assessLmt(ad, [national("Seek", "2026-06-20", null), two[1]!], context);
    expect(failing(result.checks)).toEqual(["NATIONAL_REACH", "LODGEMENT_WINDOW"]);
    expect(result.checks.find((c) => c.code === "NATIONAL_REACH")?.detail).toBe(
      "1 of 2 national ads count so far; 2 are needed. Seek reaches 28 days on 2026-07-17",
    );
    expect(result.earliestLodgement).toBe("2026-07-18");
  });

  it("counts days up to today for an ad booked to run past it", () => {
    const [run] = mergeRuns([national("Seek", "2026-06-20", "2026-08-01")], "2026-06-30");
    expect(run).toMatchObject({ days: 11, running: true });
  });

  it("counts a running ad up to today", () => {
    expect(mergeRuns([national("Seek", "2026-06-01", null)], "2026-06-28")[0]?.days).toBe(28);
  });
});

describe("helpers", () => {
  it.each([
    [{ min: 30, max: 35, period: "HOUR" as const }, 69_160],
    [{ min: 70_000, max: null, period: "YEAR" as const }, 70_000],
    [{ min: null, max: 8_000, period: "MONTH" as const }, 96_000],
    [null, null],
  ])("annualEarnings(%o) = %s", (salary, expected) => expect(annualEarnings(salary)).toBe(expected));

  it("adds months clamped to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-06-15", -4)).toBe("2026-02-15");
  });

  it("reads English", () => {
    expect(looksEnglish("We are looking for an experienced chef to join our team.")).toBe(true);
    expect(looksEnglish("招聘厨师")).toBe(false);
  });
});
