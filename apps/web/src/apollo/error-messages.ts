import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/**
 * The one place that turns API failures into words. The API's `extensions.code` is one of the
 * contract's codes; anything else (a network failure, a schema mismatch) is ours to explain.
 */
export type ProblemCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "INSUFFICIENT_CREDITS"
  | "PAYMENT_DECLINED"
  | "RATE_LIMITED"
  | "EMAIL_NOT_VERIFIED"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK"
  | "UNKNOWN";

/** A short title per code; the API's own message (written for people) is shown under it. */
const TITLES = {
  UNAUTHENTICATED: "Please sign in",
  FORBIDDEN: "You don't have access to this",
  NOT_FOUND: "We couldn't find that",
  BAD_USER_INPUT: "Please check the highlighted fields",
  CONFLICT: "This can't be done right now",
  INSUFFICIENT_CREDITS: "Not enough credits",
  PAYMENT_DECLINED: "Payment declined",
  RATE_LIMITED: "Too many attempts",
  EMAIL_NOT_VERIFIED: "Verify your email address first",
  INTERNAL_SERVER_ERROR: "Something went wrong on our side",
  NETWORK: "Can't reach the server",
  UNKNOWN: "Something went wrong",
} satisfies Record<ProblemCode, string>;

/** Used when the API sends no message of its own, or when its message is not meant for people. */
const FALLBACK_MESSAGES = {
  UNAUTHENTICATED: "Your session has ended. Sign in again to continue.",
  FORBIDDEN: "Your organization or role may not do this. Ask an owner or admin.",
  NOT_FOUND: "It may have been removed, or it belongs to another organization.",
  BAD_USER_INPUT: "Fix the fields marked below, then try again.",
  CONFLICT: "Its state has changed since you opened this page. Reload and try again.",
  INSUFFICIENT_CREDITS: "There are no credits to pay for this. Buy credits or pay by card.",
  PAYMENT_DECLINED: "The card was declined and nothing was charged. Try another card.",
  RATE_LIMITED: "Wait a moment before trying again.",
  EMAIL_NOT_VERIFIED: "Follow the link we mailed to you, or send a new one from your account page.",
  INTERNAL_SERVER_ERROR: "Try again in a moment. If it keeps happening, contact support and quote the reference below.",
  NETWORK: "Check your connection and try again.",
  UNKNOWN: "Try again in a moment.",
} satisfies Record<ProblemCode, string>;

const CONTRACT_CODES = new Set<string>(Object.keys(TITLES));

export interface Problem {
  code: ProblemCode;
  title: string;
  message: string;
  /** Field name -> message, from BAD_USER_INPUT's extensions.fields. */
  fields: Record<string, string>;
  retryAfterSeconds: number | null;
  /** A machine-readable cause the API adds to some errors (extensions.reason), e.g. NO_JOB_BOARD. */
  reason: string | null;
  /** Quoted to support for INTERNAL_SERVER_ERROR. */
  requestId: string | null;
}

export function describeProblem(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    const raw = typeof ext.code === "string" ? ext.code : "UNKNOWN";
    const code: ProblemCode = CONTRACT_CODES.has(raw) ? (raw as ProblemCode) : "UNKNOWN";
    // Messages of masked or foreign errors (e.g. a query the API does not know yet) are not for people.
    const trusted = code !== "UNKNOWN" && code !== "INTERNAL_SERVER_ERROR";
    const own =
      trusted && first?.message !== undefined && first.message !== "" && !sameWords(first.message, TITLES[code])
        ? first.message
        : null;
    return {
      code,
      title: TITLES[code],
      message: own ?? FALLBACK_MESSAGES[code],
      fields: collectFields(error),
      retryAfterSeconds: typeof ext.retryAfterSeconds === "number" ? ext.retryAfterSeconds : null,
      reason: typeof ext.reason === "string" ? ext.reason : null,
      requestId: typeof ext.requestId === "string" ? ext.requestId : null,
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    const code: ProblemCode = error.statusCode >= 500 ? "INTERNAL_SERVER_ERROR" : "UNKNOWN";
    return plain(code, error.response.headers.get("x-request-id"));
  }
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return plain("NETWORK", null);
  return plain("UNKNOWN", null);
}

/** "Please check the highlighted fields." under the title "Please check the highlighted fields" says nothing new. */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, "")
      .trim();
  return words(a) === words(b);
}

function plain(code: ProblemCode, requestId: string | null): Problem {
  return {
    code,
    title: TITLES[code],
    message: FALLBACK_MESSAGES[code],
    fields: {},
    retryAfterSeconds: null,
    reason: null,
    requestId,
  };
}

function collectFields(error: CombinedGraphQLErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error.errors) {
    const fields = e.extensions?.fields;
    if (fields === null || typeof fields !== "object") continue;
    for (const [name, message] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof message === "string") out[name] = message;
    }
  }
  return out;
}

/**
 * Splits a problem into messages for the form's own fields and whatever is left for the banner.
 * The API may name a nested field ("input.email" or "payment.token"); the last segment is matched.
 */
export function formProblem<F extends string>(
  error: unknown,
  formFields: readonly F[],
): { problem: Problem; fieldErrors: Partial<Record<F, string>>; unplaced: string[] } {
  const problem = describeProblem(error);
  const fieldErrors: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const [name, message] of Object.entries(problem.fields)) {
    const short = name.split(".").pop() ?? name;
    const match = formFields.find((f) => f === name || f === short);
    if (match !== undefined) fieldErrors[match] = message;
    else unplaced.push(message);
  }
  return { problem, fieldErrors, unplaced };
}

export function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}
