import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("settings from the environment", () => {
  it.each([
    // Outside production the demo seller's ABN (the ATO's example) makes receipts tax invoices.
    { env: {}, seller: { name: "Job Ads with credit sharing", abn: "51824753556" } },
    { env: { NODE_ENV: "production" }, seller: { name: "Job Ads with credit sharing", abn: null } },
    {
      env: { SELLER_NAME: "Harbour Job Ads Pty Ltd", SELLER_ABN: "53 004 085 616" },
      seller: { name: "Harbour Job Ads Pty Ltd", abn: "53004085616" },
    },
    { env: { SELLER_ABN: "", NODE_ENV: "production" }, seller: { name: "Job Ads with credit sharing", abn: null } },
  ])("seller $env", ({ env, seller }) => {
    expect(loadConfig(env).seller).toEqual(seller);
  });

  it("takes Stripe only with all three of its settings, and a stand-in's address", () => {
    expect(loadConfig({}).stripe).toBeNull();
    expect(() => loadConfig({ STRIPE_SECRET_KEY: "sk_test_1" })).toThrow(/STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET/);
    const stripe = loadConfig({
      STRIPE_SECRET_KEY: "sk_test_1",
      STRIPE_PUBLISHABLE_KEY: "pk_test_1",
      STRIPE_WEBHOOK_SECRET: "whsec_1",
      STRIPE_API_URL: "http://127.0.0.1:41510",
      STRIPE_JS_URL: "http://127.0.0.1:41510/v3/",
    }).stripe;
    expect(stripe).toMatchObject({
      publishableKey: "pk_test_1",
      api: { host: "127.0.0.1", port: 41510, protocol: "http" },
      jsUrl: "http://127.0.0.1:41510/v3/",
    });
  });

  it("refuses an ABN that fails the check, naming the setting", () => {
    expect(() => loadConfig({ SELLER_ABN: "51 824 753 557" })).toThrow(/SELLER_ABN is not a valid ABN/);
  });

  it("counts LMT days in Sydney unless told otherwise, and refuses an unknown zone", () => {
    expect(loadConfig({}).lmtTimeZone).toBe("Australia/Sydney");
    expect(loadConfig({ LMT_TIME_ZONE: "Australia/Perth" }).lmtTimeZone).toBe("Australia/Perth");
    expect(() => loadConfig({ LMT_TIME_ZONE: "Sydney" })).toThrow(/LMT_TIME_ZONE is not a time zone name/);
  });

  it("counts clients behind the configured number of proxies", () => {
    expect(loadConfig({}).trustedProxies).toBe(0);
    expect(loadConfig({}).devMailbox).toBe("this-machine");
    expect(loadConfig({ NODE_ENV: "production" }).devMailbox).toBe("off");
    expect(loadConfig({ DEV_MAILBOX: "true", NODE_ENV: "production" }).devMailbox).toBe("everyone");
    expect(loadConfig({ DEV_MAILBOX: "true", SMTP_URL: "smtp://127.0.0.1:25" }).devMailbox).toBe("off");
    expect(loadConfig({ TRUSTED_PROXIES: "1" }).trustedProxies).toBe(1);
    expect(() => loadConfig({ TRUSTED_PROXIES: "-1" })).toThrow();
  });

  it("runs several web processes only on a database server", () => {
    expect(loadConfig({}).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: "2", DATABASE_URL: "postgres://db.internal:5432/app" }).webConcurrency).toBe(2);
    expect(() => loadConfig({ WEB_CONCURRENCY: "2" })).toThrow(/needs DATABASE_URL/);
    expect(() => loadConfig({ WEB_CONCURRENCY: "0" })).toThrow();
  });
});
