import type { FieldErrors } from "../errors.js";
import { PASSWORD_MIN_LENGTH, isEmail } from "../identity/accounts.js";

/** An activation link for a contact's portal account works this long; inviting again sends a new one. */
export const CONTACT_INVITATION_DAYS = 7;

export interface ContactFields {
  name: string;
  email: string;
  phone?: string | null;
}

/** Field messages for a new contact; empty when it is fine. */
export function contactProblems(input: ContactFields): FieldErrors {
  const fields: FieldErrors = {};
  const name = input.name.trim();
  if (name === "" || name.length > 200) fields.name = "Enter the contact's name (up to 200 characters).";
  if (!isEmail(input.email.trim())) fields.email = "Enter a valid email address.";
  if ((input.phone ?? "").trim().length > 40) fields.phone = "Enter a phone number of up to 40 characters.";
  return fields;
}

/** The password a contact chooses when activating; the same rule as signing up. */
export function portalPasswordProblems(password: string): FieldErrors {
  if (password.length < PASSWORD_MIN_LENGTH) return { password: `Use at least ${PASSWORD_MIN_LENGTH} characters.` };
  if (password.length > 200) return { password: "Use at most 200 characters." };
  return {};
}

export interface CompanyDetails {
  name: string;
  phone?: string | null;
  website?: string | null;
  address?: string | null;
}

/** Field messages for a company's details; a website must be an http(s) address. */
export function companyDetailsProblems(input: CompanyDetails): FieldErrors {
  const fields: FieldErrors = {};
  const name = input.name.trim();
  if (name === "" || name.length > 160) fields.name = "Enter the company's name (up to 160 characters).";
  if ((input.phone ?? "").trim().length > 40) fields.phone = "Enter a phone number of up to 40 characters.";
  const website = (input.website ?? "").trim();
  if (website !== "" && !isWebAddress(website)) fields.website = "Enter a web address starting with https:// or http://.";
  if ((input.address ?? "").trim().length > 500) fields.address = "Keep the address under 500 characters.";
  return fields;
}

function isWebAddress(value: string): boolean {
  if (value.length > 300) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
