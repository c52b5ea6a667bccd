import { ACCOUNT_TOKEN_MINUTES } from "@app/domain";
import type { Mail } from "../mail/mail.service.js";

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, "");

export function verificationLink(publicUrl: string, token: string): string {
  return `${base(publicUrl)}/verify-email/${token}`;
}

export function passwordResetLink(publicUrl: string, token: string): string {
  return `${base(publicUrl)}/reset-password/${token}`;
}

/**
 * The mail that verifies an address: a new account's, or the new address of an email change
 * (sent to that new address; the account keeps its old one until the link is followed). The
 * link carries the only copy of the token; the outbox's kept copy loses it after delivery.
 */
export function verificationEmail(f: { publicUrl: string; token: string; email: string; change: boolean }): Mail {
  const hours = ACCOUNT_TOKEN_MINUTES.VERIFY_EMAIL / 60;
  const lines = f.change
    ? [
        "Hello,",
        "",
        `You asked to use ${f.email} for your account. Your address changes when you open this link:`,
        "",
        verificationLink(f.publicUrl, f.token),
        "",
        `The link works once, for ${hours} hours. If you did not ask for this, ignore this email: nothing changes.`,
      ]
    : [
        "Welcome,",
        "",
        "Verify your email address to buy credits, publish job ads and invite people:",
        "",
        verificationLink(f.publicUrl, f.token),
        "",
        `The link works once, for ${hours} hours; you can send a new one from your account page.`,
      ];
  return {
    to: f.email,
    subject: f.change ? "Confirm your new email address" : "Verify your email address",
    text: lines.join("\n"),
  };
}

export function passwordResetEmail(f: { publicUrl: string; token: string; email: string }): Mail {
  const lines = [
    "Hello,",
    "",
    "Someone (we hope you) asked to reset the password of your account. Choose a new one here:",
    "",
    passwordResetLink(f.publicUrl, f.token),
    "",
    `The link works once, for ${ACCOUNT_TOKEN_MINUTES.PASSWORD_RESET} minutes. Setting a new password signs out every device.`,
    "If you did not ask for this, ignore this email: your password stays as it is.",
  ];
  return { to: f.email, subject: "Reset your password", text: lines.join("\n") };
}

/** To the old address when an email change is asked for: no link, only the news. */
export function emailChangeNoticeEmail(f: { oldEmail: string; newEmail: string }): Mail {
  const lines = [
    "Hello,",
    "",
    `Someone signed in to your account asked to change its email address to ${f.newEmail}.`,
    "It changes only once the link mailed to that address is opened.",
    "If this was not you, change your password now: it also signs out every other device.",
  ];
  return { to: f.oldEmail, subject: "Your email address is about to change", text: lines.join("\n") };
}

export function passwordChangedEmail(f: { email: string }): Mail {
  const lines = [
    "Hello,",
    "",
    "The password of your account was just changed, and other devices were signed out.",
    "If this was not you, reset your password from the sign-in page at once.",
  ];
  return { to: f.email, subject: "Your password was changed", text: lines.join("\n") };
}
