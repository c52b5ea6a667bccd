import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer as createHttpServer } from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { Config } from "./config.js";
import type { Context } from "./context.js";
import type { Database } from "./db/client.js";
import { formatError, isUnexpectedError } from "./graphql/format-error.js";
import { getSchema } from "./graphql/schema.js";
import { introspectionRule } from "./graphql/introspection-rule.js";
import { createGraphqlHandler } from "./http/graphql-handler.js";
import { createReceiptsHandler, isReceiptPath } from "./http/receipts.js";
import { createLmtReportHandler, isLmtReportPath } from "./http/lmt-report.js";
import { LMT_TRACKER_CSV_PATH, createLmtTrackerCsvHandler } from "./http/lmt-tracker-csv.js";
import { createUnsubscribeHandler, unsubscribeToken } from "./http/unsubscribe.js";
import { createStaticHandler } from "./http/static.js";
import { createPublicPagesHandler, loadPublicRenderer } from "./http/public-pages.js";
import { createCrawlersHandler, isCrawlerPath } from "./http/crawlers.js";
import compression from "compression";
import { constants as zlibConstants } from "node:zlib";
import { createUploadsHandler } from "./http/uploads.js";
import { createLmtEvidenceHandler, isLmtEvidencePath } from "./http/lmt-evidence.js";
import { createResumeHandler } from "./http/resume.js";
import { createCandidateDataExportHandler } from "./http/candidate-data-export.js";
import { createRssHandler } from "./http/rss.js";
import { createFeedsHandler, feedSlug } from "./http/feeds.js";
import { isFromThisMachine, sendJson } from "./http/respond.js";
import { systemClock, type Clock } from "./lib/clock.js";
import { log } from "./lib/log.js";
import type { PaymentProvider } from "./lib/payment-provider.js";
import { paymentProviderFor } from "./lib/payments.js";
import { createStripeWebhookHandler, STRIPE_WEBHOOK_PATH } from "./http/stripe-webhook.js";
import { createInvoicesHandler, isInvoicePath } from "./http/invoices.js";
import { createUsageHandler, isUsagePath } from "./http/usage.js";
import { createServices, type Services } from "./services.js";
import { JobQueue } from "./queue/queue.js";
import { AppMetrics } from "./observability/metrics.js";
import { RequestObserver } from "./observability/requests.js";
import { createOpsHandlers } from "./http/ops.js";
import { securityHeaders, setHeaders } from "./http/security-headers.js";

/** Tokens a GraphQL document may hold (GraphiQL's introspection query is about 400). */
export const MAX_QUERY_TOKENS = 1000;

/** The SPA's page of the dev mailbox (GraphQL's devMailbox answers the same people). */
const DEV_MAILBOX_PATH = "/dev/mailbox";

export interface AppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  payments?: PaymentProvider;
}

export interface App {
  services: Services;
  metrics: AppMetrics;
  apollo: ApolloServer<Context>;
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Listens on config.port (0: any free port) and returns the bound URL. */
  listen(): Promise<{ url: string; server: Server }>;
  /**
   * Stops taking connections and lets the requests under way finish (at most `drainMs`, then
   * whatever is left is cut), so a deploy's SIGTERM drops no request.
   */
  stop(options?: { drainMs?: number }): Promise<void>;
}

/** Logs what formatError masks, with the request id it adds to the response. */
const requestErrorsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isUnexpectedError(error)) {
            log.error("unexpected error", {
              requestId: contextValue.requestId,
              error: error.originalError?.stack ?? error.stack,
            });
          }
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== "single") return;
        for (const error of response.body.singleResult.errors ?? []) {
          if (error.extensions?.code === "INTERNAL_SERVER_ERROR") {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        }
      },
    };
  },
};

export async function createApp(options: AppOptions): Promise<App> {
  const { config, database } = options;
  const payments = options.payments ?? paymentProviderFor(config);
  payments.attach?.(database.db);
  const clock = options.clock ?? systemClock;
  const queue = new JobQueue(database.db, clock, config.queue);
  const metrics = new AppMetrics({ pools: () => database.pools(), queue });
  const observer = new RequestObserver(metrics);
  const services = createServices({
    db: database.db,
    sessionDb: database.sessionDb,
    boardDb: database.boardDb,
    clock,
    config,
    payments,
    queue,
    metrics,
  });
  // Armor's defaults (depth 6, 15 aliases, cost 5000); fragments count by the fields they hold,
  // so a client's fragment inside a fragment is not an extra level.
  // The token limit is graphql-js's own parser option, not Armor's: Armor's throws from a plugin
  // hook, which Apollo answers with 500; a parse error is 400 GRAPHQL_PARSE_FAILED.
  const protection = new ApolloArmor({ maxDepth: { n: 6, flattenFragments: true }, maxTokens: { enabled: false } }).protect();
  const schema = await getSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    // On for everyone here; introspectionRule refuses anonymous requests in production.
    introspection: true,
    formatError,
    ...protection,
    includeStacktraceInErrorResponses: false,
    // No cache hints are used (answers are no-store), so the plugin that wraps every field to
    // collect them only costs CPU; the playground is GraphiQL at /playground, not Apollo's CDN page.
    plugins: [
      ...protection.plugins,
      requestErrorsPlugin,
      introspectionRule(config.production),
      observer.plugin(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: [...protection.validationRules],
  });
  await apollo.start();

  const graphql = createGraphqlHandler(apollo, services, {
    secureCookies: config.secureCookies,
    trustedProxies: config.trustedProxies,
  });
  const serveStatic = createStaticHandler(config.webDist);
  const receipts = createReceiptsHandler(services);
  const lmtReports = createLmtReportHandler(services);
  const lmtEvidence = createLmtEvidenceHandler(services);
  const invoicePdfs = createInvoicesHandler(services);
  const usage = createUsageHandler(services);
  const stripeWebhook = createStripeWebhookHandler(services, payments);
  const lmtTrackerCsv = createLmtTrackerCsvHandler(services);
  const unsubscribe = createUnsubscribeHandler(services);
  const uploads = createUploadsHandler(services, { trustedProxies: config.trustedProxies });
  const resume = createResumeHandler(services);
  const candidateDataExport = createCandidateDataExportHandler(services);
  const rss = createRssHandler(services);
  const feeds = createFeedsHandler(services);
  const ops = createOpsHandlers(database, metrics, { opsToken: config.opsToken, trustedProxies: config.trustedProxies });
  const crawlers = createCrawlersHandler(services);
  // The public pages (national board, agency boards, ads, apply) are rendered here when the web build has its renderer.
  const renderer = await loadPublicRenderer(config.webDist);
  const publicPages =
    renderer === null ? null : createPublicPagesHandler(renderer, services, schema, { trustedProxies: config.trustedProxies });
  // Every text answer (pages, GraphQL, feeds, files) goes out with brotli or gzip, whichever the client
  // prefers; only answers too small to gain (under 256 bytes) go as they are. Brotli at quality 4 with a
  // 1 MB window: a job page compresses about as small as at 11 for a fraction of the CPU.
  const compress = compression({
    threshold: 256,
    brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4, [zlibConstants.BROTLI_PARAM_LGWIN]: 20 } },
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    compress(req as never, res as never, () => route(req, res));
  }

  const devMailboxOpenTo = (req: IncomingMessage) =>
    config.devMailbox === "everyone" || (config.devMailbox === "this-machine" && isFromThisMachine(req, config.trustedProxies));
  const security = securityHeaders({ https: config.secureCookies, stripe: config.stripe });

  function route(req: IncomingMessage, res: ServerResponse): void {
    const requestId = randomUUID();
    res.setHeader("x-request-id", requestId);
    setHeaders(res, security);
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    observer.start(req, res, requestId, path);
    const answer = async () => {
      if (path === "/graphql") return graphql(req, res, requestId);
      if (path === "/healthz") return ops.healthz(req, res);
      if (path === "/readyz") return ops.readyz(req, res);
      if (path === "/metrics") return ops.metrics(req, res);
      if (isReceiptPath(path)) return receipts(req, res, path);
      if (isInvoicePath(path)) return invoicePdfs(req, res, path);
      if (isUsagePath(path)) return usage(req, res, path);
      if (path === STRIPE_WEBHOOK_PATH) return stripeWebhook(req, res);
      if (isLmtReportPath(path)) return lmtReports(req, res, path);
      if (isLmtEvidencePath(path)) return lmtEvidence(req, res, path);
      if (path === LMT_TRACKER_CSV_PATH) return lmtTrackerCsv(req, res);
      const unsubscribeMatch = unsubscribeToken(path);
      if (unsubscribeMatch !== null) return unsubscribe(req, res, unsubscribeMatch);
      if (path === "/uploads") return uploads(req, res);
      if (path === "/candidate-data/export") return candidateDataExport(req, res);
      const resumeMatch = /^\/applications\/([^/]+)\/resume$/.exec(path);
      if (resumeMatch) return resume(req, res, decodeURIComponent(resumeMatch[1]!));
      // The feed; /p/<slug>'s public pages are the renderer's, its other pages the SPA's.
      const rssMatch = /^\/p\/([^/]+)\/rss\.xml$/.exec(path);
      if (rssMatch) return rss(req, res, decodeURIComponent(rssMatch[1]!));
      const feed = feedSlug(path);
      if (feed !== null) return feeds(req, res, feed);
      if (isCrawlerPath(path)) return crawlers(req, res, path);
      if (path === DEV_MAILBOX_PATH && !devMailboxOpenTo(req)) return sendJson(res, 404, { error: "Not found." });
      if (publicPages !== null && renderer !== null && renderer.isPublicPage(path)) return publicPages(req, res, requestId);
      return serveStatic(req, res);
    };
    answer().catch((error: unknown) => {
      log.error("request failed", { requestId, path, error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendJson(res, 500, { error: "Something went wrong on our side.", requestId });
      else res.end();
    });
  }

  let httpServer: Server | null = null;
  let draining = false;
  /** How long a draining server keeps listening while it tells its clients to reconnect elsewhere. */
  const DRAIN_NOTICE_MS = 1000;
  return {
    services,
    metrics,
    apollo,
    handle,
    async listen() {
      httpServer = createHttpServer((req, res) => {
        // While draining, no client may send another request on this connection.
        if (draining) res.setHeader("connection", "close");
        return handle(req, res);
      });
      const server = httpServer;
      await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : config.port;
      return { url: `http://${config.host}:${port}`, server };
    },
    async stop({ drainMs = 0 } = {}) {
      const server = httpServer;
      if (server) {
        // Every answer from now on closes its connection, so clients move off before the
        // listener closes; closing at once would cut keep-alive sockets a client is reusing.
        draining = true;
        await new Promise((r) => setTimeout(r, Math.min(drainMs, DRAIN_NOTICE_MS)));
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        const cut = setTimeout(() => server.closeAllConnections(), drainMs);
        await closed;
        clearTimeout(cut);
      }
      await services.channels.flushViews();
      await apollo.stop();
    },
  };
}
