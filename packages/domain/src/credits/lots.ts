/** R4 Credit lots: a spend takes the lot that expires first; lots that never expire go last. */
export interface LotLike {
  id: string;
  remaining: number;
  expiresAt: Date | null;
  createdAt: Date;
}

export function isLotUsable(lot: LotLike, now: Date): boolean {
  return lot.remaining > 0 && (lot.expiresAt === null || lot.expiresAt.getTime() > now.getTime());
}

export function compareLotsForSpend(a: LotLike, b: LotLike): number {
  if (a.expiresAt === null && b.expiresAt !== null) return 1;
  if (a.expiresAt !== null && b.expiresAt === null) return -1;
  if (a.expiresAt !== null && b.expiresAt !== null && a.expiresAt.getTime() !== b.expiresAt.getTime()) {
    return a.expiresAt.getTime() - b.expiresAt.getTime();
  }
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}

/** The lot a spend of one credit takes, or null when nothing can pay. */
export function lotToSpend<T extends LotLike>(lots: readonly T[], now: Date): T | null {
  return lots.filter((l) => isLotUsable(l, now)).sort(compareLotsForSpend)[0] ?? null;
}

/** When credits of a plan granted at `grantedAt` expire; null: never. */
export function lotExpiry(grantedAt: Date, validityDays: number | null): Date | null {
  if (validityDays === null) return null;
  return new Date(grantedAt.getTime() + validityDays * 24 * 60 * 60 * 1000);
}

/** A lot whose credits must leave by an EXPIRY entry at `now`: it has credits left and its expiry has come. */
export function isLotDueForExpiry(lot: Pick<LotLike, "remaining" | "expiresAt">, now: Date): boolean {
  return lot.remaining > 0 && lot.expiresAt !== null && lot.expiresAt.getTime() <= now.getTime();
}
