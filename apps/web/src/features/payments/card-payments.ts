import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";

const PaymentSettingsDocument = graphql(`
  query PaymentSettings {
    paymentSettings {
      provider
      stripePublishableKey
      stripeJsUrl
    }
  }
`);

export interface TestCard {
  value: string;
  label: string;
  description: string;
}

/** The built-in test provider's tokens (see PaymentInput.token in the schema). */
const BUILT_IN_CARDS: readonly TestCard[] = [
  { value: "tok_visa", label: "Visa (succeeds)", description: "tok_visa" },
  { value: "tok_chargeDeclined", label: "Declined card", description: "tok_chargeDeclined" },
];

/** Stripe's own test PaymentMethods (test-mode keys). */
const STRIPE_TEST_CARDS: readonly TestCard[] = [
  { value: "pm_card_visa", label: "Visa (succeeds)", description: "pm_card_visa" },
  { value: "pm_card_authenticationRequired", label: "Visa with 3-D Secure", description: "pm_card_authenticationRequired" },
  { value: "pm_card_chargeDeclined", label: "Declined card", description: "pm_card_chargeDeclined" },
];

interface StripeJs {
  handleNextAction(options: { clientSecret: string }): Promise<{ error?: { message?: string } }>;
}
declare global {
  interface Window {
    Stripe?: (publishableKey: string) => StripeJs;
  }
}

const loaded = new Map<string, Promise<void>>();

/** Loads Stripe.js once, from the address the API names (only ever when Stripe is configured). */
function loadScript(src: string): Promise<void> {
  let promise = loaded.get(src);
  if (promise === undefined) {
    promise = new Promise<void>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.async = true;
      script.onload = () => resolve();
      script.onerror = () => {
        loaded.delete(src);
        reject(new Error("Stripe could not be reached to confirm the card. Check the connection and try again."));
      };
      document.head.appendChild(script);
    });
    loaded.set(src, promise);
  }
  return promise;
}

/**
 * How this server takes cards: the test cards to offer, and completing a card's next action
 * (3-D Secure) with Stripe.js. After completeNextAction the caller sends the same request again
 * (same idempotency key); the API then reads how the payment ended, success or not.
 */
export function useCardPayments() {
  const { data } = useQuery(PaymentSettingsDocument, { fetchPolicy: "cache-first" });
  const settings = data?.paymentSettings ?? null;
  const stripe = settings?.provider === "stripe";
  const testCards = stripe ? STRIPE_TEST_CARDS : BUILT_IN_CARDS;

  async function completeNextAction(clientSecret: string): Promise<void> {
    if (settings?.stripeJsUrl == null || settings.stripePublishableKey == null)
      throw new Error("This card needs a confirmation the server cannot ask for.");
    await loadScript(settings.stripeJsUrl);
    if (window.Stripe === undefined) throw new Error("Stripe did not load. Try again.");
    // Stripe shows its challenge on the page itself, which an open modal <dialog> makes inert: the
    // dialog steps aside while the challenge is up, and comes back (same state) after it.
    const modals = [...document.querySelectorAll<HTMLDialogElement>("dialog[open]")];
    for (const modal of modals) modal.close();
    try {
      await window.Stripe(settings.stripePublishableKey).handleNextAction({ clientSecret });
    } finally {
      for (const modal of modals) if (modal.isConnected && !modal.open) modal.showModal();
    }
  }

  return { ready: settings !== null, stripe, testCards, defaultCard: testCards[0]!.value, completeNextAction };
}

/** Sends a purchase; when the card needs its holder, completes that with Stripe.js and sends it again. */
export async function payWithNextAction<T extends { status: string; nextAction?: { clientSecret: string } | null }>(
  send: () => Promise<T>,
  completeNextAction: (clientSecret: string) => Promise<void>,
): Promise<T> {
  const first = await send();
  if (first.status !== "REQUIRES_ACTION" || first.nextAction == null) return first;
  await completeNextAction(first.nextAction.clientSecret);
  const second = await send();
  if (second.status === "REQUIRES_ACTION") throw new Error("The card was not confirmed. Nothing was charged; try again.");
  return second;
}
