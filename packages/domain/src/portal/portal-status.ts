/** R9 Portal status of a contact. */
export type PortalAccountStatus = "NOT_REGISTERED" | "PENDING_ACTIVATION" | "CONNECTED";

export interface ContactPortalFacts {
  invitedAt: Date | null;
  registeredAt: Date | null;
  activatedAt: Date | null;
  lastLoginAt: Date | null;
}

export function portalStatus(c: ContactPortalFacts): PortalAccountStatus {
  if (c.activatedAt !== null && c.lastLoginAt !== null) return "CONNECTED";
  if (c.invitedAt !== null || c.registeredAt !== null) return "PENDING_ACTIVATION";
  return "NOT_REGISTERED";
}

export const PORTAL_STATUS_LABELS: Record<PortalAccountStatus, string> = {
  NOT_REGISTERED: "Not Registered",
  PENDING_ACTIVATION: "Pending Activation",
  CONNECTED: "Connected",
};
