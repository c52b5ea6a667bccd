import { availableParallelism } from "node:os";
import { z } from "zod";
import { DEFAULT_LMT_TIME_ZONE, isTimeZone, normalizeAbn } from "@app/domain";
import type { StripeSettings } from "./lib/stripe-provider.js";

/**
 * About one database connection per core, at least 2 (a board search counts beside its page) and
 * at most 8. postgres.js pipelines further queries onto busy connections, so a small pool batches
 * round trips, and PostgreSQL backends do not queue for the cores: on a 2-core machine 2
 * connections publish faster than 8 (bench/publish.bench.ts, README).
 */
export const DEFAULT_DB_POOL_MAX = Math.min(8, Math.max(2, availableParallelism()));

const DEFAULT_SELLER_NAME = "Job Ads with credit sharing";
/**
 * The ATO's published example ABN: outside production, receipts are tax invoices naming it until
 * SELLER_ABN names the real seller (production has no default).
 */
export const DEMO_SELLER_ABN = "51824753556";
const STRIPE_JS_URL = "https://js.stripe.com/v3/";

/** The only reader of process.env: everything else gets a Config passed in. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /** A streaming replica for read-only queries (the public board); the primary when not set. */
  DATABASE_READ_URL: z.string().url().optional(),
  /** "transaction": DATABASE_URL is a pooler in transaction mode (PgBouncer): no named prepared statements. */
  DATABASE_POOLER: z.enum(["none", "transaction"]).default("none"),
  /** Whether this process runs queue jobs (a web-only process sets false; some process must run them). */
  QUEUE_WORKER: z.enum(["true", "false"]).default("true"),
  QUEUE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  QUEUE_POLL_MS: z.coerce.number().int().min(10).default(1000),
  QUEUE_LEASE_MS: z.coerce.number().int().min(500).default(60_000),
  QUEUE_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(3),
  QUEUE_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
  /** /metrics and /ops/queue answer requests with "Authorization: Bearer <this>", and any from this machine. */
  OPS_TOKEN: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  PGLITE_DIR: z.string().default("./data"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("127.0.0.1"),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Job Ads <no-reply@localhost>"),
  WEB_DIST: z.string().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(DEFAULT_DB_POOL_MAX),
  /** Web processes sharing the port (node:cluster); each has its own pool of DB_POOL_MAX. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  NODE_ENV: z.string().default("development"),
  /**
   * The dev mailbox shows single-use links: unset, it answers only this machine, outside production;
   * true opens it to every address; false turns it off.
   */
  DEV_MAILBOX: z.enum(["true", "false"]).optional(),
  /** Portal abuse limits per client address and hour (R10). */
  UPLOADS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  APPLICATIONS_PER_HOUR: z.coerce.number().int().min(1).default(10),
  /** Reverse proxies in front of the API that append to X-Forwarded-For (0: clients connect directly). */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** Who sells the credits, as receipts name them; with an ABN they are tax invoices. */
  SELLER_NAME: z.string().trim().min(1).default(DEFAULT_SELLER_NAME),
  SELLER_ABN: z
    .string()
    .optional()
    .refine(
      (abn) => abn === undefined || abn.trim() === "" || normalizeAbn(abn) !== null,
      "SELLER_ABN is not a valid ABN (11 digits that pass the ABR check).",
    ),
  /** Card payments through Stripe (lib/stripe-provider.ts); without it the built-in test provider. */
  STRIPE_SECRET_KEY: z.string().trim().optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().trim().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().trim().optional(),
  /** Another address for Stripe's API (a local stand-in), e.g. http://127.0.0.1:12111. */
  STRIPE_API_URL: z.string().url().optional(),
  /** Where the browser loads Stripe.js; CSP must allow its origin. */
  STRIPE_JS_URL: z.string().url().default(STRIPE_JS_URL),
  /** The built-in test provider refuses to run under NODE_ENV=production unless this is true. */
  ALLOW_TEST_PAYMENTS: z.enum(["true", "false"]).default("false"),
  /** The calendar LMT reports count an ad's days on (R8). */
  LMT_TIME_ZONE: z
    .string()
    .trim()
    .default(DEFAULT_LMT_TIME_ZONE)
    .refine(isTimeZone, "LMT_TIME_ZONE is not a time zone name (an IANA name such as Australia/Perth)."),
});

export interface Config {
  databaseUrl: string | undefined;
  databaseReadUrl: string | undefined;
  /** Behind a transaction pooler nothing may rely on session state: named statements are off. */
  databasePooler: "none" | "transaction";
  /** Whether this process runs the queue's worker, and how (src/queue/queue.ts). */
  queueWorker: boolean;
  queue: { concurrency: number; pollMs: number; leaseMs: number; maxAttempts: number; retryBaseMs: number };
  /** Bearer token for /metrics and /ops/queue from other machines; null: only this machine may ask. */
  opsToken: string | null;
  pgliteDir: string;
  port: number;
  host: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  webDist: string | undefined;
  dbPoolMax: number;
  /** How many web processes serve the port (src/cluster.ts); 1 on embedded PGlite. */
  webConcurrency: number;
  seedDemo: boolean;
  /** Who the dev mailbox answers (never while SMTP_URL sends real mail). */
  devMailbox: DevMailbox;
  /** Secure cookies only when served over https. */
  secureCookies: boolean;
  /** POST /uploads and applyToJob per client address and hour. */
  uploadsPerHour: number;
  applicationsPerHour: number;
  /** How many X-Forwarded-For hops to trust when telling clients apart (rate limits). */
  trustedProxies: number;
  /** The seller on receipts; with an ABN (11 digits) receipts are tax invoices. */
  seller: { name: string; abn: string | null };
  /** LMT reports count days on this zone's calendar (R8). */
  lmtTimeZone: string;
  production: boolean;
  /** Card payments: Stripe when configured, else the built-in test provider (see allowTestPayments). */
  stripe: StripeSettings | null;
  allowTestPayments: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = envSchema.parse(env);
  const publicUrl = e.PUBLIC_URL ?? `http://${e.HOST === "0.0.0.0" ? "localhost" : e.HOST}:${e.PORT}`;
  return {
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    databasePooler: e.DATABASE_POOLER,
    queueWorker: e.QUEUE_WORKER === "true",
    queue: {
      concurrency: e.QUEUE_CONCURRENCY,
      pollMs: e.QUEUE_POLL_MS,
      leaseMs: e.QUEUE_LEASE_MS,
      maxAttempts: e.QUEUE_MAX_ATTEMPTS,
      retryBaseMs: e.QUEUE_RETRY_BASE_MS,
    },
    opsToken: e.OPS_TOKEN ?? null,
    pgliteDir: e.PGLITE_DIR,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    webDist: e.WEB_DIST,
    dbPoolMax: e.DB_POOL_MAX,
    webConcurrency: webConcurrency(e),
    seedDemo: e.SEED_DEMO === "true",
    devMailbox: devMailbox(e),
    secureCookies: publicUrl.startsWith("https://"),
    uploadsPerHour: e.UPLOADS_PER_HOUR,
    applicationsPerHour: e.APPLICATIONS_PER_HOUR,
    trustedProxies: e.TRUSTED_PROXIES,
    seller: {
      name: e.SELLER_NAME,
      abn:
        e.SELLER_ABN !== undefined && e.SELLER_ABN.trim() !== ""
          ? normalizeAbn(e.SELLER_ABN)
          : e.NODE_ENV === "production"
            ? null
            : DEMO_SELLER_ABN,
    },
    lmtTimeZone: e.LMT_TIME_ZONE,
    production: e.NODE_ENV === "production",
    stripe: stripeSettings(e),
    allowTestPayments: e.ALLOW_TEST_PAYMENTS === "true",
  };
}

export type DevMailbox = "off" | "this-machine" | "everyone";

/** Embedded PGlite lives in one process's memory or files: more web processes need DATABASE_URL. */
function webConcurrency(e: z.infer<typeof envSchema>): number {
  if (e.WEB_CONCURRENCY > 1 && e.DATABASE_URL === undefined)
    throw new Error("WEB_CONCURRENCY above 1 needs DATABASE_URL: embedded PGlite serves one process.");
  return e.WEB_CONCURRENCY;
}

function devMailbox(e: z.infer<typeof envSchema>): DevMailbox {
  if (e.SMTP_URL !== undefined || e.DEV_MAILBOX === "false") return "off";
  if (e.DEV_MAILBOX === "true") return "everyone";
  return e.NODE_ENV === "production" ? "off" : "this-machine";
}

function stripeSettings(e: z.infer<typeof envSchema>): StripeSettings | null {
  if (e.STRIPE_SECRET_KEY === undefined || e.STRIPE_SECRET_KEY === "") return null;
  const missing = [
    e.STRIPE_PUBLISHABLE_KEY ? null : "STRIPE_PUBLISHABLE_KEY",
    e.STRIPE_WEBHOOK_SECRET ? null : "STRIPE_WEBHOOK_SECRET",
  ].filter((name) => name !== null);
  if (missing.length > 0) throw new Error(`STRIPE_SECRET_KEY is set, so ${missing.join(" and ")} must be set too.`);
  const api = e.STRIPE_API_URL === undefined ? null : new URL(e.STRIPE_API_URL);
  return {
    secretKey: e.STRIPE_SECRET_KEY,
    publishableKey: e.STRIPE_PUBLISHABLE_KEY!,
    webhookSecret: e.STRIPE_WEBHOOK_SECRET!,
    jsUrl: e.STRIPE_JS_URL,
    api:
      api === null
        ? null
        : {
            host: api.hostname,
            port: Number(api.port || (api.protocol === "https:" ? 443 : 80)),
            protocol: api.protocol === "https:" ? "https" : "http",
          },
  };
}

/** Settings for tests: in-memory by default, nothing read from the environment but DATABASE_URL. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    databaseUrl: undefined,
    databaseReadUrl: undefined,
    databasePooler: "none",
    queueWorker: false,
    queue: { concurrency: 4, pollMs: 50, leaseMs: 60_000, maxAttempts: 3, retryBaseMs: 30_000 },
    opsToken: null,
    pgliteDir: "memory://",
    port: 0,
    host: "127.0.0.1",
    publicUrl: "http://127.0.0.1",
    smtpUrl: undefined,
    mailFrom: "Job Ads <no-reply@localhost>",
    webDist: undefined,
    dbPoolMax: DEFAULT_DB_POOL_MAX,
    webConcurrency: 1,
    seedDemo: false,
    devMailbox: "this-machine",
    secureCookies: false,
    // Every test client comes from 127.0.0.1: tests of the limits fill the counter themselves.
    uploadsPerHour: 200,
    applicationsPerHour: 200,
    trustedProxies: 0,
    seller: { name: DEFAULT_SELLER_NAME, abn: DEMO_SELLER_ABN },
    lmtTimeZone: DEFAULT_LMT_TIME_ZONE,
    production: false,
    stripe: null,
    allowTestPayments: false,
    ...overrides,
  };
}
