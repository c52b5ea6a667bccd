import { describe, expect, it } from "vitest";
import { memberChangeProblem } from "./team.js";

describe("who may change or remove a team member", () => {
  it.each([
    ["ADMIN", "MEMBER", "ADMIN", 1, null],
    ["ADMIN", "ADMIN", null, 1, null],
    ["OWNER", "ADMIN", "MEMBER", 1, null],
    ["ADMIN", "OWNER", null, 2, "Only an owner can change or remove an owner."],
    ["ADMIN", "OWNER", "MEMBER", 2, "Only an owner can change or remove an owner."],
    ["OWNER", "OWNER", null, 1, "The organization's last owner cannot leave or step down: transfer ownership first."],
    ["OWNER", "OWNER", "ADMIN", 1, "The organization's last owner cannot leave or step down: transfer ownership first."],
    ["OWNER", "OWNER", null, 2, null],
    ["OWNER", "MEMBER", "OWNER", 1, "Use Transfer ownership to make someone the owner."],
    ["OWNER", "CONTACT", null, 1, "Client contacts are managed from Contacts, not the team."],
  ] as const)("%s changing a %s to %s with %i owner(s): %s", (actorRole, targetRole, newRole, owners, expected) => {
    expect(memberChangeProblem({ actorRole, targetRole, newRole, owners })).toBe(expected);
  });
});
