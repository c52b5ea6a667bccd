import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("settings from the environment", () => {
  it.each([
    { env: {}, seller: { name: "Job Ads with credit sharing", abn: null } },
    {
      env: { SELLER_NAME: "Harbour Job Ads Pty Ltd", SELLER_ABN: "51 824 753 556" },
      seller: { name: "Harbour Job Ads Pty Ltd", abn: "51824753556" },
    },
    { env: { SELLER_ABN: "" }, seller: { name: "Job Ads with credit sharing", abn: null } },
  ])("seller $env", ({ env, seller }) => {
    expect(loadConfig(env).seller).toEqual(seller);
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
    expect(loadConfig({ TRUSTED_PROXIES: "1" }).trustedProxies).toBe(1);
    expect(() => loadConfig({ TRUSTED_PROXIES: "-1" })).toThrow();
  });
});
