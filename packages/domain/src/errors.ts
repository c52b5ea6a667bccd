/** The contract's error codes (schema.graphql header). Nothing else may reach a client. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "INSUFFICIENT_CREDITS",
  "PAYMENT_DECLINED",
  "RATE_LIMITED",
  // Added to the contract's list (issue 18): signed in, but this needs a verified email address first (R13).
  "EMAIL_NOT_VERIFIED",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field name -> message a person can act on. */
export type FieldErrors = Record<string, string>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function badInput(fields: FieldErrors, message = "Please check the highlighted fields."): DomainError {
  return new DomainError("BAD_USER_INPUT", message, fields);
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
