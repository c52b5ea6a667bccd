import type { Mail } from "../mail/mail.service.js";

export interface AgencyInvitationEmailFacts {
  publicUrl: string;
  token: string;
  clientName: string;
  inviterName: string;
  email: string;
  message: string | null;
  expiresAt: Date;
}

export function agencyInvitationLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/agency-invitation/${token}`;
}

/** The mail a service provider receives when an employer invites it; the link carries the only copy of the token. */
export function agencyInvitationEmail(f: AgencyInvitationEmailFacts): Mail {
  const expires = f.expiresAt.toLocaleDateString("en-AU", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const lines = [
    "Hello,",
    "",
    `${f.inviterName} of ${f.clientName} invites your agency to manage ${f.clientName}'s job ads. Once you accept, ${f.clientName} appears in Manage Clients and you can access its account to post and publish job ads. ${f.clientName} can revoke your access at any time.`,
    ...(f.message === null ? [] : ["", "Their message:", "", f.message]),
    "",
    `Answer the invitation: ${agencyInvitationLink(f.publicUrl, f.token)}`,
    "",
    `The link works once and expires on ${expires}. If you did not expect this invitation, you can ignore this email.`,
  ];
  return { to: f.email, subject: `${f.clientName} invites your agency to manage its job ads`, text: lines.join("\n") };
}
