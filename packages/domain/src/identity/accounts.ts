import type { FieldErrors } from "../errors.js";

export const PASSWORD_MIN_LENGTH = 10;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_SHAPE.test(value.trim());
}

export const PASSWORD_MAX_LENGTH = 200;

/** What is wrong with a new password (sign-up, reset, change), or null when it will do. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  return null;
}

/** Field messages for the sign-up form; empty when it is fine. */
export function signUpProblems(input: { email: string; password: string; name: string; organizationName: string }): FieldErrors {
  const fields: FieldErrors = {};
  if (!isEmail(input.email)) fields.email = "Enter a valid email address.";
  const password = passwordProblem(input.password);
  if (password !== null) fields.password = password;
  if (input.name.trim() === "") fields.name = "Enter your name.";
  if (input.organizationName.trim() === "") fields.organizationName = "Enter your organization's name.";
  return fields;
}
