import { describe, expect, it } from "vitest";
import { findLedgerProblem, ledgerBalance } from "./ledger.js";

describe("the ledger (R3)", () => {
  it("sums entries into the balance", () => {
    expect(ledgerBalance([])).toBe(0);
    expect(ledgerBalance([{ amount: 20 }, { amount: -1 }, { amount: 3 }])).toBe(22);
  });

  it.each([
    ["an empty ledger holds", [], null],
    [
      "running balances that follow",
      [
        { amount: 3, balanceAfter: 3 },
        { amount: -1, balanceAfter: 2 },
      ],
      null,
    ],
    [
      "a balanceAfter that skips",
      [
        { amount: 3, balanceAfter: 3 },
        { amount: -1, balanceAfter: 3 },
      ],
      /entry 1/,
    ],
    [
      "a balance below 0",
      [
        { amount: 1, balanceAfter: 1 },
        { amount: -2, balanceAfter: -1 },
      ],
      /below 0/,
    ],
    ["a zero amount", [{ amount: 0, balanceAfter: 0 }], /non-zero/],
    ["a fractional amount", [{ amount: 0.5, balanceAfter: 0.5 }], /non-zero whole/],
  ] as const)("%s", (_name, entries, problem) => {
    const found = findLedgerProblem(entries);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
