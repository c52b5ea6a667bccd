import { describe, expect, it } from "vitest";
import { candidateLinkExpiry, erasedCandidate, withoutCandidateName } from "./candidate-data.js";

describe("candidate data links", () => {
  const now = new Date("2026-11-30T10:00:00Z");
  it.each([
    ["EXPORT", "2026-12-07T10:00:00.000Z"],
    ["ERASURE", "2026-12-01T10:00:00.000Z"],
  ] as const)("a %s link works until %s", (kind, until) => {
    expect(candidateLinkExpiry(kind, now).toISOString()).toBe(until);
  });
});

describe("erasedCandidate", () => {
  it("keeps nothing that names or reaches the candidate, and a unique undeliverable email", () => {
    expect(erasedCandidate("a1")).toEqual({
      candidateName: "Erased candidate",
      candidateEmail: "erased-a1@erased.invalid",
      phone: null,
      coverNote: null,
    });
    expect(erasedCandidate("a1").candidateEmail).not.toBe(erasedCandidate("a2").candidateEmail);
  });
});

describe("withoutCandidateName", () => {
  it.each([
    [
      'Moved Ana Lee\'s application for "Barista" to REJECTED',
      "Ana Lee",
      'Moved an erased candidate\'s application for "Barista" to REJECTED',
    ],
    [
      'Moved Ana Leeson\'s application for "Barista" to HIRED',
      "Ana Lee",
      'Moved Ana Leeson\'s application for "Barista" to HIRED',
    ],
    ['Moved Bo\'s application for "Chef" to NEW', "Ana Lee", 'Moved Bo\'s application for "Chef" to NEW'],
    [
      "Moved Ana Lee's application for \"Ana Lee's application\" to NEW",
      "Ana Lee",
      "Moved an erased candidate's application for \"an erased candidate's application\" to NEW",
    ],
    ["Published the job", "", "Published the job"],
  ])("%s without %s", (summary, name, expected) => {
    expect(withoutCandidateName(summary, name)).toBe(expected);
  });
});
