import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTROSPECTION_REFUSED } from "../../src/graphql/introspection-rule.js";
import { startSiblingApp, startTestApp, type TestApp } from "../harness.js";
import { PASSWORD, serviceProvider } from "../factories.js";

let t: TestApp;
let production: Awaited<ReturnType<typeof startSiblingApp>>;
beforeAll(async () => {
  t = await startTestApp();
  production = await startSiblingApp(t, { production: true });
});
afterAll(async () => {
  await production.close();
  await t.close();
});

const SCHEMA = `{ __schema { queryType { name } } }`;
const TYPE = `query { viewer { user { id } } __type(name: "Query") { name } }`;

describe("introspection", () => {
  it("in production, anonymous requests are refused as a validation failure (400) and a clear message", async () => {
    for (const query of [SCHEMA, TYPE, `query { ...F } fragment F on Query { __schema { types { name } } }`]) {
      const res = await production.client().request(query);
      expect(res.status, query).toBe(400);
      expect(res.data, query).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, query).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(res.errors?.[0]?.message, query).toBe(INTROSPECTION_REFUSED);
    }
    expect(await production.client().ok(`{ __typename }`)).toEqual({ __typename: "Query" });
  });

  it("in production, a signed-in person may introspect (the playground works)", async () => {
    const { email } = await serviceProvider(t);
    const client = production.client();
    await client.ok(
      `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { user { id } } }`,
      {
        email,
        password: PASSWORD,
      },
    );
    expect(await client.ok(SCHEMA)).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("in development, anonymous requests may introspect", async () => {
    expect(await t.client().ok(SCHEMA)).toEqual({ __schema: { queryType: { name: "Query" } } });
  });
});
