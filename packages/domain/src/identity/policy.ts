/**
 * Who may do what (R7), in one table: the API's auth/policy.ts enforces it and the Team page shows
 * it (through the API), so the page can never drift from what the server allows.
 */
export type MembershipRole = "OWNER" | "ADMIN" | "MEMBER" | "CONTACT";
export type OrganizationKind = "SERVICE_PROVIDER" | "EMPLOYER";

export const MEMBERSHIP_ROLES = ["OWNER", "ADMIN", "MEMBER", "CONTACT"] as const satisfies readonly MembershipRole[];
export const ORGANIZATION_KINDS = ["SERVICE_PROVIDER", "EMPLOYER"] as const satisfies readonly OrganizationKind[];

/**
 * `acting` says where the action is done:
 * OWN: in the user's own organization, never while accessing a client;
 * CURRENT: in the current organization, which may be a client reached with accessCompany;
 * SESSION: entering or leaving a client, decided on the user's own organization even while inside one
 * (so an agency user can go straight from one client to another).
 * `verified`: the account's email address must be verified first (it may look around before).
 */
export interface PolicyRule {
  label: string;
  kinds: readonly OrganizationKind[];
  roles: readonly MembershipRole[];
  acting: "OWN" | "CURRENT" | "SESSION";
  verified?: boolean;
}

const ANY_ROLE = ["OWNER", "ADMIN", "MEMBER"] as const;
/** A client contact's portal account (R9) reads its company's jobs and candidates, and nothing else of the account. */
const READERS = [...ANY_ROLE, "CONTACT"] as const;
const MANAGERS = ["OWNER", "ADMIN"] as const;
const BOTH = ORGANIZATION_KINDS;
const SP = ["SERVICE_PROVIDER"] as const;
const EMPLOYER = ["EMPLOYER"] as const;

export const POLICY = {
  "account.read": { label: "See the account", kinds: BOTH, roles: READERS, acting: "CURRENT" },
  // The person's own account (password, email, sessions, which organization the session acts for),
  // decided on their own membership even while inside a client's account.
  "account.manage": { label: "Change own password, email and sessions", kinds: BOTH, roles: READERS, acting: "SESSION" },
  "organizations.switch": { label: "Switch between own organizations", kinds: BOTH, roles: READERS, acting: "SESSION" },
  "accessTokens.manage": { label: "Manage personal access tokens", kinds: BOTH, roles: ANY_ROLE, acting: "OWN" },
  "members.read": { label: "See the team and its invitations", kinds: BOTH, roles: ANY_ROLE, acting: "OWN" },
  "members.manage": {
    label: "Invite colleagues, change roles, remove members",
    kinds: BOTH,
    roles: MANAGERS,
    acting: "OWN",
    verified: true,
  },
  "members.transferOwnership": { label: "Hand ownership to another member", kinds: BOTH, roles: ["OWNER"], acting: "OWN" },
  "credits.read": { label: "See credits", kinds: BOTH, roles: ANY_ROLE, acting: "OWN" },
  "credits.purchase": { label: "Buy credits and plans", kinds: BOTH, roles: MANAGERS, acting: "OWN", verified: true },
  "credits.setSharing": { label: "Turn Share Credits on or off", kinds: SP, roles: MANAGERS, acting: "OWN" },
  "clients.read": { label: "See clients", kinds: SP, roles: ANY_ROLE, acting: "OWN" },
  "clients.invite": { label: "Invite clients", kinds: SP, roles: ANY_ROLE, acting: "OWN", verified: true },
  "clients.access": { label: "Access a client's account", kinds: SP, roles: ANY_ROLE, acting: "SESSION" },
  "clients.revoke": { label: "Revoke a client connection", kinds: SP, roles: MANAGERS, acting: "OWN" },
  "accessRequests.read": { label: "See access requests", kinds: EMPLOYER, roles: ANY_ROLE, acting: "OWN" },
  "accessRequests.respond": { label: "Accept or decline access requests", kinds: EMPLOYER, roles: MANAGERS, acting: "OWN" },
  // The other direction of R6: the employer invites a service provider; never while an agency is inside (R7).
  "agencies.invite": { label: "Invite an agency", kinds: EMPLOYER, roles: MANAGERS, acting: "OWN", verified: true },
  "clientRequests.respond": {
    label: "Accept or decline requests from clients",
    kinds: SP,
    roles: MANAGERS,
    acting: "OWN",
  },
  "jobs.read": { label: "See job ads", kinds: BOTH, roles: READERS, acting: "CURRENT" },
  "jobs.write": { label: "Write and close job ads", kinds: EMPLOYER, roles: ANY_ROLE, acting: "CURRENT" },
  // Split from jobs.write so publishing (which spends credits or charges a card) can need a verified address.
  "jobs.publish": { label: "Publish job ads", kinds: EMPLOYER, roles: ANY_ROLE, acting: "CURRENT", verified: true },
  // The LMT tracker and the dashboard read every ACTIVE client's LMT ads from the agency's own account.
  "lmt.track": { label: "Track clients' LMT ads", kinds: SP, roles: ANY_ROLE, acting: "OWN" },
  // R14: a person's own notifications and their choices; the credit alert threshold is the organization's.
  "notifications.read": { label: "Read own notifications", kinds: BOTH, roles: ANY_ROLE, acting: "OWN" },
  "notifications.setThreshold": { label: "Set the credit alert", kinds: BOTH, roles: MANAGERS, acting: "OWN" },
  "audit.read": { label: "Read the activity log", kinds: BOTH, roles: MANAGERS, acting: "OWN" },
  "portal.read": { label: "See job board settings", kinds: SP, roles: ANY_ROLE, acting: "OWN" },
  "portal.manage": { label: "Change job board settings", kinds: SP, roles: MANAGERS, acting: "OWN" },
  // Scoped in the query to jobs of the current organization: anyone else finds nothing (NOT_FOUND).
  "applications.read": { label: "Read applications", kinds: BOTH, roles: READERS, acting: "CURRENT" },
  "applications.write": { label: "Move applications along", kinds: BOTH, roles: ANY_ROLE, acting: "CURRENT" },
  "contacts.read": { label: "See client contacts", kinds: SP, roles: ANY_ROLE, acting: "OWN" },
  "contacts.manage": { label: "Manage client contacts", kinds: SP, roles: ANY_ROLE, acting: "OWN" },
  // Split from contacts.manage so mailing a portal invitation can need a verified address (R13).
  "contacts.invite": { label: "Invite contacts to the portal", kinds: SP, roles: ANY_ROLE, acting: "OWN", verified: true },
  // R9: a contact asks its agency to advertise a role, in its own company only.
  "vacancies.submit": { label: "Submit a vacancy", kinds: EMPLOYER, roles: ["CONTACT"], acting: "OWN" },
  "company.update": { label: "Change company details", kinds: EMPLOYER, roles: ["OWNER", "ADMIN", "CONTACT"], acting: "OWN" },
} as const satisfies Record<string, PolicyRule>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

export interface Principal {
  role: MembershipRole;
  organizationKind: OrganizationKind;
  /** Inside a client's account through an ACTIVE connection (R7). */
  accessingClient: boolean;
}

/** The table's answer, before the verified-email requirement (see needsVerifiedEmail). */
export function policyAllows(principal: Principal, action: Action): boolean {
  const rule: PolicyRule = POLICY[action];
  if (principal.accessingClient && rule.acting !== "SESSION") {
    // Inside a client the agency acts as that employer, only for CURRENT actions.
    return rule.acting === "CURRENT" && rule.kinds.includes("EMPLOYER");
  }
  return rule.kinds.includes(principal.organizationKind) && rule.roles.includes(principal.role);
}

export function needsVerifiedEmail(action: Action): boolean {
  const rule: PolicyRule = POLICY[action];
  return rule.verified === true;
}

/** One line per action × kind × role: who may, in their own organization and while accessing a client. */
export function describePolicy(): string {
  const lines: string[] = [];
  for (const action of ACTIONS) {
    for (const kind of ORGANIZATION_KINDS) {
      for (const role of MEMBERSHIP_ROLES) {
        const own = policyAllows({ role, organizationKind: kind, accessingClient: false }, action);
        // Only a service provider's people enter a client's account.
        const inClient =
          kind === "SERVICE_PROVIDER"
            ? policyAllows({ role, organizationKind: kind, accessingClient: true }, action)
              ? " in-client=yes"
              : " in-client=no"
            : "";
        const verified = needsVerifiedEmail(action) && (own || inClient === " in-client=yes") ? " verified-email" : "";
        lines.push(`${action} ${kind} ${role}: own=${own ? "yes" : "no"}${inClient}${verified}`);
      }
    }
  }
  return lines.join("\n") + "\n";
}
