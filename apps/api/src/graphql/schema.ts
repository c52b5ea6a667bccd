import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { authChecker } from "../auth/auth-checker.js";
import { applyInputRule } from "./input-rule.js";
import { scalarsMap } from "./scalars.js";
import { resolvers } from "./resolvers.js";

let built: Promise<GraphQLSchema> | null = null;

/** type-graphql's metadata is global, so the schema is built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    scalarsMap,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  }).then(applyInputRule);
  return built;
}
