import { assertCan } from "../../auth/policy.js";
import type { Viewer } from "../../auth/viewer.js";
import type { Executor } from "../../db/client.js";
import { decodeIdCursor, pageSize, toPage } from "../../lib/cursor.js";
import type { ServiceDeps } from "../deps.js";
import { auditRepository as repo } from "./audit.repository.js";

export class AuditService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * Records a write for the organization it touched, inside the caller's transaction. While a
   * service provider acts inside a client, the event names both the user and the provider (R7).
   */
  async record(tx: Executor, viewer: Viewer, event: { organizationId: string; action: string; summary: string }): Promise<void> {
    await repo.insert(tx, {
      organizationId: event.organizationId,
      actorUserId: viewer.userId,
      actingServiceProviderId: viewer.accessing !== null ? viewer.organizationId : null,
      action: event.action,
      summary: event.summary,
      createdAt: this.deps.clock.now(),
    });
  }

  async events(viewer: Viewer | null, first: number, after: string | null | undefined) {
    assertCan(viewer, "audit.read");
    const limit = pageSize(first);
    const beforeId = decodeIdCursor(after);
    const rows = await repo.page(this.deps.db, viewer.organizationId, limit + 1, beforeId);
    return toPage(rows, limit, (r) => [r.id]);
  }
}
