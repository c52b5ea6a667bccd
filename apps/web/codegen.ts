import type { CodegenConfig } from "@graphql-codegen/cli";

// Reads the API's printed schema file, never a running server, so codegen works offline and in CI.
const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/features/**/*.{ts,tsx}"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        // Apollo Client does its own (optional) masking; plain types keep components simple.
        fragmentMasking: false,
        gqlTagName: "graphql",
      },
      config: {
        scalars: { DateTime: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        defaultScalarType: "unknown",
      },
    },
  },
};

export default config;
