import { describe, expect, it } from "vitest";
import { creditPayersInOrder, decidePayer, sharedCreditsAvailable, type PayerFacts } from "./payer.js";

const agencySession = (sharingEnabled: boolean) => ({ agency: { sharingEnabled } });
const ownSession = { agency: null };

describe("decidePayer (R1)", () => {
  const cases: [string, PayerFacts, ReturnType<typeof decidePayer>][] = [
    [
      "agency 20, client 0 → agency",
      { ...agencySession(true), agencyCredits: 20, employerCredits: 0 },
      "SERVICE_PROVIDER_CREDITS",
    ],
    [
      "agency 5, client 3 → agency even though the client has credits",
      { ...agencySession(true), agencyCredits: 5, employerCredits: 3 },
      "SERVICE_PROVIDER_CREDITS",
    ],
    [
      "agency 1 (the last one) → agency",
      { ...agencySession(true), agencyCredits: 1, employerCredits: 0 },
      "SERVICE_PROVIDER_CREDITS",
    ],
    ["agency 0, client 3 → client", { ...agencySession(true), agencyCredits: 0, employerCredits: 3 }, "OWN_CREDITS"],
    ["sharing off, client 3 → client", { ...agencySession(false), agencyCredits: 20, employerCredits: 3 }, "OWN_CREDITS"],
    ["sharing off, client 0 → card", { ...agencySession(false), agencyCredits: 20, employerCredits: 0 }, null],
    ["both 0 → card", { ...agencySession(true), agencyCredits: 0, employerCredits: 0 }, null],
    [
      "employer's own session, agency credits ignored → own",
      { ...ownSession, agencyCredits: 50, employerCredits: 1 },
      "OWN_CREDITS",
    ],
    ["employer's own session with 0 → card", { ...ownSession, agencyCredits: 50, employerCredits: 0 }, null],
    ["negative counts never pay", { ...agencySession(true), agencyCredits: -1, employerCredits: -2 }, null],
  ];
  it.each(cases)("%s", (_name, facts, expected) => {
    expect(decidePayer(facts)).toBe(expected);
  });
});

describe("creditPayersInOrder", () => {
  it("tries the agency first only while it shares inside a client", () => {
    expect(creditPayersInOrder(agencySession(true))).toEqual(["SERVICE_PROVIDER_CREDITS", "OWN_CREDITS"]);
    expect(creditPayersInOrder(agencySession(false))).toEqual(["OWN_CREDITS"]);
    expect(creditPayersInOrder(ownSession)).toEqual(["OWN_CREDITS"]);
  });
});

describe("sharedCreditsAvailable", () => {
  it.each([
    [{ sharingEnabled: true, credits: 19 }, true, 19],
    [{ sharingEnabled: false, credits: 19 }, true, 0],
    [{ sharingEnabled: true, credits: 19 }, false, 0],
    [{ sharingEnabled: true, credits: 0 }, true, 0],
  ])("%o active=%s → %i", (agency, active, expected) => {
    expect(sharedCreditsAvailable(agency, active)).toBe(expected);
  });
});
