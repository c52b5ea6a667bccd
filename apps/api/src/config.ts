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
  PGLITE_DIR: z.string().default("./data"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("127.0.0.1"),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Job Ads <no-reply@localhost>"),
  WEB_DIST: z.string().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(DEFAULT_DB_POOL_MAX),
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  NODE_ENV: z.string().default("development"),
  /** The dev mailbox shows single-use links to anyone: on by default only outside production. */
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
  pgliteDir: string;
  port: number;
  host: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  webDist: string | undefined;
  dbPoolMax: number;
  seedDemo: boolean;
  devMailbox: boolean;
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
    pgliteDir: e.PGLITE_DIR,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    webDist: e.WEB_DIST,
    dbPoolMax: e.DB_POOL_MAX,
    seedDemo: e.SEED_DEMO === "true",
    devMailbox: e.SMTP_URL === undefined && (e.DEV_MAILBOX ?? (e.NODE_ENV === "production" ? "false" : "true")) === "true",
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
    pgliteDir: "memory://",
    port: 0,
    host: "127.0.0.1",
    publicUrl: "http://127.0.0.1",
    smtpUrl: undefined,
    mailFrom: "Job Ads <no-reply@localhost>",
    webDist: undefined,
    dbPoolMax: DEFAULT_DB_POOL_MAX,
    seedDemo: false,
    devMailbox: true,
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
