import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { logger } from "../lib/log.js";
import type { AppMetrics } from "./metrics.js";

/** What one request's log line says; the GraphQL plugin fills in the operation, the viewer and the error codes. */
interface RequestRecord {
  requestId: string;
  method: string;
  path: string;
  route: string;
  operation: string | null;
  operationType: string | null;
  userId: string | null;
  organizationId: string | null;
  /** The client an agency is inside of (R7), when it is. */
  accessingClientId: string | null;
  errorCodes: string[];
}

/** Routes as metrics name them: a fixed set, never a raw path (no unbounded labels). */
export function routeOf(path: string): string {
  if (path === "/graphql") return "graphql";
  if (path === "/healthz" || path === "/readyz" || path === "/metrics") return path.slice(1);
  if (path.startsWith("/receipts/")) return "receipt";
  if (path.startsWith("/lmt-reports/")) return "lmt_report";
  if (path === "/uploads") return "upload";
  if (/^\/applications\/[^/]+\/resume$/.test(path)) return "resume";
  if (path === "/candidate-data/export") return "candidate_data_export";
  if (/^\/p\/[^/]+\/rss\.xml$/.test(path) || path.startsWith("/feeds/")) return "feed";
  return "page";
}

/** Health checks and scrapes come every few seconds: logged at debug, not info. */
const QUIET_ROUTES = new Set(["healthz", "readyz", "metrics"]);

/**
 * One structured log line and the request metrics per request, written when its response has
 * been sent: request id, route, GraphQL operation, user, organization, status, duration, outcome.
 */
export class RequestObserver {
  private readonly open = new Map<string, RequestRecord>();

  constructor(private readonly metrics: AppMetrics) {}

  start(req: IncomingMessage, res: ServerResponse, requestId: string, path: string): void {
    const startedAt = process.hrtime.bigint();
    const record: RequestRecord = {
      requestId,
      method: req.method ?? "GET",
      path,
      route: routeOf(path),
      operation: null,
      operationType: null,
      userId: null,
      organizationId: null,
      accessingClientId: null,
      errorCodes: [],
    };
    this.open.set(requestId, record);
    const finish = () => {
      if (!this.open.delete(requestId)) return;
      const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
      const status = res.statusCode;
      this.metrics.httpRequest(record.route, status);
      if (record.route === "graphql")
        this.metrics.graphqlRequest(this.metrics.operationLabel(record.operation), seconds, record.errorCodes);
      const outcome =
        record.errorCodes.length > 0
          ? [...new Set(record.errorCodes)].join(",")
          : status >= 500
            ? "error"
            : status >= 400
              ? "refused"
              : "ok";
      const line = {
        requestId,
        method: record.method,
        route: record.route,
        ...(record.route === "page" || record.route === "feed" ? { path } : {}),
        ...(record.operation !== null ? { operation: record.operation, operationType: record.operationType } : {}),
        userId: record.userId,
        organizationId: record.organizationId,
        ...(record.accessingClientId !== null ? { accessingClientId: record.accessingClientId } : {}),
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        outcome,
      };
      if (QUIET_ROUTES.has(record.route)) logger.debug(line, "request");
      else logger.info(line, "request");
    };
    res.once("finish", finish);
    res.once("close", finish);
  }

  /** Fills the request's record from Apollo's view of it. */
  plugin(): ApolloServerPlugin<Context> {
    const open = this.open;
    return {
      async requestDidStart({ request, contextValue }) {
        const record = open.get(contextValue.requestId);
        if (record && request.operationName) record.operation = request.operationName;
        return {
          async didResolveOperation({ operationName, operation }) {
            if (!record) return;
            record.operation = operationName ?? operation?.name?.value ?? null;
            record.operationType = operation?.operation ?? null;
          },
          async willSendResponse({ response, contextValue }) {
            if (!record) return;
            const viewer = contextValue.viewer;
            record.userId = viewer?.userId ?? null;
            record.organizationId = viewer?.organizationId ?? null;
            record.accessingClientId = viewer?.accessing?.clientId ?? null;
            if (response.body.kind !== "single") return;
            for (const error of response.body.singleResult.errors ?? []) {
              const code = error.extensions?.code;
              record.errorCodes.push(typeof code === "string" ? code : "UNKNOWN");
            }
          },
        };
      },
    };
  }
}
