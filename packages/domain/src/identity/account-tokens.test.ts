import { describe, expect, it } from "vitest";
import { ACCOUNT_TOKEN_MINUTES, accountTokenExpiry, accountTokenProblem } from "./account-tokens.js";

const now = new Date("2026-12-07T04:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("account token lifetimes", () => {
  it("a reset link works 20 minutes and a verification link 48 hours", () => {
    expect(ACCOUNT_TOKEN_MINUTES.PASSWORD_RESET).toBe(20);
    expect(accountTokenExpiry("PASSWORD_RESET", now)).toEqual(minutes(20));
    expect(accountTokenExpiry("VERIFY_EMAIL", now)).toEqual(minutes(48 * 60));
  });
});

describe("accountTokenProblem", () => {
  const reset = (expiresIn: number, usedAt: Date | null = null) =>
    ({ purpose: "PASSWORD_RESET", expiresAt: minutes(expiresIn), usedAt }) as const;
  it.each([
    ["an unknown link", undefined, "PASSWORD_RESET", "NOT_FOUND"],
    ["a fresh link", reset(20), "PASSWORD_RESET", null],
    ["a link one millisecond before it expires", { ...reset(0), expiresAt: new Date(now.getTime() + 1) }, "PASSWORD_RESET", null],
    ["a link at the moment it expires", reset(0), "PASSWORD_RESET", "EXPIRED"],
    ["a link past its expiry", reset(-1), "PASSWORD_RESET", "EXPIRED"],
    ["a used link", reset(10, minutes(-1)), "PASSWORD_RESET", "USED"],
    ["a used link that has expired since", reset(-5, minutes(-10)), "PASSWORD_RESET", "USED"],
    ["a reset link used to verify", reset(20), "VERIFY_EMAIL", "NOT_FOUND"],
  ] as const)("%s", (_name, token, purpose, expected) => {
    expect(accountTokenProblem(token, purpose, now)).toBe(expected);
  });
});
