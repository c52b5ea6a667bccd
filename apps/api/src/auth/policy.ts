import { DomainError, needsVerifiedEmail, policyAllows, type Action } from "@app/domain";
import type { Viewer } from "./viewer.js";

export type { Action };

/** The one authorization table lives in packages/domain (identity/policy.ts); this applies it to a request's viewer. */
function allows(viewer: Viewer, action: Action): boolean {
  return policyAllows(
    { role: viewer.role, organizationKind: viewer.organizationKind, accessingClient: viewer.accessing !== null },
    action,
  );
}

export function can(viewer: Viewer | null, action: Action): boolean {
  return viewer !== null && allows(viewer, action) && (!needsVerifiedEmail(action) || viewer.emailVerified);
}

export const EMAIL_NOT_VERIFIED_MESSAGE =
  "Verify your email address first: follow the link we mailed to you, or send a new one from your account page.";

/**
 * Throws UNAUTHENTICATED without a viewer, FORBIDDEN when the table says no, and EMAIL_NOT_VERIFIED
 * when the table says yes but only for a verified address (R13: an unverified account looks around).
 */
export function assertCan(viewer: Viewer | null, action: Action): asserts viewer is Viewer {
  if (viewer === null) throw new DomainError("UNAUTHENTICATED", "Please sign in.");
  if (!allows(viewer, action)) {
    const where = viewer.accessing !== null ? " while accessing a client's account" : "";
    throw new DomainError("FORBIDDEN", `You may not do this${where}.`);
  }
  if (needsVerifiedEmail(action) && !viewer.emailVerified)
    throw new DomainError("EMAIL_NOT_VERIFIED", EMAIL_NOT_VERIFIED_MESSAGE);
}
