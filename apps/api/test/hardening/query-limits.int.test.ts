import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_QUERY_TOKENS } from "../../src/server.js";
import { startTestApp, type TestApp } from "../harness.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function post(query: string) {
  const res = await fetch(`${t.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe("the token limit", () => {
  it("a document over the limit is 400 with a parse error naming the limit", async () => {
    // `{ a a a … }`: each field name is one token, the braces two more.
    const query = `{ ${"__typename ".repeat(1500)}}`;
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`${MAX_QUERY_TOKENS} tokens`));
  });

  it("a document at the limit is parsed (and then judged by the other limits)", async () => {
    const { body } = await post(`{ ${"__typename ".repeat(MAX_QUERY_TOKENS - 2)}}`);
    expect(body.errors?.[0]?.extensions?.code).not.toBe("GRAPHQL_PARSE_FAILED");
  });
});
