/**
 * R1 Who pays for a publish. publishQuote and publishJob both start from creditPayersInOrder,
 * so the quote is exactly the decision the publish takes.
 */
export type PaymentSource = "SERVICE_PROVIDER_CREDITS" | "OWN_CREDITS" | "CARD";
export type CreditPayer = "SERVICE_PROVIDER_CREDITS" | "OWN_CREDITS";

export interface PublishContext {
  /** Set when a service provider user acts inside the employer through an ACTIVE connection. */
  agency: { sharingEnabled: boolean } | null;
}

/** Whose credits to try, first to last; a card pays only when none of them has a credit. */
export function creditPayersInOrder(context: PublishContext): CreditPayer[] {
  // The agency's credits go first whenever it shares them, even when the employer has credits too;
  // an employer publishing in its own session never touches agency credits.
  return context.agency?.sharingEnabled === true ? ["SERVICE_PROVIDER_CREDITS", "OWN_CREDITS"] : ["OWN_CREDITS"];
}

export interface PayerFacts extends PublishContext {
  agencyCredits: number;
  employerCredits: number;
}

/** The credit payer a publish would use now, or null when a card payment is required. */
export function decidePayer(facts: PayerFacts): CreditPayer | null {
  for (const payer of creditPayersInOrder(facts)) {
    const credits = payer === "SERVICE_PROVIDER_CREDITS" ? facts.agencyCredits : facts.employerCredits;
    if (credits >= 1) return payer;
  }
  return null;
}

/** Credits of the agency a client's publish may use now (ClientConnection.sharedCredits). */
export function sharedCreditsAvailable(agency: { sharingEnabled: boolean; credits: number }, connectionActive: boolean): number {
  return connectionActive && agency.sharingEnabled ? Math.max(0, agency.credits) : 0;
}
