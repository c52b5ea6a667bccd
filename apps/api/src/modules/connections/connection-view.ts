import { effectiveStatus, type ConnectionStatus } from "./connection-status.js";
import type { ConnectionRow } from "./connections.repository.js";

/** A connection as the API shows it: the token never leaves the service. */
export interface ClientConnectionView {
  id: string;
  serviceProviderId: string;
  clientId: string | null;
  invitedCompanyName: string;
  invitedEmail: string;
  contactName: string | null;
  status: ConnectionStatus;
  invitedAt: Date;
  respondedAt: Date | null;
}

/** Used by connections.service.ts and client-invitations.service.ts (an accepted request from a client). */
export function presentConnection(row: ConnectionRow, now: Date): ClientConnectionView {
  return {
    id: row.id,
    serviceProviderId: row.serviceProviderId,
    clientId: row.clientId,
    invitedCompanyName: row.invitedCompanyName,
    invitedEmail: row.invitedEmail,
    contactName: row.contactName,
    status: effectiveStatus(row, now),
    invitedAt: row.invitedAt,
    respondedAt: row.respondedAt,
  };
}
