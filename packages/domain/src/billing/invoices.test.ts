import { describe, expect, it } from "vitest";
import { buyerIdentityRequired, creditValueCents, creditsToTakeBack, invoiceAmounts, invoiceNumber } from "./invoices.js";

describe("invoiceNumber", () => {
  it.each([
    ["TAX_INVOICE", 1, "INV-000001"],
    ["TAX_INVOICE", 42, "INV-000042"],
    ["ADJUSTMENT_NOTE", 7, "AN-000007"],
    ["TAX_INVOICE", 1234567, "INV-1234567"],
  ] as const)("%s %i -> %s", (kind, sequence, number) => expect(invoiceNumber(kind, sequence)).toBe(number));
  it.each([0, -1, 1.5])("refuses %s", (n) => expect(() => invoiceNumber("TAX_INVOICE", n)).toThrow(RangeError));
});

describe("buyerIdentityRequired", () => {
  it.each([
    [99_999, false],
    [100_000, true],
    [19_900, false],
    [199_000, true],
  ])("%i cents -> %s", (cents, required) => expect(buyerIdentityRequired(cents)).toBe(required));
});

describe("invoiceAmounts", () => {
  it.each([
    [19_900, 1_809, 18_091],
    [59_700, 5_427, 54_273],
    [0, 0, 0],
  ])("%i -> GST %i, ex GST %i", (total, gst, ex) =>
    expect(invoiceAmounts(total)).toEqual({ totalCents: total, gstCents: gst, exGstCents: ex }),
  );
});

describe("creditsToTakeBack", () => {
  const base = { credits: 10, amountCents: 100_000, alreadyRefundedCents: 0 };
  it.each([
    ["full refund, nothing spent", { ...base, unspent: 10, refundedCents: 100_000 }, 10],
    ["full refund, 3 spent", { ...base, unspent: 7, refundedCents: 100_000 }, 7],
    ["full refund, all spent", { ...base, unspent: 0, refundedCents: 100_000 }, 0],
    ["half refunded", { ...base, unspent: 10, refundedCents: 50_000 }, 5],
    ["a third refunded rounds up", { ...base, unspent: 10, refundedCents: 33_000 }, 4],
    ["partial, fewer unspent than owed", { ...base, unspent: 2, refundedCents: 50_000 }, 2],
    ["second half after a first half", { ...base, unspent: 5, refundedCents: 50_000, alreadyRefundedCents: 50_000 }, 5],
    ["more than the amount counts as full", { ...base, unspent: 4, refundedCents: 200_000 }, 4],
    ["nothing refunded", { ...base, unspent: 10, refundedCents: 0 }, 0],
    ["free purchase", { ...base, amountCents: 0, unspent: 10, refundedCents: 0 }, 0],
  ])("%s", (_name, input, expected) => expect(creditsToTakeBack(input)).toBe(expected));
});

describe("creditValueCents", () => {
  it.each([
    [{ amountCents: 59_700, credits: 3 }, 19_900],
    [{ amountCents: 149_000, credits: 10 }, 14_900],
    [{ amountCents: 100, credits: 3 }, 33],
    [null, 0],
    [{ amountCents: 0, credits: 5 }, 0],
  ])("%j -> %i", (purchase, value) => expect(creditValueCents(purchase)).toBe(value));
});
