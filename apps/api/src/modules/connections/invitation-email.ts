import type { Mail } from "../mail/mail.service.js";

export interface InvitationEmailFacts {
  publicUrl: string;
  token: string;
  serviceProviderName: string;
  companyName: string;
  email: string;
  contactName: string | null;
  message: string | null;
  expiresAt: Date;
}

export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/invitation/${token}`;
}

/** The mail an invited client receives; the link carries the only copy of the token. */
export function invitationEmail(f: InvitationEmailFacts): Mail {
  const expires = f.expiresAt.toLocaleDateString("en-AU", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const lines = [
    `Hello ${f.contactName ?? f.companyName},`,
    "",
    `${f.serviceProviderName} would like to connect with ${f.companyName}. Once you accept, they can post and manage job ads in your account and pay for them with their shared credits. You can revoke their access at any time.`,
    ...(f.message === null ? [] : ["", `Their message:`, "", f.message]),
    "",
    `Accept the invitation: ${invitationLink(f.publicUrl, f.token)}`,
    "",
    `The link works once and expires on ${expires}. If you did not expect this invitation, you can ignore this email.`,
  ];
  return { to: f.email, subject: `${f.serviceProviderName} invites ${f.companyName} to connect`, text: lines.join("\n") };
}
