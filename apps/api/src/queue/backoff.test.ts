import { describe, expect, it } from "vitest";
import { RETRY_BASE_MS, RETRY_MAX_MS, retryDelayMs, slotStart } from "./backoff.js";

describe("retry backoff", () => {
  it.each([
    [0, 0],
    [1, RETRY_BASE_MS],
    [2, 2 * RETRY_BASE_MS],
    [3, 4 * RETRY_BASE_MS],
    [10, Math.min(RETRY_MAX_MS, 512 * RETRY_BASE_MS)],
    [1000, RETRY_MAX_MS],
  ])("after failure %i waits %i ms", (attempt, ms) => {
    expect(retryDelayMs(attempt)).toBe(ms);
  });
});

describe("schedule slots", () => {
  it.each([
    ["2026-12-01T10:00:59.999Z", 60_000, 0, "2026-12-01T10:00:00.000Z"],
    ["2026-12-01T10:01:00.000Z", 60_000, 0, "2026-12-01T10:01:00.000Z"],
    ["2026-12-01T10:17:00.000Z", 3_600_000, 0, "2026-12-01T10:00:00.000Z"],
    // a daily slot that starts at 22:00 UTC (9 am in Sydney in summer)
    ["2026-12-01T21:59:00.000Z", 86_400_000, 22 * 3_600_000, "2026-11-30T22:00:00.000Z"],
    ["2026-12-01T22:00:00.000Z", 86_400_000, 22 * 3_600_000, "2026-12-01T22:00:00.000Z"],
  ])("%s in slots of %i ms (offset %i) starts at %s", (at, every, offset, start) => {
    expect(slotStart(new Date(at), every, offset).toISOString()).toBe(start);
  });
});
