import type { FieldErrors } from "../errors.js";

export const APPLICATION_STATUSES = ["NEW", "SHORTLISTED", "INTERVIEWED", "REJECTED", "HIRED"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The words people read for each status (the app's badges, the LMT report). */
export const APPLICATION_STATUS_WORDS: Record<ApplicationStatus, string> = {
  NEW: "New",
  SHORTLISTED: "Shortlisted",
  INTERVIEWED: "Interviewed",
  HIRED: "Hired",
  REJECTED: "Unsuccessful",
};

/** Unsuccessful outcomes keep why, for the LMT record (R8). */
export const UNSUCCESSFUL: readonly ApplicationStatus[] = ["REJECTED"];

export type StatusChange = { ok: true; outcomeReason: string | null } | { ok: false; fields: FieldErrors };

/**
 * Any status may follow any other (people correct mistakes). REJECTED needs a reason; other
 * statuses keep a reason given with them, and moving back out of REJECTED without one clears it.
 */
export function decideStatusChange(to: ApplicationStatus, reason: string | null | undefined): StatusChange {
  const text = (reason ?? "").trim();
  if (text.length > 2000) return { ok: false, fields: { outcomeReason: "Keep the reason under 2,000 characters." } };
  if (UNSUCCESSFUL.includes(to) && text === "") {
    return {
      ok: false,
      fields: { outcomeReason: "Say why the candidate was not suitable: it is kept for the labour market testing record." },
    };
  }
  return { ok: true, outcomeReason: text === "" ? null : text };
}

export interface CandidateFields {
  name: string;
  email: string;
  consent: boolean;
  phone?: string | null;
  coverNote?: string | null;
}

/** R10: applying needs consent; name and email are needed to answer the candidate. */
export function checkApplication(input: CandidateFields, isEmail: (v: string) => boolean): FieldErrors {
  const fields: FieldErrors = {};
  const name = input.name.trim();
  if (name === "" || name.length > 200) fields.name = "Enter your name (up to 200 characters).";
  if (!isEmail(input.email.trim())) fields.email = "Enter a valid email address so the employer can reply.";
  if ((input.phone ?? "").length > 40) fields.phone = "Enter a phone number of up to 40 characters.";
  if ((input.coverNote ?? "").length > 10_000) fields.coverNote = "Keep the note under 10,000 characters.";
  if (input.consent !== true) fields.consent = "Please agree to the privacy notice: your application cannot be sent without it.";
  return fields;
}
