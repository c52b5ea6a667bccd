import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TestPaymentProvider } from "../src/lib/payment-provider.js";
import { log } from "../src/lib/log.js";
import { startTestApp, type TestApp } from "./harness.js";
import { serviceProvider } from "./factories.js";

/** A provider whose network is down: the error must not reach the client, only the log. */
class BrokenProvider extends TestPaymentProvider {
  override async charge(): Promise<never> {
    throw new Error("connect ECONNREFUSED 10.0.0.1:443 secret-internal-detail");
  }
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ payments: new BrokenProvider() });
});
afterAll(() => t.close());

describe("unexpected errors", () => {
  it("are masked as INTERNAL_SERVER_ERROR with a request id, and logged with that id", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const agency = await serviceProvider(t);
    const error = await agency.client.fails(
      `mutation { purchase(input: { planCode: "payg", quantity: 1, payment: { token: "tok_visa" }, idempotencyKey: "k" }) { id } }`,
    );
    expect(error.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).not.toMatch(/ECONNREFUSED|secret/);
    const requestId = error.extensions?.requestId;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged).toHaveBeenCalledWith(
      "unexpected error",
      expect.objectContaining({ requestId, error: expect.stringContaining("ECONNREFUSED") }),
    );
    logged.mockRestore();
  });
});

describe("the endpoint in a browser", () => {
  it("sends a browser opening /graphql to the playground, and still answers GET queries", async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: "text/html" }, redirect: "manual" });
    expect(page.status).toBe(302);
    expect(page.headers.get("location")).toBe("/playground");
    const query = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(await query.json()).toEqual({ data: { __typename: "Query" } });
  });
});
