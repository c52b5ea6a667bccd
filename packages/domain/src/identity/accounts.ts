import type { FieldErrors } from "../errors.js";

export const PASSWORD_MIN_LENGTH = 10;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_SHAPE.test(value.trim());
}

/** Field messages for the sign-up form; empty when it is fine. */
export function signUpProblems(input: { email: string; password: string; name: string; organizationName: string }): FieldErrors {
  const fields: FieldErrors = {};
  if (!isEmail(input.email)) fields.email = "Enter a valid email address.";
  if (input.password.length < PASSWORD_MIN_LENGTH) fields.password = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (input.password.length > 200) fields.password = "Use at most 200 characters.";
  if (input.name.trim() === "") fields.name = "Enter your name.";
  if (input.organizationName.trim() === "") fields.organizationName = "Enter your organization's name.";
  return fields;
}
