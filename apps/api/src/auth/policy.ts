import { DomainError } from "@app/domain";
import type { MembershipRole, OrganizationKind, Viewer } from "./viewer.js";

/**
 * Every authorization decision, in one table (R7). `acting` says where the action is done:
 * OWN: in the user's own organization, never while accessing a client;
 * CURRENT: in the current organization, which may be a client reached with accessCompany;
 * SESSION: entering or leaving a client, decided on the user's own organization even while inside one
 * (so an agency user can go straight from one client to another).
 */
interface Rule {
  kinds: readonly OrganizationKind[];
  roles: readonly MembershipRole[];
  acting: "OWN" | "CURRENT" | "SESSION";
}

const ANY_ROLE = ["OWNER", "ADMIN", "MEMBER"] as const;
/** A client contact's portal account (R9) reads its company's jobs and candidates, and nothing else of the account. */
const READERS = [...ANY_ROLE, "CONTACT"] as const;
const MANAGERS = ["OWNER", "ADMIN"] as const;
const BOTH = ["SERVICE_PROVIDER", "EMPLOYER"] as const;

const RULES = {
  "account.read": { kinds: BOTH, roles: READERS, acting: "CURRENT" },
  "accessTokens.manage": { kinds: BOTH, roles: ANY_ROLE, acting: "OWN" },
  "credits.read": { kinds: BOTH, roles: ANY_ROLE, acting: "OWN" },
  "credits.purchase": { kinds: BOTH, roles: MANAGERS, acting: "OWN" },
  "credits.setSharing": { kinds: ["SERVICE_PROVIDER"], roles: MANAGERS, acting: "OWN" },
  "clients.read": { kinds: ["SERVICE_PROVIDER"], roles: ANY_ROLE, acting: "OWN" },
  "clients.invite": { kinds: ["SERVICE_PROVIDER"], roles: ANY_ROLE, acting: "OWN" },
  "clients.access": { kinds: ["SERVICE_PROVIDER"], roles: ANY_ROLE, acting: "SESSION" },
  "clients.revoke": { kinds: ["SERVICE_PROVIDER"], roles: MANAGERS, acting: "OWN" },
  "accessRequests.read": { kinds: ["EMPLOYER"], roles: ANY_ROLE, acting: "OWN" },
  "accessRequests.respond": { kinds: ["EMPLOYER"], roles: MANAGERS, acting: "OWN" },
  "jobs.read": { kinds: BOTH, roles: READERS, acting: "CURRENT" },
  "jobs.write": { kinds: ["EMPLOYER"], roles: ANY_ROLE, acting: "CURRENT" },
  // The LMT tracker and the dashboard read every ACTIVE client's LMT ads from the agency's own account.
  "lmt.track": { kinds: ["SERVICE_PROVIDER"], roles: ANY_ROLE, acting: "OWN" },
  // R14: a person's own notifications and their choices; the credit alert threshold is the organization's.
  "notifications.read": { kinds: BOTH, roles: ANY_ROLE, acting: "OWN" },
  "notifications.setThreshold": { kinds: BOTH, roles: MANAGERS, acting: "OWN" },
  "audit.read": { kinds: BOTH, roles: MANAGERS, acting: "OWN" },
  "portal.read": { kinds: ["SERVICE_PROVIDER"], roles: ANY_ROLE, acting: "OWN" },
  "portal.manage": { kinds: ["SERVICE_PROVIDER"], roles: MANAGERS, acting: "OWN" },
  // Scoped in the query to jobs of the current organization: anyone else finds nothing (NOT_FOUND).
  "applications.read": { kinds: BOTH, roles: READERS, acting: "CURRENT" },
  "applications.write": { kinds: BOTH, roles: ANY_ROLE, acting: "CURRENT" },
  "contacts.read": { kinds: ["SERVICE_PROVIDER"], roles: ANY_ROLE, acting: "OWN" },
  "contacts.manage": { kinds: ["SERVICE_PROVIDER"], roles: ANY_ROLE, acting: "OWN" },
  // R9: a contact asks its agency to advertise a role, in its own company only.
  "vacancies.submit": { kinds: ["EMPLOYER"], roles: ["CONTACT"], acting: "OWN" },
  "company.update": { kinds: ["EMPLOYER"], roles: ["OWNER", "ADMIN", "CONTACT"], acting: "OWN" },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

function allows(viewer: Viewer, action: Action): boolean {
  const rule: Rule = RULES[action];
  if (viewer.accessing !== null && rule.acting !== "SESSION") {
    // Inside a client the agency acts as that employer, only for CURRENT actions.
    return rule.acting === "CURRENT" && rule.kinds.includes("EMPLOYER");
  }
  return rule.kinds.includes(viewer.organizationKind) && rule.roles.includes(viewer.role);
}

export function can(viewer: Viewer | null, action: Action): boolean {
  return viewer !== null && allows(viewer, action);
}

/** Throws UNAUTHENTICATED without a viewer and FORBIDDEN when the table says no. */
export function assertCan(viewer: Viewer | null, action: Action): asserts viewer is Viewer {
  if (viewer === null) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  if (!allows(viewer, action)) {
    const where = viewer.accessing !== null ? " while accessing a client's account" : "";
    throw new DomainError("FORBIDDEN", `You may not do this${where}.`);
  }
}
