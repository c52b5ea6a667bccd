import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { print, type DocumentNode } from "graphql";
import { employer } from "../../api/test/factories.js";
import { startTestApp, type TestApp } from "../../api/test/harness.js";
import * as generated from "../src/gql/graphql.js";

/**
 * Every operation the SPA sends passes the API's query limits (depth, cost, aliases). The API
 * counts each fragment spread as a level of depth, so a fragment nested in another can push an
 * operation over the limit without any error until it runs: this catches it without a browser.
 */
describe("the SPA's GraphQL operations", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it("all pass the API's validation limits", async () => {
    const { client } = await employer(app);
    const operations = Object.entries(generated).filter(
      (entry): entry is [string, DocumentNode] =>
        entry[0].endsWith("Document") &&
        typeof entry[1] === "object" &&
        entry[1] !== null &&
        (entry[1] as DocumentNode).definitions?.[0]?.kind === "OperationDefinition",
    );
    expect(operations.length).toBeGreaterThan(20);
    const refused: string[] = [];
    for (const [name, document] of operations) {
      // No variables: required ones fail with BAD_USER_INPUT, which is not what this looks for.
      const { errors } = await client.request(print(document));
      for (const e of errors ?? []) if (e.extensions?.code === "GRAPHQL_VALIDATION_FAILED") refused.push(`${name}: ${e.message}`);
    }
    expect(refused).toEqual([]);
  });
});
