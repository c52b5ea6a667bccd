import { describe, expect, it } from "vitest";
import { MAX_USER_TEXT_LENGTH, findUserTextProblem, userTextProblem } from "./user-text.js";

describe("userTextProblem", () => {
  it.each([
    ["plain text", "Barista in Bondi", null],
    ["empty", "", null],
    ["emoji (a surrogate pair)", "Great coffee ☕ 😀", null],
    ["CJK and accents", "陈美 café Ærø", null],
    ["tab and new lines", "line one\n\tline two\r\n", null],
    ["at the bound", "a".repeat(MAX_USER_TEXT_LENGTH), null],
    ["a NUL byte", "agency@example.com\u0000", /NUL/],
    ["only a NUL", "\u0000", /NUL/],
    ["a lone high surrogate", "a\ud800b", /Unicode/],
    ["a lone low surrogate", "\udc00", /Unicode/],
    ["a pair in the wrong order", "\ude00\ud83d", /Unicode/],
    ["over the bound", "a".repeat(MAX_USER_TEXT_LENGTH + 1), /at most 20,000/],
  ])("%s", (_name, text, problem) => {
    const found = userTextProblem(text);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it("takes a tighter bound", () => expect(userTextProblem("abcd", 3)).toMatch(/at most 3/));
});

describe("findUserTextProblem", () => {
  it.each([
    ["a string", "x\u0000", "email", "email"],
    ["a field of an input", { title: "ok", location: { city: "Syd\u0000" } }, "", "location.city"],
    ["an item of a list", { placements: [{ name: "ok" }, { name: "\ud800" }] }, "", "placements.1.name"],
    ["a list of strings", ["a", "b\u0000"], "ids", "ids.1"],
  ])("names %s", (_name, value, name, field) => expect(findUserTextProblem(value, name)?.field).toBe(field));

  it.each([
    ["clean input", { title: "Barista", tags: ["a", "b"], count: 3, draft: true, none: null }],
    ["a Date from a scalar", new Date()],
    ["numbers and booleans", [1, 2, false]],
  ])("passes %s", (_name, value) => expect(findUserTextProblem(value, "input")).toBeNull());
});
