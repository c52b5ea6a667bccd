import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "../db/client.js";
import type { AppMetrics } from "../observability/metrics.js";
import { isFromThisMachine, sendJson } from "./respond.js";

/**
 * Who may read /metrics: a request bearing OPS_TOKEN, or one from this machine that no reverse
 * proxy forwarded (with TRUSTED_PROXIES set, a proxy on this machine forwards the public, so only
 * the token counts). Everyone else gets 404, as if there were nothing here.
 */
export function isOperator(req: IncomingMessage, options: { opsToken: string | null; trustedProxies: number }): boolean {
  const auth = req.headers.authorization ?? "";
  if (options.opsToken !== null && auth.toLowerCase().startsWith("bearer ")) {
    const given = Buffer.from(auth.slice(7).trim());
    const wanted = Buffer.from(options.opsToken);
    if (given.length === wanted.length && timingSafeEqual(given, wanted)) return true;
  }
  return isFromThisMachine(req, options.trustedProxies);
}

export function createOpsHandlers(
  database: Database,
  metrics: AppMetrics,
  options: { opsToken: string | null; trustedProxies: number },
) {
  const noStore = (res: ServerResponse) => res.setHeader("cache-control", "no-store");
  return {
    /** Liveness: the process answers (always 200 while it runs), and says whether its database does. */
    async healthz(_req: IncomingMessage, res: ServerResponse): Promise<void> {
      const ping = await database.ping(1000);
      noStore(res);
      sendJson(res, 200, {
        ok: true,
        engine: database.engine,
        database: ping.primary ? "up" : "down",
        ...(ping.replica === null ? {} : { replica: ping.replica ? "up" : "down" }),
      });
    },

    /** Readiness: 200 only while the database answers and holds every committed migration; 503 otherwise. */
    async readyz(_req: IncomingMessage, res: ServerResponse): Promise<void> {
      const ping = await database.ping(2000);
      const migrations = ping.primary ? await database.migrationsApplied().catch(() => false) : false;
      const ready = ping.primary && migrations;
      noStore(res);
      sendJson(res, ready ? 200 : 503, {
        ready,
        database: ping.primary ? "up" : "down",
        migrations: !ping.primary ? "unknown" : migrations ? "applied" : "pending",
        ...(ping.replica === null ? {} : { replica: ping.replica ? "up" : "down" }),
      });
    },

    async metrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
      if (!isOperator(req, options)) return sendJson(res, 404, { error: "Not found." });
      const { contentType, body } = await metrics.text();
      noStore(res);
      res.writeHead(200, { "content-type": contentType });
      res.end(body);
    },
  };
}
