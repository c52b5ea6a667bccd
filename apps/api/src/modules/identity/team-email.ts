import type { MembershipRole } from "../../auth/viewer.js";
import type { Mail } from "../mail/mail.service.js";

export function teamInvitationLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/join/${token}`;
}

/** The mail an invited colleague receives; the link carries the only copy of the token. */
export function teamInvitationEmail(f: {
  publicUrl: string;
  token: string;
  organizationName: string;
  email: string;
  role: MembershipRole;
  expiresAt: Date;
}): Mail {
  const expires = f.expiresAt.toLocaleDateString("en-AU", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const role = f.role === "ADMIN" ? "an admin" : "a member";
  const lines = [
    "Hello,",
    "",
    `You are invited to join ${f.organizationName} as ${role}.`,
    "",
    `Join the team: ${teamInvitationLink(f.publicUrl, f.token)}`,
    "",
    `The link works once and expires on ${expires}. If you did not expect this invitation, you can ignore this email.`,
  ];
  return { to: f.email, subject: `Join ${f.organizationName}`, text: lines.join("\n") };
}
