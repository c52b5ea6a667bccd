import { and, desc, eq, lt } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { auditEvents } from "../../db/schema/index.js";

export type AuditEventRow = typeof auditEvents.$inferSelect;

export const auditRepository = {
  async insert(db: Executor, values: typeof auditEvents.$inferInsert): Promise<void> {
    await db.insert(auditEvents).values(values);
  },

  async page(db: Executor, organizationId: string, limit: number, beforeId: number | null): Promise<AuditEventRow[]> {
    return db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), beforeId === null ? undefined : lt(auditEvents.id, beforeId)))
      .orderBy(desc(auditEvents.id))
      .limit(limit);
  },
};
