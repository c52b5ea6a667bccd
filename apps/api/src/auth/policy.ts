import { DomainError, policyAllows, type Action } from "@app/domain";
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
