/**
 * Single-use links mailed to an account (issue 18): a password reset, or verifying an address
 * (a new account's, or the new one an email change names). The link carries the only copy of the
 * token; the database keeps its hash.
 */
export type AccountTokenPurpose = "PASSWORD_RESET" | "VERIFY_EMAIL";

/** How long a mailed link works. A reset link is short-lived: it signs nobody in, but it sets the password. */
export const ACCOUNT_TOKEN_MINUTES = {
  PASSWORD_RESET: 20,
  VERIFY_EMAIL: 48 * 60,
} as const satisfies Record<AccountTokenPurpose, number>;

export function accountTokenExpiry(purpose: AccountTokenPurpose, now: Date): Date {
  return new Date(now.getTime() + ACCOUNT_TOKEN_MINUTES[purpose] * 60_000);
}

/** Why a link cannot be used (null: it can). A used link says so even after it would have expired. */
export type AccountTokenProblem = "NOT_FOUND" | "USED" | "EXPIRED";

export function accountTokenProblem(
  token: { purpose: AccountTokenPurpose; expiresAt: Date; usedAt: Date | null } | undefined,
  purpose: AccountTokenPurpose,
  now: Date,
): AccountTokenProblem | null {
  if (token === undefined || token.purpose !== purpose) return "NOT_FOUND";
  if (token.usedAt !== null) return "USED";
  if (token.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return null;
}

/** What a person is told about a link that cannot be used. */
export function accountTokenMessage(purpose: AccountTokenPurpose, problem: AccountTokenProblem): string {
  const link = purpose === "PASSWORD_RESET" ? "password reset link" : "verification link";
  switch (problem) {
    case "NOT_FOUND":
      return `This ${link} is not valid. Check that you opened the whole link from the latest email.`;
    case "USED":
      return `This ${link} has already been used.`;
    case "EXPIRED":
      return purpose === "PASSWORD_RESET"
        ? `This password reset link has expired (links work for ${ACCOUNT_TOKEN_MINUTES.PASSWORD_RESET} minutes). Ask for a new one.`
        : "This verification link has expired. Send a new one from your account page.";
  }
}
