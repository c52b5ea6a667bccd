import { describe, expect, it } from "vitest";
import { COUNT_ESTIMATE_TRUSTED, TOTAL_COUNT_CAP, countMatches } from "./portal.service.js";
import { searchesPrefixes } from "./portal.repository.js";

interface Filter {
  words: string[];
  place: string[];
  prefix?: boolean;
}

/** A database where whole words match `whole` ads and the search with its prefix `withPrefix`. */
function run(filter: Filter, estimate: number, whole: number, withPrefix: number) {
  const counted: (boolean | undefined)[] = [];
  const result = countMatches(
    filter,
    async () => estimate,
    async (f, cap) => {
      counted.push(f.prefix);
      return Math.min(cap, f.prefix === false ? whole : withPrefix);
    },
  );
  return result.then((n) => ({ n, counted }));
}

describe("countMatches", () => {
  const chefInPerth = { words: ["chef"], place: ["perth"] };
  it.each([
    // estimate, whole-word matches, matches with the prefix → totalCount, the counts run (prefix flag)
    {
      name: "a large estimate is trusted",
      estimate: COUNT_ESTIMATE_TRUSTED,
      whole: 0,
      withPrefix: 0,
      n: TOTAL_COUNT_CAP,
      counted: [],
    },
    { name: "whole words reach the cap", estimate: 1700, whole: 1623, withPrefix: 1700, n: TOTAL_COUNT_CAP, counted: [false] },
    {
      name: "whole words fall short: the prefix is counted",
      estimate: 900,
      whole: 40,
      withPrefix: 700,
      n: 700,
      counted: [false, undefined],
    },
    {
      name: "no whole-word match (a prefix)",
      estimate: 3000,
      whole: 0,
      withPrefix: 2500,
      n: TOTAL_COUNT_CAP,
      counted: [false, undefined],
    },
  ])("$name", async ({ estimate, whole, withPrefix, n, counted }) => {
    expect(await run(chefInPerth, estimate, whole, withPrefix)).toEqual({ n, counted });
  });

  it("a search with no prefix is counted once", async () => {
    expect(await run({ words: ["a"], place: [] }, 10, 5, 5)).toEqual({ n: 5, counted: [undefined] });
  });
});

describe("searchesPrefixes", () => {
  it.each([
    { words: [], place: [], prefixes: false },
    { words: ["chef"], place: [], prefixes: true },
    { words: ["chef", "a"], place: [], prefixes: false },
    { words: [], place: ["60"], prefixes: true },
    { words: ["a"], place: ["perth"], prefixes: true },
  ])("$words / $place → $prefixes", ({ words, place, prefixes }) => {
    expect(searchesPrefixes({ words, place })).toBe(prefixes);
  });
});
