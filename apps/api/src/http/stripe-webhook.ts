import type { IncomingMessage, ServerResponse } from "node:http";
import type { PaymentProvider } from "../lib/payment-provider.js";
import { StripePaymentProvider } from "../lib/stripe-provider.js";
import { log } from "../lib/log.js";
import type { Services } from "../services.js";
import { BodyTooLargeError, readBody, sendJson } from "./respond.js";

/** The address to give Stripe's dashboard (Developers → Webhooks): <PUBLIC_URL>/webhooks/stripe. */
export const STRIPE_WEBHOOK_PATH = "/webhooks/stripe";
const MAX_EVENT_BYTES = 512 * 1024;

/**
 * POST /webhooks/stripe: an event is believed only with a valid Stripe-Signature for our webhook
 * secret (checked by the SDK over the raw body); anything else is 400 and changes nothing. A
 * verified event is applied once (PaymentEventsService) and answered 200, so Stripe stops
 * resending it; a failure while applying is 500, so Stripe tries again later.
 */
export function createStripeWebhookHandler(services: Services, payments: PaymentProvider) {
  return async function handleStripeWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!(payments instanceof StripePaymentProvider))
      return sendJson(res, 404, { error: "Stripe is not configured on this server." });
    if (req.method !== "POST") return sendJson(res, 405, { error: "Use POST." });
    let body: Buffer;
    try {
      body = await readBody(req, MAX_EVENT_BYTES);
    } catch (e) {
      if (e instanceof BodyTooLargeError) return sendJson(res, 413, { error: "Event too large." });
      throw e;
    }
    const signature = req.headers["stripe-signature"];
    let event;
    try {
      if (typeof signature !== "string") throw new Error("no Stripe-Signature header");
      event = payments.stripe.webhooks.constructEvent(body, signature, payments.settings.webhookSecret);
    } catch (e) {
      log.info("stripe webhook refused", { reason: e instanceof Error ? e.message : String(e) });
      return sendJson(res, 400, { error: "The Stripe signature of this event is not valid." });
    }
    const outcome = await services.paymentEvents.apply(event);
    sendJson(res, 200, { received: true, outcome });
  };
}
