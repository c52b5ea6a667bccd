import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import Stripe from "stripe";
import type { StripeSettings } from "../src/lib/stripe-provider.js";

/**
 * A local stand-in for the parts of Stripe's HTTP API this product uses, so tests drive the real
 * `stripe` SDK (pointed here by host, port and protocol): customers, PaymentIntents created and
 * confirmed at once (with Stripe's idempotency: a repeated key answers the first response),
 * retrieval, refunds. Test PaymentMethods as Stripe names them: pm_card_visa succeeds,
 * pm_card_chargeDeclined is declined, pm_card_authenticationRequired needs 3-D Secure (declined
 * off-session). It also serves a small Stripe.js-compatible script at /v3/ whose handleNextAction
 * shows a 3-D Secure challenge to complete or fail, and it signs webhook events with the SDK's own
 * test-header helper.
 */
export class StripeStandIn {
  readonly intents = new Map<string, Stripe.PaymentIntent>();
  readonly charges = new Map<string, Stripe.Charge>();
  readonly customers = new Map<string, { id: string; metadata: Record<string, string> }>();
  readonly refunds: { id: string; payment_intent: string; amount: number }[] = [];
  /** Every API request, with its idempotency key. */
  readonly requests: { method: string; path: string; idempotencyKey: string | null; params: Record<string, unknown> }[] = [];
  /** Declines every off-session charge while on (a renewal's card stopped working). */
  declineOffSession = false;
  private readonly answered = new Map<string, { status: number; body: unknown }>();
  private server: Server | null = null;
  url = "";
  readonly webhookSecret = `whsec_${randomBytes(12).toString("hex")}`;

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => send(res, 500, { error: { type: "api_error", message: String(error) } }));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  settings(): StripeSettings {
    const { port } = new URL(this.url);
    return {
      secretKey: "sk_test_standin",
      publishableKey: "pk_test_standin",
      webhookSecret: this.webhookSecret,
      jsUrl: `${this.url}/v3/`,
      api: { host: "127.0.0.1", port: Number(port), protocol: "http" },
    };
  }

  /** The customer completes (or fails) the 3-D Secure check of an intent, as Stripe.js would. */
  authenticate(intentId: string, succeed = true): Stripe.PaymentIntent {
    const intent = this.intents.get(intentId);
    if (!intent) throw new Error(`no intent ${intentId}`);
    if (intent.status !== "requires_action") return intent;
    if (succeed) this.succeed(intent);
    else {
      intent.status = "requires_payment_method";
      intent.next_action = null;
      intent.last_payment_error = {
        type: "card_error",
        code: "payment_intent_authentication_failure",
        message: "The card holder did not complete 3-D Secure.",
      } as never;
    }
    return intent;
  }

  /** A webhook event as Stripe sends it. */
  event<T extends Stripe.Event["type"]>(type: T, object: unknown): { id: string; payload: string } {
    const id = `evt_${randomBytes(12).toString("hex")}`;
    const payload = JSON.stringify({
      id,
      object: "event",
      api_version: Stripe.API_VERSION,
      created: Math.floor(Date.now() / 1000),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: JSON.parse(JSON.stringify(object)) },
    });
    return { id, payload };
  }

  /** Posts an event to the API's webhook endpoint, signed with our secret unless told otherwise. */
  async deliver(appUrl: string, event: { payload: string }, secret = this.webhookSecret): Promise<Response> {
    const header = Stripe.webhooks.generateTestHeaderString({ payload: event.payload, secret });
    return fetch(`${appUrl}/webhooks/stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", "stripe-signature": header },
      body: event.payload,
    });
  }

  chargeOf(intentId: string): Stripe.Charge {
    const intent = this.intents.get(intentId)!;
    return this.charges.get(intent.latest_charge as string)!;
  }

  /** Refunds (some of) an intent's charge, as from Stripe's dashboard; returns the charge.refunded event. */
  refund(intentId: string, amount?: number) {
    const charge = this.chargeOf(intentId);
    const value = amount ?? charge.amount - charge.amount_refunded;
    charge.amount_refunded += value;
    charge.refunded = charge.amount_refunded >= charge.amount;
    this.refunds.push({ id: `re_${randomBytes(8).toString("hex")}`, payment_intent: intentId, amount: value });
    return this.event("charge.refunded", charge);
  }

  dispute(intentId: string, status: "needs_response" | "won" | "lost", id = `dp_${randomBytes(8).toString("hex")}`) {
    const charge = this.chargeOf(intentId);
    const type = status === "needs_response" ? "charge.dispute.created" : "charge.dispute.closed";
    return this.event(type, {
      id,
      object: "dispute",
      amount: charge.amount,
      charge: charge.id,
      payment_intent: intentId,
      status,
    });
  }

  private succeed(intent: Stripe.PaymentIntent): void {
    const charge = {
      id: `ch_${randomBytes(10).toString("hex")}`,
      object: "charge",
      amount: intent.amount,
      amount_refunded: 0,
      refunded: false,
      currency: intent.currency,
      payment_intent: intent.id,
      metadata: intent.metadata,
      status: "succeeded",
    } as unknown as Stripe.Charge;
    this.charges.set(charge.id, charge);
    intent.status = "succeeded";
    intent.next_action = null;
    intent.latest_charge = charge.id;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    if (req.method === "OPTIONS") return cors(res);
    if (path === "/v3/" || path === "/v3") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "access-control-allow-origin": "*" });
      return void res.end(STRIPE_JS.replace("__API__", this.url));
    }
    const body = await readAll(req);
    const test3ds = /^\/test\/3ds\/(pi_[a-z0-9]+)$/.exec(path);
    if (test3ds && req.method === "POST") {
      const { succeed } = JSON.parse(body || "{}") as { succeed?: boolean };
      const intent = this.authenticate(test3ds[1]!, succeed !== false);
      res.setHeader("access-control-allow-origin", "*");
      return send(res, 200, intent);
    }
    if (req.headers.authorization !== "Bearer sk_test_standin")
      return send(res, 401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
    const params = parseForm(body);
    const idempotencyKey = (req.headers["idempotency-key"] as string | undefined) ?? null;
    this.requests.push({ method: req.method ?? "GET", path, idempotencyKey, params });
    if (req.method === "POST" && idempotencyKey !== null) {
      const cached = this.answered.get(`${path}:${idempotencyKey}`);
      if (cached) return send(res, cached.status, cached.body);
    }
    const answer = this.route(req.method ?? "GET", path, params);
    if (req.method === "POST" && idempotencyKey !== null) this.answered.set(`${path}:${idempotencyKey}`, answer);
    send(res, answer.status, answer.body);
  }

  private route(method: string, path: string, p: Record<string, unknown>): { status: number; body: unknown } {
    if (method === "POST" && path === "/v1/customers") {
      const customer = {
        id: `cus_${randomBytes(8).toString("hex")}`,
        object: "customer",
        metadata: (p.metadata ?? {}) as Record<string, string>,
      };
      this.customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    if (method === "POST" && path === "/v1/payment_intents") return this.createIntent(p);
    const one = /^\/v1\/payment_intents\/(pi_[a-z0-9]+)$/.exec(path);
    if (method === "GET" && one) {
      const intent = this.intents.get(one[1]!);
      return intent ? { status: 200, body: intent } : missing("payment_intent");
    }
    if (method === "POST" && path === "/v1/refunds") {
      const intentId = String(p.payment_intent ?? "");
      if (!this.intents.has(intentId)) return missing("payment_intent");
      const charge = this.chargeOf(intentId);
      const amount = p.amount === undefined ? charge.amount - charge.amount_refunded : Number(p.amount);
      charge.amount_refunded += amount;
      charge.refunded = charge.amount_refunded >= charge.amount;
      const refund = {
        id: `re_${randomBytes(8).toString("hex")}`,
        object: "refund",
        amount,
        payment_intent: intentId,
        charge: charge.id,
        status: "succeeded",
      };
      this.refunds.push(refund);
      return { status: 200, body: refund };
    }
    return {
      status: 404,
      body: { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path})` } },
    };
  }

  private createIntent(p: Record<string, unknown>): { status: number; body: unknown } {
    const id = `pi_${randomBytes(12).toString("hex")}`;
    const pm = String(p.payment_method ?? "");
    const offSession = p.off_session === "true";
    const customer = typeof p.customer === "string" ? p.customer : null;
    if (customer !== null && !this.customers.has(customer)) return missing("customer");
    const intent = {
      id,
      object: "payment_intent",
      amount: Number(p.amount),
      currency: String(p.currency),
      description: p.description ?? null,
      metadata: (p.metadata ?? {}) as Record<string, string>,
      customer,
      payment_method: pm,
      setup_future_usage: p.setup_future_usage ?? null,
      client_secret: `${id}_secret_${randomBytes(8).toString("hex")}`,
      status: "requires_confirmation",
      next_action: null,
      latest_charge: null,
      last_payment_error: null,
      livemode: false,
    } as unknown as Stripe.PaymentIntent;
    this.intents.set(id, intent);
    const decline = (code: string, message: string) => {
      intent.status = "requires_payment_method";
      intent.last_payment_error = { type: "card_error", code, message } as never;
      return { status: 402, body: { error: { type: "card_error", code, message, payment_intent: intent } } };
    };
    if (pm === "pm_card_chargeDeclined" || (offSession && this.declineOffSession))
      return decline("card_declined", "Your card was declined.");
    if (pm === "pm_card_authenticationRequired" || pm === "pm_card_threeDSecure2Required") {
      if (offSession)
        return decline("authentication_required", "Your card was declined. This transaction requires authentication.");
      intent.status = "requires_action";
      intent.next_action = { type: "use_stripe_sdk", use_stripe_sdk: {} } as never;
      return { status: 200, body: intent };
    }
    if (!pm.startsWith("pm_")) {
      this.intents.delete(id);
      return {
        status: 400,
        body: {
          error: {
            type: "invalid_request_error",
            code: "resource_missing",
            param: "payment_method",
            message: `No such PaymentMethod: '${pm}'`,
          },
        },
      };
    }
    this.succeed(intent);
    return { status: 200, body: intent };
  }
}

function missing(what: string) {
  return {
    status: 404,
    body: { error: { type: "invalid_request_error", code: "resource_missing", message: `No such ${what}` } },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "request-id": `req_${randomBytes(6).toString("hex")}` });
  res.end(text);
}

function cors(res: ServerResponse): void {
  res.writeHead(204, {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "POST, GET",
    "access-control-allow-headers": "content-type",
  });
  res.end();
}

async function readAll(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Stripe's form encoding: a[b][c]=v nests, a[0]=v makes arrays (as objects here, which is enough). */
function parseForm(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const parts = key.split(/[[\]]+/).filter((s) => s !== "");
    let node = out;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = value;
  }
  return out;
}

/** The stand-in's Stripe.js: Stripe(key).handleNextAction({ clientSecret }) shows a 3-D Secure challenge. */
const STRIPE_JS = `(function () {
  var api = "__API__";
  function challenge(clientSecret) {
    var intentId = String(clientSecret).split("_secret_")[0];
    return new Promise(function (resolve) {
      var overlay = document.createElement("div");
      overlay.setAttribute("style", "position:fixed;inset:0;background:rgba(15,23,42,.55);display:flex;align-items:center;justify-content:center;z-index:2147483647");
      var box = document.createElement("div");
      box.setAttribute("role", "dialog");
      box.setAttribute("aria-modal", "true");
      box.setAttribute("aria-labelledby", "stripe-standin-3ds-title");
      box.setAttribute("style", "background:#fff;color:#111;border-radius:8px;padding:24px;max-width:340px;font:16px system-ui,sans-serif");
      box.innerHTML = '<h2 id="stripe-standin-3ds-title" style="margin:0 0 8px;font-size:20px">3D Secure test payment</h2>' +
        '<p style="margin:0 0 16px">Your bank asks you to confirm this payment (Stripe test mode).</p>';
      function button(label, succeed) {
        var b = document.createElement("button");
        b.type = "button";
        b.textContent = label;
        b.setAttribute("style", "margin-right:8px;padding:8px 14px;border-radius:6px;border:1px solid #334155;background:" + (succeed ? "#1e40af;color:#fff" : "#fff;color:#111"));
        b.onclick = function () {
          fetch(api + "/test/3ds/" + intentId, { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ succeed: succeed }) })
            .then(function (r) { return r.json(); })
            .then(function (intent) {
              overlay.remove();
              resolve(intent.status === "succeeded" ? { paymentIntent: intent } : { error: { message: "3D Secure authentication failed.", payment_intent: intent } });
            });
        };
        box.appendChild(b);
      }
      button("Complete authentication", true);
      button("Fail authentication", false);
      overlay.appendChild(box);
      document.body.appendChild(overlay);
    });
  }
  window.Stripe = function (publishableKey) {
    if (!publishableKey) throw new Error("Stripe(): a publishable key is required");
    return { handleNextAction: function (o) { return challenge(o.clientSecret); }, confirmCardPayment: challenge };
  };
})();
`;
