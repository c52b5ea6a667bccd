import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, visit, type DocumentNode } from "graphql";
import type { Context } from "../context.js";

export const INTROSPECTION_REFUSED =
  "The schema is described only to signed-in users on this server: sign in, or send a personal access token.";

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

/**
 * In production the schema is for signed-in people only (the playground works for them, and a
 * stranger cannot map the API); in development anyone may ask. `__typename` is not introspection.
 */
export function introspectionRule(production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (production && contextValue.viewer === null && asksForSchema(document)) {
            throw new GraphQLError(INTROSPECTION_REFUSED, {
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
