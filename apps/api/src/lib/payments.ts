import type { Config } from "../config.js";
import { TestPaymentProvider, type PaymentProvider } from "./payment-provider.js";
import { StripePaymentProvider } from "./stripe-provider.js";

/**
 * The card provider this server charges with: Stripe when STRIPE_SECRET_KEY is set, else the
 * built-in test provider, which takes test tokens and so must never take real customers' orders:
 * under NODE_ENV=production it refuses to start unless ALLOW_TEST_PAYMENTS=true says so.
 */
export function paymentProviderFor(config: Config): PaymentProvider {
  if (config.stripe !== null) return new StripePaymentProvider(config.stripe);
  if (config.production && !config.allowTestPayments) {
    throw new Error(
      "No card payment provider: set STRIPE_SECRET_KEY (with STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET), " +
        "or ALLOW_TEST_PAYMENTS=true to run the built-in test provider under NODE_ENV=production.",
    );
  }
  return new TestPaymentProvider();
}
