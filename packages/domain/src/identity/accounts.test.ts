import { describe, expect, it } from "vitest";
import { normalizeEmail, passwordProblem, signUpProblems } from "./accounts.js";

const good = { email: "a@b.co", password: "0123456789", name: "A", organizationName: "B" };

describe("signUpProblems", () => {
  it.each([
    ["a good sign-up", good, []],
    ["a 9-character password", { ...good, password: "012345678" }, ["password"]],
    ["a 10-character password", { ...good, password: "0123456789" }, []],
    ["no @ in the email", { ...good, email: "ab.co" }, ["email"]],
    ["blank names", { ...good, name: "  ", organizationName: "" }, ["name", "organizationName"]],
  ] as const)("%s", (_name, input, fields) => expect(Object.keys(signUpProblems(input)).sort()).toEqual([...fields]));
});

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => expect(normalizeEmail("  Agency@Example.COM ")).toBe("agency@example.com"));
});

describe("passwordProblem", () => {
  it.each([
    ["", "Use at least 10 characters."],
    ["012345678", "Use at least 10 characters."],
    ["0123456789", null],
    ["x".repeat(200), null],
    ["x".repeat(201), "Use at most 200 characters."],
  ] as const)("%j", (password, expected) => expect(passwordProblem(password)).toBe(expected));
});
