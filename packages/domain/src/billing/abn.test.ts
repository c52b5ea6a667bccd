import { describe, expect, it } from "vitest";
import { formatAbn, normalizeAbn } from "./abn.js";

describe("normalizeAbn", () => {
  it.each([
    { text: "51 824 753 556", abn: "51824753556" },
    { text: "51824753556", abn: "51824753556" },
    { text: " 53 004 085 616 ", abn: "53004085616" },
    { text: "83914571673", abn: "83914571673" },
    { text: "51 824 753 557", abn: null }, // last digit off: the check fails
    { text: "12345678901", abn: null },
    { text: "5182475355", abn: null }, // 10 digits
    { text: "518247535560", abn: null }, // 12 digits
    { text: "51-824-753-556", abn: null },
    { text: "", abn: null },
  ])("$text -> $abn", ({ text, abn }) => {
    expect(normalizeAbn(text)).toBe(abn);
  });

  it("formats the digits in the ABR's groups", () => {
    expect(formatAbn("51824753556")).toBe("51 824 753 556");
  });
});
