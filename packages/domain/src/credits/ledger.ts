/** R3 The ledger is the truth: a balance is the sum of its entries. */
export type CreditEntryKind = "PURCHASE" | "PLAN_GRANT" | "PUBLISH" | "REFUND" | "EXPIRY" | "ADJUSTMENT";

export interface LedgerEntryLike {
  amount: number;
  balanceAfter: number;
}

export function ledgerBalance(entries: readonly { amount: number }[]): number {
  return entries.reduce((sum, e) => sum + e.amount, 0);
}

/**
 * Checks entries in the order they were written: each balanceAfter follows from the one before,
 * and no balance is ever negative. Returns the first problem, or null when the ledger holds.
 */
export function findLedgerProblem(entries: readonly LedgerEntryLike[]): string | null {
  let running = 0;
  for (const [i, e] of entries.entries()) {
    if (!Number.isSafeInteger(e.amount) || e.amount === 0) return `entry ${i}: amount ${e.amount} is not a non-zero whole number`;
    running += e.amount;
    if (e.balanceAfter !== running) return `entry ${i}: balanceAfter ${e.balanceAfter} but the entries sum to ${running}`;
    if (running < 0) return `entry ${i}: balance went below 0 (${running})`;
  }
  return null;
}
