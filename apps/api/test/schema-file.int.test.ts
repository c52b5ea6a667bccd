import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { printSchemaText } from "../src/graphql/print.js";

describe("apps/api/schema.graphql", () => {
  it("is the schema the server builds (run `pnpm schema:print` after changing the API)", async () => {
    const committed = readFileSync(fileURLToPath(new URL("../schema.graphql", import.meta.url)), "utf8");
    expect(committed).toBe(await printSchemaText());
  });
});
