import { gstIncluded, type Cents } from "../money.js";

/**
 * R12 tax invoices. Every charge gets one invoice; a refund (or a lost dispute) gets one
 * adjustment note naming it. Each kind is numbered in its own unbroken sequence per seller.
 */
export type InvoiceKind = "TAX_INVOICE" | "ADJUSTMENT_NOTE";

export const INVOICE_NUMBER_PREFIX: Record<InvoiceKind, string> = { TAX_INVOICE: "INV-", ADJUSTMENT_NOTE: "AN-" };
/** Digits of the sequence in a document number (more digits simply widen it). */
export const INVOICE_NUMBER_DIGITS = 6;

/** The document number of the `sequence`-th document of its kind: INV-000001, AN-000001. */
export function invoiceNumber(kind: InvoiceKind, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Not an invoice sequence: ${sequence}`);
  return `${INVOICE_NUMBER_PREFIX[kind]}${String(sequence).padStart(INVOICE_NUMBER_DIGITS, "0")}`;
}

/**
 * An Australian tax invoice of $1,000 or more (GST inclusive) must name the buyer (their
 * identity or ABN); ours name the buyer whenever it is known, and must from this total on.
 */
export const BUYER_IDENTITY_REQUIRED_FROM_CENTS: Cents = 100_000;
export function buyerIdentityRequired(totalCents: Cents): boolean {
  return totalCents >= BUYER_IDENTITY_REQUIRED_FROM_CENTS;
}

/** The money lines of a GST-inclusive amount, as an invoice prints them. */
export function invoiceAmounts(totalCents: Cents): { totalCents: Cents; gstCents: Cents; exGstCents: Cents } {
  const gstCents = gstIncluded(totalCents);
  return { totalCents, gstCents, exGstCents: totalCents - gstCents };
}

/**
 * How many of a purchase's credits a refund takes back: a full refund takes every unspent credit
 * (spent ones stay spent: the ads ran); a partial refund takes the credits the refunded money
 * bought, rounded up, never more than are unspent. `alreadyRefundedCents` is what earlier refunds
 * of the same purchase gave back (they took their own share already).
 */
export function creditsToTakeBack(p: {
  credits: number;
  unspent: number;
  amountCents: Cents;
  refundedCents: Cents;
  alreadyRefundedCents: Cents;
}): number {
  if (p.amountCents <= 0 || p.credits <= 0 || p.unspent <= 0 || p.refundedCents <= 0) return 0;
  const totalRefunded = Math.min(p.amountCents, p.alreadyRefundedCents + p.refundedCents);
  if (totalRefunded >= p.amountCents) return p.unspent;
  const owedBefore = Math.ceil((p.credits * Math.min(p.amountCents, p.alreadyRefundedCents)) / p.amountCents);
  const owedNow = Math.ceil((p.credits * totalRefunded) / p.amountCents);
  return Math.min(p.unspent, Math.max(0, owedNow - owedBefore));
}

/**
 * What one credit of a lot is worth to the organization that holds it: the price paid for the
 * purchase that granted the lot, spread over its credits (to the cent). Credits granted without a
 * charge (a demo grant, an adjustment) are worth nothing.
 */
export function creditValueCents(purchase: { amountCents: Cents; credits: number } | null): Cents {
  if (purchase === null || purchase.credits <= 0) return 0;
  return Math.round(purchase.amountCents / purchase.credits);
}
