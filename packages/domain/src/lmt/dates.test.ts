import { describe, expect, it } from "vitest";
import { dayIn, isTimeZone } from "./dates.js";

describe("dayIn: the calendar day an instant falls on in a time zone", () => {
  it.each([
    // Sydney in summer is UTC+11: 9 am on 1 December is 22:00 UTC on 30 November.
    ["2026-11-30T22:00:00Z", "Australia/Sydney", "2026-12-01"],
    ["2026-11-30T12:59:59Z", "Australia/Sydney", "2026-11-30"],
    ["2026-11-30T13:00:00Z", "Australia/Sydney", "2026-12-01"],
    // In winter it is UTC+10.
    ["2026-06-30T13:59:59Z", "Australia/Sydney", "2026-06-30"],
    ["2026-06-30T14:00:00Z", "Australia/Sydney", "2026-07-01"],
    // Perth has no daylight saving: UTC+8 all year.
    ["2026-11-30T16:00:00Z", "Australia/Perth", "2026-12-01"],
    ["2026-11-30T15:59:59Z", "Australia/Perth", "2026-11-30"],
    // Across a year end, and in UTC itself.
    ["2026-12-31T14:00:00Z", "Australia/Brisbane", "2027-01-01"],
    ["2026-12-31T23:59:59Z", "UTC", "2026-12-31"],
  ])("%s in %s is %s", (at, zone, day) => {
    expect(dayIn(new Date(at), zone)).toBe(day);
  });

  it("knows IANA zone names and refuses others", () => {
    expect(isTimeZone("Australia/Adelaide")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(() => dayIn(new Date(), "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
