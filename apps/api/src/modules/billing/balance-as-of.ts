import { sql } from "drizzle-orm";

/**
 * R4 without a write: an organization's balance as of `now` is its stored balance less the credits
 * still left in lots whose expiry has come. The scheduled job billing.runDueWork writes the EXPIRY
 * entries that make the two equal; publish expires due lots inside its own transaction first, so a
 * balance read this way is what publish would spend, on the primary or on a read replica.
 * For queries over `organizations` (unaliased); uses the credit_lots_spend_idx (organization, expiry).
 */
export function creditBalanceAsOf(now: Date) {
  return sql<number>`(organizations.credit_balance - COALESCE((
    SELECT sum(l.remaining) FROM credit_lots l
     WHERE l.organization_id = organizations.id AND l.remaining > 0 AND l.expires_at <= ${now.toISOString()}::timestamptz
  ), 0))::int`.mapWith(Number);
}
