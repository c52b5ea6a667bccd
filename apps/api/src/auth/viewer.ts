export type { MembershipRole, OrganizationKind } from "@app/domain";
import type { MembershipRole, OrganizationKind } from "@app/domain";

/** Who is asking, and on whose behalf: built once per request by auth/session.ts. */
export interface Viewer {
  userId: string;
  /** Set for cookie sessions; null for personal access tokens. */
  sessionId: string | null;
  tokenId: string | null;
  /** The user's own organization this session acts for. */
  organizationId: string;
  organizationKind: OrganizationKind;
  role: MembershipRole;
  /** The user's email address is verified; some actions need it (R13, policy `verified`). */
  emailVerified: boolean;
  /** Set while a service provider user is inside a client's account through an ACTIVE connection (R7). */
  accessing: { connectionId: string; clientId: string } | null;
}

/** The organization requests act as: the accessed client, or the user's own. */
export function currentOrganizationId(viewer: Viewer): string {
  return viewer.accessing?.clientId ?? viewer.organizationId;
}
