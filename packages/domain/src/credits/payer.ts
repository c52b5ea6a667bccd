/**
 * R1 Who pays for a publish. The API's publishQuote and publishJob both call this,
 * so the quote is exactly the decision the publish takes.
 */
export type PaymentSource = "SERVICE_PROVIDER_CREDITS" | "OWN_CREDITS" | "CARD";

export interface PayerFacts {
  /** Set when a service provider user acts inside the employer through an ACTIVE connection. */
  agency: { sharingEnabled: boolean; credits: number } | null;
  employerCredits: number;
}

export type PayerDecision =
  | { source: "SERVICE_PROVIDER_CREDITS" }
  | { source: "OWN_CREDITS" }
  /** No credits can pay: a card payment at the pay-as-you-go price is required. */
  | { source: null };

export function decidePayer(facts: PayerFacts): PayerDecision {
  // The agency's credits go first whenever it can pay, even when the employer has credits too.
  if (facts.agency !== null && facts.agency.sharingEnabled && facts.agency.credits >= 1) {
    return { source: "SERVICE_PROVIDER_CREDITS" };
  }
  if (facts.employerCredits >= 1) return { source: "OWN_CREDITS" };
  return { source: null };
}

/** Credits of the agency a client's publish may use now. */
export function sharedCreditsAvailable(agency: { sharingEnabled: boolean; credits: number }, connectionActive: boolean): number {
  return connectionActive && agency.sharingEnabled ? Math.max(0, agency.credits) : 0;
}
