import { describe, expect, it } from "vitest";
import { daysUntilWindowCloses, dueLmtReminders, readyToLodge, windowClosesWithin, type LmtStanding } from "./reminders.js";

const open: LmtStanding = { compliant: true, earliestLodgement: "2026-07-01", latestLodgement: "2026-10-31" };

describe("ready to lodge (R14)", () => {
  it.each([
    ["the day before the earliest day", open, "2026-06-30", false],
    ["the earliest day", open, "2026-07-01", true],
    ["the latest day", open, "2026-10-31", true],
    ["the day after the window", open, "2026-11-01", false],
    ["a failing check", { ...open, compliant: false }, "2026-07-15", false],
    ["no window yet", { compliant: true, earliestLodgement: null, latestLodgement: null }, "2026-07-15", false],
  ] as const)("%s", (_name, standing, today, expected) => {
    expect(readyToLodge(standing, today)).toBe(expected);
  });
});

describe("window closing", () => {
  it.each([
    ["15 days left", "2026-10-16", 15, false],
    ["14 days left", "2026-10-17", 14, true],
    ["the last day", "2026-10-31", 0, true],
    ["closed", "2026-11-01", null, false],
  ] as const)("%s", (_name, today, left, within) => {
    expect(daysUntilWindowCloses(open, today)).toBe(left);
    expect(windowClosesWithin(open, today)).toBe(within);
  });
});

describe("the LMT reminders due on a day", () => {
  it.each([
    ["before the window", "2026-06-30", []],
    ["on the earliest day", "2026-07-01", ["LMT_READY:2026-07-01"]],
    ["15 days before the end", "2026-10-16", ["LMT_READY:2026-07-01"]],
    ["14 days before the end", "2026-10-17", ["LMT_READY:2026-07-01", "LMT_WINDOW_CLOSING:2026-10-17/14"]],
    ["4 days before: still the 14-day one", "2026-10-27", ["LMT_READY:2026-07-01", "LMT_WINDOW_CLOSING:2026-10-17/14"]],
    ["3 days before the end", "2026-10-28", ["LMT_READY:2026-07-01", "LMT_WINDOW_CLOSING:2026-10-28/3"]],
    ["the last day", "2026-10-31", ["LMT_READY:2026-07-01", "LMT_WINDOW_CLOSING:2026-10-28/3"]],
    ["after the window", "2026-11-01", []],
  ] as const)("%s", (_name, today, expected) => {
    expect(dueLmtReminders(open, today).map((r) => `${r.kind}:${r.dueKey}`)).toEqual(expected);
  });

  it("a failing ad has no reminders", () => {
    expect(dueLmtReminders({ ...open, compliant: false }, "2026-10-28")).toEqual([]);
  });
});
