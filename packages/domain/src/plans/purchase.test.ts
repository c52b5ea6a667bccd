import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.js";
import { assertSameRequest, priceOfPurchase, type PlanTerms } from "./purchase.js";

const payg: PlanTerms = { code: "payg", kind: "PAY_AS_YOU_GO", credits: 1, priceCents: 19900 };
const pack: PlanTerms = { code: "pack-25", kind: "JOB_PACK", credits: 25, priceCents: 347500 };

describe("priceOfPurchase (R5)", () => {
  it.each([
    [payg, 1, { credits: 1, amountCents: 19900 }],
    [payg, 3, { credits: 3, amountCents: 59700 }],
    [payg, 100, { credits: 100, amountCents: 1990000 }],
    [pack, 1, { credits: 25, amountCents: 347500 }],
  ] as const)("%o × %i", (plan, quantity, expected) => expect(priceOfPurchase(plan, quantity)).toEqual(expected));

  it.each([
    [payg, 0],
    [payg, 101],
    [payg, 1.5],
    [payg, -1],
    [pack, 2],
    [pack, 0],
  ] as const)("refuses %o × %d with a quantity message", (plan, quantity) => {
    try {
      priceOfPurchase(plan, quantity);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe("BAD_USER_INPUT");
      expect((e as DomainError).fields).toHaveProperty("quantity");
    }
  });
});

describe("assertSameRequest", () => {
  it("accepts the same request and refuses another as CONFLICT", () => {
    expect(() => assertSameRequest("a", "a")).not.toThrow();
    expect(() => assertSameRequest("a", "b")).toThrow(expect.objectContaining({ code: "CONFLICT" }));
  });
});
