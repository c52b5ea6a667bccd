import { describe, expect, it } from "vitest";
import { getMetadataStorage } from "type-graphql";
import { getSchema } from "../src/graphql/schema.js";
import { PUBLIC_OPERATIONS } from "../src/graphql/resolvers.js";

/**
 * Every query and mutation is either @Authorized() or named in PUBLIC_OPERATIONS, so a new
 * operation without a guard fails here before it reaches review.
 */
describe("authorization coverage", () => {
  it("guards every operation that is not public", async () => {
    await getSchema();
    const storage = getMetadataStorage();
    const authorized = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
    const classGuarded = new Set(storage.authorizedResolver.map((r) => r.target));
    const operations = [...storage.queries, ...storage.mutations];
    expect(operations.length).toBeGreaterThan(10);
    const unguarded = operations
      .filter((op) => !authorized.has(`${op.target.name}.${op.methodName}`) && !classGuarded.has(op.target))
      .map((op) => op.schemaName)
      .filter((name) => !PUBLIC_OPERATIONS.has(name))
      .sort();
    expect(unguarded).toEqual([]);
  });

  it("lists no public operation that does not exist", async () => {
    await getSchema();
    const storage = getMetadataStorage();
    const names = new Set([...storage.queries, ...storage.mutations].map((op) => op.schemaName));
    expect([...PUBLIC_OPERATIONS].filter((name) => !names.has(name))).toEqual([]);
  });
});
