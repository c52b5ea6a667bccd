import { DomainError } from "@app/domain";
import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { AuditService } from "../audit/audit.service.js";
import type { ServiceDeps } from "../deps.js";
import type { IdentityService, StartedSession } from "../identity/identity.service.js";
import { effectiveStatus } from "./connection-status.js";
import type { ConnectionsService } from "./connections.service.js";

/**
 * R7 Access company: a service provider user enters an ACTIVE client's employer account. The
 * session holds the connection and IdentityService.principal() re-checks it on every request,
 * so a revoke takes effect on the next one.
 */
export class CompanyAccessService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly peers: { connections: ConnectionsService; identity: IdentityService; audit: AuditService },
  ) {}

  /** Returns the viewer as the rest of this request should see it (inside the client) and its renewed session. */
  async accessCompany(viewer: Viewer | null, connectionId: string): Promise<{ viewer: Viewer; session: StartedSession }> {
    assertCan(viewer, "clients.access");
    const found = await this.peers.connections.ownConnection(viewer.organizationId, connectionId);
    const { connection } = found;
    const company = found.clientName ?? connection.invitedCompanyName;
    if (effectiveStatus(connection, this.deps.clock.now()) !== "ACTIVE" || connection.clientId === null) {
      throw new DomainError("FORBIDDEN", `You can access ${company} only while its connection with you is active.`);
    }
    const accessing = { connectionId: connection.id, clientId: connection.clientId };
    return this.deps.db.transaction(async (tx) => {
      const session = await this.peers.identity.setAccessing(viewer, connection.id, tx);
      const inside: Viewer = { ...viewer, sessionId: session.sessionId, accessing };
      // Recorded as the agency acting inside the client, so the client's log names both.
      await this.peers.audit.record(tx, inside, {
        organizationId: accessing.clientId,
        action: "clients.access",
        summary: `${found.serviceProviderName} accessed your account`,
      });
      return { viewer: inside, session };
    });
  }

  /** Back to the service provider's own account, under a renewed session. */
  async switchToServiceProvider(viewer: Viewer | null): Promise<{ viewer: Viewer; session: StartedSession }> {
    assertCan(viewer, "clients.access");
    const session = await this.deps.db.transaction((tx) => this.peers.identity.setAccessing(viewer, null, tx));
    return { viewer: { ...viewer, sessionId: session.sessionId, accessing: null }, session };
  }
}
