import type { ServerResponse } from "node:http";
import type { StripeSettings } from "../lib/stripe-provider.js";

/** Stripe.js's own frames (3-D Secure) and its sub-domains, beside the origin it is loaded from. */
const STRIPE_FRAMES = ["https://*.js.stripe.com", "https://hooks.stripe.com"];
const STRIPE_API = "https://api.stripe.com";
/** A year, as browsers' preload lists ask for. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

/**
 * The headers every answer carries, built once. No inline script may run (the public pages carry
 * their data in a JSON block); inline styles may, because server-rendered React writes style
 * attributes. Logos are addresses agencies give, so images may come from any https site. Stripe's
 * origins are allowed only when Stripe takes the cards. No referrer at all: invitation, activation
 * and unsubscribe links carry their tokens in the address. HSTS only when served over https
 * (PUBLIC_URL, as for secure cookies).
 */
export function securityHeaders(options: { https: boolean; stripe: StripeSettings | null }): Record<string, string> {
  const stripe = options.stripe;
  const js = stripe === null ? [] : [new URL(stripe.jsUrl).origin];
  const api =
    stripe === null ? [] : [stripe.api === null ? STRIPE_API : `${stripe.api.protocol}://${stripe.api.host}:${stripe.api.port}`];
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${js.join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    `connect-src 'self' ${api.join(" ")}`.trim(),
    `frame-src ${stripe === null ? "'none'" : [...js, ...STRIPE_FRAMES].join(" ")}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
  return {
    "content-security-policy": csp,
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    ...(options.https ? { "strict-transport-security": `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains` } : {}),
  };
}

export function setHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
