import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.js";
import { agencyInvitationLinkProblem, checkAgencyInvitationRequest } from "./agency-invitations.js";

describe("an employer's invitation to an agency", () => {
  it("normalizes the address and drops an empty message", () => {
    expect(checkAgencyInvitationRequest({ email: "  Ops@Harbour.Example ", message: "  " })).toEqual({
      email: "ops@harbour.example",
      message: null,
    });
    expect(checkAgencyInvitationRequest({ email: "a@b.example", message: " Hi " }).message).toBe("Hi");
  });

  it.each([
    [{ email: "not-an-email" }, { email: "Enter a valid email address." }],
    [{ email: "a@b.example", message: "x".repeat(2001) }, { message: "Keep the message under 2000 characters." }],
  ])("refuses %j field by field", (input, fields) => {
    try {
      checkAgencyInvitationRequest(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).fields).toEqual(fields);
    }
  });

  it.each([
    ["PENDING", null, null],
    ["EXPIRED", "This invitation has expired. Ask Dune Bakery to send it again.", "LINK_EXPIRED"],
    ["ACTIVE", "This invitation was already accepted: Dune Bakery is in Manage Clients.", "LINK_USED"],
    ["DECLINED", "This invitation was declined. Ask Dune Bakery to invite you again.", "LINK_USED"],
    ["REVOKED", "Dune Bakery cancelled this invitation.", "LINK_USED"],
  ] as const)("a %s link: %s", (status, message, reason) => {
    const problem = agencyInvitationLinkProblem(status, "Dune Bakery");
    if (message === null) return expect(problem).toBeNull();
    expect(problem).toMatchObject({ code: "CONFLICT", message, extra: { reason } });
  });
});
