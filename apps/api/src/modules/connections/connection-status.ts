import { eq, sql, type SQL } from "drizzle-orm";
import { clientConnections as c } from "../../db/schema/index.js";

export type ConnectionStatus = "PENDING" | "ACTIVE" | "DECLINED" | "REVOKED" | "EXPIRED";

/** R6: an invitation's token works for 14 days; resending replaces it and starts a new 14 days. */
export const INVITATION_DAYS = 14;

export function invitationExpiry(from: Date): Date {
  return new Date(from.getTime() + INVITATION_DAYS * 86_400_000);
}

/**
 * A PENDING invitation whose token ran out shows as EXPIRED. It stays PENDING in the table, so
 * it still blocks a second invitation to the same email and the agency resends it instead.
 */
export function effectiveStatus(row: { status: ConnectionStatus; tokenExpiresAt: Date | null }, now: Date): ConnectionStatus {
  if (row.status === "PENDING" && row.tokenExpiresAt !== null && row.tokenExpiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return row.status;
}

/** effectiveStatus() as a query condition, for lists filtered by status. */
export function effectiveStatusIs(status: ConnectionStatus, now: Date): SQL {
  const expired = sql`(${c.status} = 'PENDING' AND ${c.tokenExpiresAt} <= ${now.toISOString()}::timestamptz)`;
  if (status === "EXPIRED") return sql`(${c.status} = 'EXPIRED' OR ${expired})`;
  if (status === "PENDING") return sql`(${c.status} = 'PENDING' AND NOT ${expired})`;
  return eq(c.status, status);
}
