import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
// type-graphql (CommonJS) and Apollo must share one copy of graphql, or schemas come from "another realm".
const graphqlCjs = createRequire(require.resolve("./apps/api/package.json")).resolve("graphql");

export default defineConfig({
  test: {
    projects: [
      { test: { name: "domain", include: ["packages/domain/src/**/*.test.ts"] } },
      {
        resolve: { alias: { graphql: graphqlCjs } },
        test: {
          name: "api",
          include: ["apps/api/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { LOG_SILENT: "1" },
        },
      },
      {
        resolve: { alias: { graphql: graphqlCjs } },
        test: {
          name: "e2e",
          include: ["apps/web/e2e/**/*.e2e.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          env: { LOG_SILENT: "1" },
        },
      },
    ],
  },
});
