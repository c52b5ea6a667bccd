import { describe, expect, it } from "vitest";
import { isLotDueForExpiry, isLotUsable, lotExpiry, lotToSpend, type LotLike } from "./lots.js";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const lot = (id: string, remaining: number, expiresAt: Date | null, createdAt = day(0)): LotLike => ({
  id,
  remaining,
  expiresAt,
  createdAt,
});

describe("lotToSpend (R4)", () => {
  it.each([
    ["nothing to spend", [], day(1), null],
    ["the lot that expires first", [lot("sub", 5, day(30)), lot("pack", 5, day(10))], day(1), "pack"],
    ["lots that never expire go last", [lot("payg", 5, null), lot("pack", 5, day(300))], day(1), "pack"],
    ["an expired lot is never spent", [lot("old", 5, day(1)), lot("payg", 1, null)], day(1), "payg"],
    ["an empty lot is skipped", [lot("empty", 0, day(2)), lot("next", 1, day(3))], day(1), "next"],
    ["among equal expiries, the oldest first", [lot("b", 1, null, day(2)), lot("a", 1, null, day(1))], day(3), "a"],
  ] as const)("%s", (_name, lots, now, expected) => {
    expect(lotToSpend(lots, now)?.id ?? null).toBe(expected);
  });

  it("treats the instant of expiry as expired", () => {
    expect(isLotUsable(lot("x", 1, day(5)), day(5))).toBe(false);
    expect(isLotUsable(lot("x", 1, day(5)), new Date(day(5).getTime() - 1))).toBe(true);
  });
});

describe("lotExpiry", () => {
  it("adds the plan's validity, or never expires", () => {
    expect(lotExpiry(day(0), 365)?.toISOString()).toBe(day(365).toISOString());
    expect(lotExpiry(day(0), null)).toBeNull();
  });
});

describe("isLotDueForExpiry", () => {
  it.each([
    ["expiring now", lot("x", 3, day(5)), day(5), true],
    ["already past", lot("x", 3, day(5)), day(9), true],
    ["not yet", lot("x", 3, day(5)), new Date(day(5).getTime() - 1), false],
    ["spent to 0", lot("x", 0, day(5)), day(9), false],
    ["never expires", lot("x", 3, null), day(9999), false],
  ] as const)("%s", (_name, l, now, expected) => expect(isLotDueForExpiry(l, now)).toBe(expected));

  it("is exactly the complement of usable for lots with credits", () => {
    const l = lot("x", 1, day(5));
    for (const now of [day(4), day(5), day(6)]) expect(isLotDueForExpiry(l, now)).toBe(!isLotUsable(l, now));
  });
});
