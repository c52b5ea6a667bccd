import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { outboxEmails } from "../../db/schema/index.js";

export type OutboxEmailRow = typeof outboxEmails.$inferSelect;

export const mailRepository = {
  /** created_at is the database's time: it orders the mailbox, and the test clock may stand still. */
  async insert(
    db: Executor,
    values: { to: string; subject: string; text: string; headers?: Record<string, string> | null },
  ): Promise<string> {
    const [row] = await db.insert(outboxEmails).values(values).returning({ id: outboxEmails.id });
    return row!.id;
  },

  /**
   * Marks mail as sent before sending it, so two senders never deliver the same mail twice;
   * a failed send is released again with release().
   */
  async claim(db: Executor, ids: readonly string[], at: Date): Promise<OutboxEmailRow[]> {
    if (ids.length === 0) return [];
    return db
      .update(outboxEmails)
      .set({ sentAt: at })
      .where(and(inArray(outboxEmails.id, [...ids]), isNull(outboxEmails.sentAt)))
      .returning();
  },

  /** The oldest unsent mail, skipping rows another sender holds right now. */
  async claimPending(db: Executor, at: Date, limit: number): Promise<OutboxEmailRow[]> {
    const pending = db
      .select({ id: outboxEmails.id })
      .from(outboxEmails)
      .where(isNull(outboxEmails.sentAt))
      .orderBy(outboxEmails.createdAt)
      .limit(limit)
      .for("update", { skipLocked: true });
    return db
      .update(outboxEmails)
      .set({ sentAt: at })
      .where(and(inArray(outboxEmails.id, pending), isNull(outboxEmails.sentAt)))
      .returning();
  },

  async byId(db: Executor, id: string): Promise<OutboxEmailRow | undefined> {
    const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
    return row;
  },

  async markSent(db: Executor, id: string, at: Date): Promise<void> {
    await db
      .update(outboxEmails)
      .set({ sentAt: at, error: null })
      .where(and(eq(outboxEmails.id, id), isNull(outboxEmails.sentAt)));
  },

  async recordError(db: Executor, id: string, error: string): Promise<void> {
    await db.update(outboxEmails).set({ error }).where(eq(outboxEmails.id, id));
  },

  async release(db: Executor, id: string, error: string): Promise<void> {
    await db.update(outboxEmails).set({ sentAt: null, error }).where(eq(outboxEmails.id, id));
  },

  async markDelivered(db: Executor, id: string): Promise<void> {
    await db.update(outboxEmails).set({ error: null }).where(eq(outboxEmails.id, id));
  },

  async recent(db: Executor, to: string | null, limit: number): Promise<OutboxEmailRow[]> {
    return db
      .select()
      .from(outboxEmails)
      .where(to === null ? undefined : eq(sql`lower(${outboxEmails.to})`, to.toLowerCase()))
      .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
      .limit(limit);
  },
};
