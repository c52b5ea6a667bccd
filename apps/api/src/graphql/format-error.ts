import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import { DomainError, ERROR_CODES, type ErrorCode } from "@app/domain";

/**
 * The only place that builds `extensions`: DomainErrors keep their contract code, type-graphql's
 * validation becomes BAD_USER_INPUT with field messages, GraphQL's own request errors keep
 * Apollo's codes, and anything else is masked and logged with the request id.
 */
const APOLLO_REQUEST_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

const TYPE_GRAPHQL_CODES: Record<string, ErrorCode> = {
  UNAUTHORIZED: "FORBIDDEN",
  FORBIDDEN: "FORBIDDEN",
};

export const INTERNAL_MESSAGE = "Something went wrong on our side. Quote the request id if you contact support.";

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.fields ? { fields: original.fields } : {}),
        ...(original.extra ?? {}),
      },
    };
  }
  if (isMalformedId(original)) {
    // An id that is not a UUID can name nothing: answer as for any id the caller cannot see.
    return { ...base, message: "No such object.", extensions: { code: "NOT_FOUND" } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields: Record<string, string> = {};
    for (const v of original.extensions.validationErrors) collectValidation(v, "", fields);
    return { ...base, message: "Please check the highlighted fields.", extensions: { code: "BAD_USER_INPUT", fields } };
  }
  const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : undefined;
  if (code !== undefined && TYPE_GRAPHQL_CODES[code] !== undefined) {
    return { ...base, message: "You may not do this.", extensions: { code: TYPE_GRAPHQL_CODES[code] } };
  }
  if (code !== undefined && APOLLO_REQUEST_CODES.has(code) && formatted.path === undefined) {
    return formatted;
  }
  if (code !== undefined && isContractCode(code) && formatted.path === undefined) {
    // Raised while building the context (a revoked token): Apollo prefixes the message.
    return { ...base, message: formatted.message.replace(/^Context creation failed: /, ""), extensions: { code } };
  }
  if (code === "BAD_USER_INPUT") {
    // A variable of the wrong type: GraphQL's own coercion message names the field.
    return { ...base, extensions: { code } };
  }
  // The request-errors plugin logs the original with the request id and adds that id here.
  return { ...base, message: INTERNAL_MESSAGE, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** True for errors formatError masks: they are bugs or outages, and get logged. */
export function isUnexpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof ArgumentValidationError || isMalformedId(original)) return false;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return !(
    typeof code === "string" &&
    (TYPE_GRAPHQL_CODES[code] !== undefined || APOLLO_REQUEST_CODES.has(code) || isContractCode(code))
  );
}

function isContractCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

interface ValidationLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationLike[];
}

function collectValidation(v: ValidationLike, prefix: string, into: Record<string, string>): void {
  const name = prefix === "" ? v.property : `${prefix}.${v.property}`;
  const first = v.constraints ? Object.values(v.constraints)[0] : undefined;
  if (first !== undefined) into[name] = first;
  for (const child of v.children ?? []) collectValidation(child, name, into);
}

/** PostgreSQL's "invalid input syntax for type uuid", wherever the driver or drizzle wrapped it. */
function isMalformedId(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if ((e as { code?: unknown }).code === "22P02" && /uuid/i.test(e.message)) return true;
  }
  return false;
}
