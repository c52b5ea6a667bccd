import type { MembershipRole } from "./policy.js";

/** An invitation to join a team works this long; resending gives a new link and a new period. */
export const TEAM_INVITATION_DAYS = 7;
/** The roles an invitation or a role change may give; ownership moves only by transferOwnership. */
export const INVITABLE_ROLES = ["ADMIN", "MEMBER"] as const satisfies readonly MembershipRole[];

export function teamInvitationExpiry(now: Date): Date {
  return new Date(now.getTime() + TEAM_INVITATION_DAYS * 86_400_000);
}

/**
 * Why a manager may not change (newRole) or remove (newRole null) a member, or null when they may.
 * `owners` counts the organization's owners now.
 */
export function memberChangeProblem(change: {
  actorRole: MembershipRole;
  targetRole: MembershipRole;
  newRole: MembershipRole | null;
  owners: number;
}): string | null {
  const { actorRole, targetRole, newRole, owners } = change;
  if (targetRole === "CONTACT") return "Client contacts are managed from Contacts, not the team.";
  if (newRole === "OWNER") return "Use Transfer ownership to make someone the owner.";
  if (newRole === "CONTACT") return "Choose Admin or Member.";
  if (targetRole === "OWNER" && actorRole !== "OWNER") return "Only an owner can change or remove an owner.";
  if (targetRole === "OWNER" && owners <= 1) {
    return "The organization's last owner cannot leave or step down: transfer ownership first.";
  }
  return null;
}
