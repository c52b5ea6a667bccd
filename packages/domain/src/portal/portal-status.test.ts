import { describe, expect, it } from "vitest";
import { portalStatus, type ContactPortalFacts } from "./portal-status.js";

const at = new Date("2026-01-01T00:00:00Z");
const none: ContactPortalFacts = { invitedAt: null, registeredAt: null, activatedAt: null, lastLoginAt: null };

describe("portalStatus (R9)", () => {
  it.each([
    ["never invited", none, "NOT_REGISTERED"],
    ["invited", { ...none, invitedAt: at }, "PENDING_ACTIVATION"],
    ["registered, not activated", { ...none, registeredAt: at }, "PENDING_ACTIVATION"],
    ["activated, never signed in", { ...none, invitedAt: at, activatedAt: at }, "PENDING_ACTIVATION"],
    ["activated and signed in", { ...none, invitedAt: at, activatedAt: at, lastLoginAt: at }, "CONNECTED"],
  ] as const)("%s → %s", (_name, facts, expected) => expect(portalStatus(facts)).toBe(expected));
});
