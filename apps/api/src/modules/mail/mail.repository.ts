import { and, desc, eq, isNull, sql } from "drizzle-orm";
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

  async byId(db: Executor, id: string): Promise<OutboxEmailRow | undefined> {
    const [row] = await db.select().from(outboxEmails).where(eq(outboxEmails.id, id));
    return row;
  },

  /** After the SMTP server accepted it: what is kept is the redacted copy. */
  async markSent(
    db: Executor,
    id: string,
    at: Date,
    kept: { text: string; headers: Record<string, string> | null },
  ): Promise<void> {
    await db
      .update(outboxEmails)
      .set({ sentAt: at, error: null, text: kept.text, headers: kept.headers })
      .where(and(eq(outboxEmails.id, id), isNull(outboxEmails.sentAt)));
  },

  async recordError(db: Executor, id: string, error: string): Promise<void> {
    await db.update(outboxEmails).set({ error }).where(eq(outboxEmails.id, id));
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
