import { describe, expect, it } from "vitest";
import { jobPath, jobSlug, NATIONAL_BOARD } from "./national-board.js";
import { checkPortalSettings } from "../portal/portal-settings.js";

describe("jobSlug", () => {
  it.each([
    ["plain words", "Barista", "barista"],
    ["punctuation and case", "Chef (Sous) – Bondi!", "chef-sous-bondi"],
    ["accents folded", "Café Manager, Crème Brûlée", "cafe-manager-creme-brulee"],
    ["letters without a decomposition", "Straße Œuvre", "strasse-oeuvre"],
    ["digits kept", "Level 2 Electrician 24/7", "level-2-electrician-24-7"],
    ["nothing usable", "!!! ???", "job"],
    ["non-latin only", "厨师", "job"],
    ["cut at a word before 80", `${"word ".repeat(30)}`, "word-".repeat(15) + "word"],
    ["one very long word", "a".repeat(100), "a".repeat(80)],
  ])("%s", (_name, title, slug) => {
    expect(jobSlug(title)).toBe(slug);
    expect(jobSlug(title).length).toBeLessThanOrEqual(80);
  });

  it("builds the canonical address under the national board", () => {
    expect(jobPath("0b6c1b7e-2d7f-4a59-9d7c-1f1f1f1f1f1f", "Head Chef")).toBe(
      "/jobs/0b6c1b7e-2d7f-4a59-9d7c-1f1f1f1f1f1f/head-chef",
    );
  });
});

describe("the national board's slug", () => {
  it("is one no agency portal may take", () => {
    const fields = checkPortalSettings({ slug: NATIONAL_BOARD.slug, title: "Board", primaryColor: "#123456" });
    expect(fields.slug).toBeDefined();
  });
});
