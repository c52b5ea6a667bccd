import nodemailer, { type Transporter } from "nodemailer";

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** The same on every try of one mail. */
  messageId?: string;
  headers?: Record<string, string>;
}

/** Delivers one mail or throws; the outbox decides when to call it and what to do on failure. */
export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

export class SmtpMailSender implements MailSender {
  private transport: Transporter | null = null;

  constructor(private readonly smtpUrl: string) {}

  async send(mail: OutgoingMail): Promise<void> {
    // Built on first use so a server that never sends mail never opens an SMTP connection.
    this.transport ??= nodemailer.createTransport(this.smtpUrl);
    await this.transport.sendMail(mail);
  }
}
