import { DomainError } from "@app/domain";
import type { Executor } from "../../db/client.js";
import { log } from "../../lib/log.js";
import type { ServiceDeps } from "../deps.js";
import { mailRepository as repo } from "./mail.repository.js";
import { SmtpMailSender, type MailSender } from "./mail.sender.js";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe (R14). */
  headers?: Record<string, string>;
}

const MAILBOX_SIZE = 100;

/**
 * The outbox: mail is written inside the caller's transaction, so it exists exactly when the
 * change it announces committed, and is delivered after the commit. Without SMTP_URL nothing is
 * delivered and the dev mailbox shows it instead.
 */
export class MailService {
  private readonly sender: MailSender | null;

  constructor(
    private readonly deps: ServiceDeps,
    sender?: MailSender | null,
  ) {
    const url = deps.config.smtpUrl;
    this.sender = sender !== undefined ? sender : url === undefined || url === "" ? null : new SmtpMailSender(url);
  }

  /**
   * Inside the caller's transaction; returns the id to pass to deliverSoon() after commit. With a
   * sender, a queue job "mail.deliver" is added in the same transaction: delivery is retried with
   * backoff and lands in the queue's dead letters when it keeps failing.
   */
  async enqueue(tx: Executor, mail: Mail): Promise<string> {
    const id = await repo.insert(tx, { to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers ?? null });
    if (this.sender !== null && this.deps.queue) await this.deps.queue.enqueue(tx, "mail.deliver", { mailId: id });
    return id;
  }

  /** Called after commit: the request does not wait for SMTP; this process's queue worker looks for the mail now. */
  deliverSoon(ids: readonly string[]): void {
    if (this.sender === null || ids.length === 0) return;
    if (this.deps.queue) return this.deps.queue.wake();
    this.deliver(ids).catch((error: unknown) => log.error("mail delivery failed", { error: String(error) }));
  }

  /**
   * The queue job "mail.deliver": sends one mail unless it was sent, or throws (the queue retries
   * with backoff). Marked sent only after the SMTP server accepted it: a crash in between sends it
   * again (at least once), under the same Message-ID, so the receiving side can tell a repeat.
   * What is kept of a delivered mail has its links taken out: a database dump opens nothing.
   */
  async deliverOne(id: string): Promise<void> {
    const sender = this.sender;
    if (sender === null) return;
    const mail = await repo.byId(this.deps.db, id);
    if (!mail || mail.sentAt !== null) return;
    try {
      await sender.send({
        from: this.deps.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: messageIdOf(mail.id, this.deps.config.mailFrom),
        ...(mail.headers === null ? {} : { headers: mail.headers }),
      });
    } catch (error) {
      await repo.recordError(this.deps.db, id, (error instanceof Error ? error.message : String(error)).slice(0, 500));
      throw error;
    }
    await repo.markSent(this.deps.db, id, this.deps.clock.now(), {
      text: redactLinks(mail.text),
      headers: mail.headers === null ? null : redactHeaders(mail.headers),
    });
  }

  /** Without a queue (scripts): sends the given mails now; returns how many were delivered. */
  async deliver(ids: readonly string[]): Promise<number> {
    let delivered = 0;
    for (const id of ids) {
      try {
        const before = await repo.byId(this.deps.db, id);
        if (before?.sentAt !== null) continue;
        await this.deliverOne(id);
        delivered += 1;
      } catch (error) {
        log.warn("mail not delivered, left in the outbox", { mailId: id, error: String(error) });
      }
    }
    return delivered;
  }

  /** The dev mailbox: recent mail, newest first. Public, so only while no real mail server is configured. */
  async devMailbox(to: string | null, from: { fromThisMachine: boolean }) {
    if (this.sender !== null) throw new DomainError("FORBIDDEN", "The dev mailbox is off because this server sends real email.");
    if (this.deps.config.devMailbox === "off")
      throw new DomainError("FORBIDDEN", "The dev mailbox is off on this server (DEV_MAILBOX=true turns it on).");
    // As if there were none: another machine may not even learn that the mailbox exists.
    if (this.deps.config.devMailbox === "this-machine" && !from.fromThisMachine)
      throw new DomainError("NOT_FOUND", "No such page.");
    const filter = to === null || to.trim() === "" ? null : to.trim();
    return repo.recent(this.deps.db, filter, MAILBOX_SIZE);
  }
}

const REDACTED = "(link removed after delivery)";
const LINK = /\bhttps?:\/\/[^\s<>"')]+/gi;

/** Each link keeps its site and loses its path and query, where single-use tokens travel. */
export function redactLinks(text: string): string {
  return text.replace(LINK, (url) => {
    try {
      return `${new URL(url).origin}/… ${REDACTED}`;
    } catch {
      return REDACTED;
    }
  });
}

function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, redactLinks(value)]));
}

/** One Message-ID per outbox row, so every retry of a mail is the same message. */
export function messageIdOf(mailId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return `<${mailId}@${domain}>`;
}
