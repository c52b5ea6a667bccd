import { describe, expect, it } from "vitest";
import { renewalAttemptKey, renewalRetryAt } from "./renewal-retry.js";

const END = new Date("2026-02-28T09:00:00.000Z");

describe("renewalRetryAt", () => {
  it.each([
    [1, "2026-03-01T09:00:00.000Z"],
    [2, "2026-03-03T09:00:00.000Z"],
    [3, "2026-03-07T09:00:00.000Z"],
    [4, null],
    [9, null],
  ])("after %i declines -> %s", (declines, at) => expect(renewalRetryAt(END, declines)?.toISOString() ?? null).toBe(at));
  it.each([0, -1, 1.5])("refuses %s", (n) => expect(() => renewalRetryAt(END, n)).toThrow(RangeError));
});

describe("renewalAttemptKey", () => {
  it.each([
    [0, "renewal:s1:2026-02-28T09:00:00.000Z"],
    [1, "renewal:s1:2026-02-28T09:00:00.000Z:retry-1"],
    [3, "renewal:s1:2026-02-28T09:00:00.000Z:retry-3"],
  ])("attempt %i -> %s", (attempt, key) => expect(renewalAttemptKey("renewal:", "s1", END, attempt)).toBe(key));
});
