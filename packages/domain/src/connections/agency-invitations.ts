import { DomainError, badInput, type FieldErrors } from "../errors.js";
import { isEmail, normalizeEmail } from "../identity/accounts.js";

/** The statuses an employer's invitation to an agency shows (EXPIRED: PENDING past its 14 days). */
export type AgencyInvitationStatus = "PENDING" | "ACTIVE" | "DECLINED" | "REVOKED" | "EXPIRED";

/** What an employer enters to invite a service provider: a valid address, and an optional message. */
export function checkAgencyInvitationRequest(input: { email: string; message?: string | null }): {
  email: string;
  message: string | null;
} {
  const fields: FieldErrors = {};
  const email = normalizeEmail(input.email);
  const message = input.message?.trim() ?? "";
  if (!isEmail(email)) fields.email = "Enter a valid email address.";
  if (message.length > 2000) fields.message = "Keep the message under 2000 characters.";
  if (Object.keys(fields).length > 0) throw badInput(fields);
  return { email, message: message === "" ? null : message };
}

/**
 * Why an invitation link cannot be accepted or declined now, in words the agency can act on, or null
 * when it can (PENDING). `reason` tells an expired link from a used one, as account links do.
 */
export function agencyInvitationLinkProblem(status: AgencyInvitationStatus, clientName: string): DomainError | null {
  switch (status) {
    case "PENDING":
      return null;
    case "EXPIRED":
      return new DomainError("CONFLICT", `This invitation has expired. Ask ${clientName} to send it again.`, undefined, {
        reason: "LINK_EXPIRED",
      });
    case "ACTIVE":
      return used(`This invitation was already accepted: ${clientName} is in Manage Clients.`);
    case "DECLINED":
      return used(`This invitation was declined. Ask ${clientName} to invite you again.`);
    case "REVOKED":
      return used(`${clientName} cancelled this invitation.`);
  }
}

function used(message: string): DomainError {
  return new DomainError("CONFLICT", message, undefined, { reason: "LINK_USED" });
}
