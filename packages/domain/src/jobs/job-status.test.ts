import { describe, expect, it } from "vitest";
import { jobStatusAt } from "./job-status.js";

const now = new Date("2026-12-01T10:00:00.000Z");
const before = new Date("2026-12-01T09:59:59.999Z");
const after = new Date("2026-12-01T10:00:00.001Z");

describe("a job ad's status as of now", () => {
  it.each([
    ["DRAFT", null, "DRAFT"],
    ["PUBLISHED", after, "PUBLISHED"],
    ["PUBLISHED", now, "CLOSED"],
    ["PUBLISHED", before, "CLOSED"],
    ["PUBLISHED", null, "PUBLISHED"],
    ["CLOSED", after, "CLOSED"],
    ["CLOSED", before, "CLOSED"],
  ] as const)("%s closing at %s reads %s", (status, closesAt, expected) => {
    expect(jobStatusAt(status, closesAt, now)).toBe(expected);
  });
});
