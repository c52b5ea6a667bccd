import { describe, expect, it } from "vitest";
import { ACTIONS, describePolicy, policyAllows } from "./policy.js";

describe("the authorization table (R7)", () => {
  // A change to who may do what must show up as a diff of this committed file (`vitest -u` rewrites it).
  it("walks every action × organization kind × role and matches the committed expectation", async () => {
    await expect(describePolicy()).toMatchFileSnapshot("./policy.expected.txt");
  });

  it("lets an agency inside a client do only what is done in the current organization, as an employer", () => {
    const inClient = { role: "MEMBER", organizationKind: "SERVICE_PROVIDER", accessingClient: true } as const;
    expect(policyAllows(inClient, "jobs.publish")).toBe(true);
    expect(policyAllows(inClient, "clients.access")).toBe(true);
    expect(policyAllows(inClient, "members.manage")).toBe(false);
    expect(policyAllows(inClient, "accessRequests.respond")).toBe(false);
  });

  it("gives every action a label for the Team page", () => {
    expect(ACTIONS.length).toBeGreaterThan(20);
  });
});
