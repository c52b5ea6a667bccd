import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.js";
import type { PlanTerms } from "./purchase.js";
import { addMonthsClamped, decidePlanChange, periodAt, renewalPeriod, subscriptionPeriod } from "./subscription.js";

const at = (iso: string) => new Date(iso);

describe("addMonthsClamped", () => {
  it.each([
    ["2026-01-15T10:00:00.000Z", 1, "2026-02-15T10:00:00.000Z"],
    ["2026-01-31T10:00:00.000Z", 1, "2026-02-28T10:00:00.000Z"],
    ["2028-01-31T10:00:00.000Z", 1, "2028-02-29T10:00:00.000Z"],
    ["2026-03-31T00:00:00.000Z", 1, "2026-04-30T00:00:00.000Z"],
    ["2026-12-31T23:59:59.999Z", 1, "2027-01-31T23:59:59.999Z"],
    ["2026-01-31T10:00:00.000Z", 2, "2026-03-31T10:00:00.000Z"],
    ["2026-01-31T10:00:00.000Z", 13, "2027-02-28T10:00:00.000Z"],
    ["2026-05-10T00:00:00.000Z", 0, "2026-05-10T00:00:00.000Z"],
    ["2026-03-31T00:00:00.000Z", -1, "2026-02-28T00:00:00.000Z"],
  ] as const)("%s + %i months = %s", (from, months, expected) => {
    expect(addMonthsClamped(at(from), months).toISOString()).toBe(expected);
  });
});

describe("subscription periods", () => {
  const anchor = at("2026-01-31T09:00:00.000Z");

  it("anchors every period to the start, so the 31st comes back after February", () => {
    expect([0, 1, 2].map((i) => subscriptionPeriod(anchor, i).end.toISOString())).toEqual([
      "2026-02-28T09:00:00.000Z",
      "2026-03-31T09:00:00.000Z",
      "2026-04-30T09:00:00.000Z",
    ]);
  });

  it.each([
    ["before the anchor", "2026-01-01T00:00:00.000Z", 0],
    ["the anchor itself", "2026-01-31T09:00:00.000Z", 0],
    ["just before the first end", "2026-02-28T08:59:59.999Z", 0],
    ["the first end belongs to the next period", "2026-02-28T09:00:00.000Z", 1],
    ["a year later", "2027-02-10T00:00:00.000Z", 12],
  ] as const)("periodAt: %s", (_name, when, index) => {
    const period = periodAt(anchor, at(when));
    expect(period.index).toBe(index);
    expect(period.start.getTime()).toBeLessThanOrEqual(Math.max(at(when).getTime(), anchor.getTime()));
    expect(period.end.getTime()).toBeGreaterThan(at(when).getTime());
  });

  it.each([
    ["on time: the next period", "2026-02-28T09:00:00.000Z", 1],
    ["a day late: still the next period", "2026-03-01T09:00:00.000Z", 1],
    ["after two missed periods: the one containing now", "2026-05-05T00:00:00.000Z", 3],
  ] as const)("renewalPeriod: %s", (_name, now, index) => {
    expect(renewalPeriod(anchor, 0, at(now)).index).toBe(index);
  });
});

const plan = (code: string, credits: number, priceCents: number): PlanTerms => ({
  code,
  kind: "SUBSCRIPTION",
  credits,
  priceCents,
});
const sub5 = plan("sub-5", 5, 79500);
const sub10 = plan("sub-10", 10, 139000);
const sub20 = plan("sub-20", 20, 239000);

describe("decidePlanChange (R5)", () => {
  it.each([
    ["nothing live: subscribe at full price", null, sub10, { kind: "SUBSCRIBE", credits: 10, amountCents: 139000 }],
    [
      "more credits: upgrade now for the difference",
      { plan: sub5, status: "ACTIVE", pendingPlanCode: null },
      sub10,
      { kind: "UPGRADE", credits: 5, amountCents: 59500 },
    ],
    [
      "5 → 20",
      { plan: sub5, status: "ACTIVE", pendingPlanCode: null },
      sub20,
      { kind: "UPGRADE", credits: 15, amountCents: 159500 },
    ],
    [
      "upgrading a canceled one",
      { plan: sub5, status: "CANCELED", pendingPlanCode: null },
      sub10,
      { kind: "UPGRADE", credits: 5, amountCents: 59500 },
    ],
    [
      "fewer credits: downgrade at the period's end",
      { plan: sub20, status: "ACTIVE", pendingPlanCode: null },
      sub5,
      { kind: "DOWNGRADE", credits: 0, amountCents: 0 },
    ],
    [
      "the same plan while canceled: resume",
      { plan: sub10, status: "CANCELED", pendingPlanCode: null },
      sub10,
      { kind: "RESUME", credits: 0, amountCents: 0 },
    ],
    [
      "the same plan with a downgrade scheduled: keep it",
      { plan: sub10, status: "ACTIVE", pendingPlanCode: "sub-5" },
      sub10,
      { kind: "RESUME", credits: 0, amountCents: 0 },
    ],
  ] as const)("%s", (_name, current, target, expected) => {
    expect(decidePlanChange(current, target)).toEqual(expected);
  });

  it("refuses the same plan again as a CONFLICT", () => {
    const attempt = () => decidePlanChange({ plan: sub10, status: "ACTIVE", pendingPlanCode: null }, sub10);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/already subscribed/);
  });

  it("only decides subscription plans", () => {
    expect(() => decidePlanChange(null, { code: "pack-5", kind: "JOB_PACK", credits: 5, priceCents: 89500 })).toThrow(RangeError);
  });
});
