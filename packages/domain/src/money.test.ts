import { describe, expect, it } from "vitest";
import { assertCents, formatCents, gstIncluded, multiplyCents } from "./money.js";

describe("formatCents", () => {
  it.each([
    [19900, "$199"],
    [19950, "$199.50"],
    [5, "$0.05"],
    [0, "$0"],
    [-19900, "-$199"],
    [347500, "$3,475"],
    [100000000, "$1,000,000"],
  ])("%i → %s", (cents, text) => expect(formatCents(cents)).toBe(text));

  it("names other currencies", () => expect(formatCents(1000, "NZD")).toBe("NZD 10"));
});

describe("exact cents", () => {
  it("multiplies whole units exactly", () => expect(multiplyCents(19900, 3)).toBe(59700));
  it("refuses fractions", () => {
    expect(() => assertCents(1.5)).toThrow(RangeError);
    expect(() => multiplyCents(19900, 0.5)).toThrow(RangeError);
  });
});

describe("gstIncluded", () => {
  it.each([
    [19900, 1809],
    [347500, 31591],
    [1100, 100],
    [11, 1],
    [5, 0],
    [6, 1],
    [0, 0],
    [59500, 5409],
  ])("%i includes %i of GST", (amount, gst) => expect(gstIncluded(amount)).toBe(gst));

  it("refuses fractions of a cent", () => expect(() => gstIncluded(10.5)).toThrow(RangeError));
});
