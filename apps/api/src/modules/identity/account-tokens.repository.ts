import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { AccountTokenPurpose } from "@app/domain";
import type { Executor } from "../../db/client.js";
import { accountTokens } from "../../db/schema/index.js";

export type AccountTokenRow = typeof accountTokens.$inferSelect;

/** Single-use mailed links (password reset, email verification); only their hashes are stored. */
export const accountTokensRepository = {
  async insert(
    db: Executor,
    values: { userId: string; purpose: AccountTokenPurpose; email: string; tokenHash: string; createdAt: Date; expiresAt: Date },
  ): Promise<AccountTokenRow> {
    const [row] = await db.insert(accountTokens).values(values).returning();
    return row!;
  },

  /** The user's unused links of this purpose stop working (a new one replaces them). */
  async deleteOpen(db: Executor, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await db
      .delete(accountTokens)
      .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  },

  /** Every unused link of the user stops working (an email change, a password reset). */
  async deleteAllOpen(db: Executor, userId: string): Promise<void> {
    await db.delete(accountTokens).where(and(eq(accountTokens.userId, userId), isNull(accountTokens.usedAt)));
  },

  async deleteExpiredBefore(db: Executor, before: Date): Promise<number> {
    const rows = await db.delete(accountTokens).where(lt(accountTokens.expiresAt, before)).returning({ id: accountTokens.id });
    return rows.length;
  },

  async byHash(db: Executor, tokenHash: string): Promise<AccountTokenRow | undefined> {
    const [row] = await db.select().from(accountTokens).where(eq(accountTokens.tokenHash, tokenHash)).limit(1);
    return row;
  },

  /**
   * Marks the link used if it is unused and unexpired, in one conditional UPDATE: of two
   * concurrent uses exactly one gets the row back.
   */
  async claim(db: Executor, tokenHash: string, purpose: AccountTokenPurpose, now: Date): Promise<AccountTokenRow | undefined> {
    const [row] = await db
      .update(accountTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(accountTokens.tokenHash, tokenHash),
          eq(accountTokens.purpose, purpose),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, now),
        ),
      )
      .returning();
    return row;
  },

  async pendingEmail(db: Executor, userId: string, currentEmail: string, now: Date): Promise<string | null> {
    const rows = await db
      .select({ email: accountTokens.email })
      .from(accountTokens)
      .where(
        and(
          eq(accountTokens.userId, userId),
          eq(accountTokens.purpose, "VERIFY_EMAIL"),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, now),
        ),
      );
    return rows.find((r) => r.email !== currentEmail)?.email ?? null;
  },
};
