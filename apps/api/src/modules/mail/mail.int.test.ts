import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../config.js";
import { TestClock } from "../../lib/clock.js";
import { TestPaymentProvider } from "../../lib/payment-provider.js";
import { createTestDb } from "../../../test/db.js";
import type { Database } from "../../db/client.js";
import { eq } from "drizzle-orm";
import { outboxEmails, queueJobs } from "../../db/schema/index.js";
import { JobQueue } from "../../queue/queue.js";
import { MailService } from "./mail.service.js";
import { passwordResetEmail, verificationEmail } from "../identity/account-email.js";
import type { MailSender, OutgoingMail } from "./mail.sender.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(() => database.close());

class FakeSender implements MailSender {
  sent: OutgoingMail[] = [];
  /** Every try, accepted or not. */
  tries: OutgoingMail[] = [];
  failNext = false;
  async send(mail: OutgoingMail): Promise<void> {
    this.tries.push(mail);
    if (this.failNext) {
      this.failNext = false;
      throw new Error("450 mailbox busy");
    }
    this.sent.push(mail);
  }
}

const clock = new TestClock();

function mailService(sender: MailSender | null, smtpUrl: string | undefined = "smtp://mail.test", queue?: JobQueue) {
  const deps = {
    db: database.db,
    clock,
    config: testConfig({ smtpUrl, mailFrom: "Jobs <jobs@test>" }),
    payments: new TestPaymentProvider(),
    queue,
  };
  return new MailService(deps, sender);
}

/** A queue with only the mail job, as registry.ts defines it. */
function mailQueue(deliver: (mailId: string) => Promise<void>) {
  return new JobQueue(database.db, clock, { leaseMs: 60_000, retryBaseMs: 30_000 }).define<{ mailId: string }>(
    "mail.deliver",
    ({ mailId }) => deliver(mailId),
  );
}

const subject = (s: string) => ({ to: "someone@example.com", subject: s, text: "Hello" });
const stored = async (id: string) => (await database.db.select().from(outboxEmails).where(eq(outboxEmails.id, id)))[0]!;
const jobOf = async (mailId: string) =>
  (await database.db.select().from(queueJobs).where(eq(queueJobs.name, "mail.deliver"))).find(
    (j) => (j.payload as { mailId: string }).mailId === mailId,
  )!;

describe("the outbox", () => {
  it("keeps no mail from a transaction that rolled back", async () => {
    const mail = mailService(null, undefined);
    await database.db
      .transaction(async (tx) => {
        await mail.enqueue(tx, subject("rolled back"));
        throw new Error("the use case failed");
      })
      .catch(() => undefined);
    expect((await mail.devMailbox(null, { fromThisMachine: true })).map((m) => m.subject)).not.toContain("rolled back");
  });

  it("delivers after commit, once, from the configured sender address, with its headers and Message-ID", async () => {
    const sender = new FakeSender();
    const mail = mailService(sender);
    const id = await database.db.transaction((tx) =>
      mail.enqueue(tx, { ...subject("welcome"), headers: { "List-Unsubscribe": "<http://app.test/unsubscribe/abc>" } }),
    );
    expect(await mail.deliver([id])).toBe(1);
    expect(await mail.deliver([id])).toBe(0);
    expect(sender.sent).toEqual([
      {
        from: "Jobs <jobs@test>",
        to: "someone@example.com",
        subject: "welcome",
        text: "Hello",
        messageId: `<${id}@test>`,
        headers: { "List-Unsubscribe": "<http://app.test/unsubscribe/abc>" },
      },
    ]);
  });

  it("keeps no working link once delivered: the stored copy has each link's site only", async () => {
    const sender = new FakeSender();
    const mail = mailService(sender);
    const text =
      "Accept: https://app.test/invitations/SECRET-TOKEN-1?x=1\nOr http://app.test:8080/activate#SECRET-TOKEN-2 today.";
    const id = await database.db.transaction((tx) =>
      mail.enqueue(tx, { ...subject("invite"), text, headers: { "List-Unsubscribe": "<https://app.test/u/SECRET-TOKEN-3>" } }),
    );
    expect((await stored(id)).text).toBe(text); // until it is delivered, the outbox needs it whole
    await mail.deliverOne(id);
    expect(sender.sent[0]!.text).toBe(text);
    const kept = await stored(id);
    expect(kept.sentAt).not.toBeNull();
    expect(JSON.stringify(kept)).not.toContain("SECRET-TOKEN");
    expect(kept.text).toBe(
      "Accept: https://app.test/… (link removed after delivery)\nOr http://app.test:8080/… (link removed after delivery) today.",
    );
  });

  it("the account mails (reset, verification, email change) keep no working link once delivered", async () => {
    const sender = new FakeSender();
    const mail = mailService(sender);
    const token = "SECRET-ACCOUNT-TOKEN";
    const mails = [
      passwordResetEmail({ publicUrl: "https://app.test/", token, email: "a@example.com" }),
      verificationEmail({ publicUrl: "https://app.test", token, email: "a@example.com", change: false }),
      verificationEmail({ publicUrl: "https://app.test", token, email: "b@example.com", change: true }),
    ];
    for (const m of mails) {
      const id = await database.db.transaction((tx) => mail.enqueue(tx, m));
      await mail.deliverOne(id);
      expect(sender.sent.at(-1)!.text).toContain(`https://app.test/`);
      expect(sender.sent.at(-1)!.text).toContain(token);
      const kept = await stored(id);
      expect(JSON.stringify(kept)).not.toContain(token);
      expect(kept.text).toContain("https://app.test/… (link removed after delivery)");
    }
  });

  it("a failed mail stays unsent with its error; the queue retries it with backoff under the same Message-ID", async () => {
    const sender = new FakeSender();
    // The handler runs only once the queue does, after `mail` exists.
    const queue = mailQueue((mailId) => mail.deliverOne(mailId));
    const mail: MailService = mailService(sender, "smtp://mail.test", queue);
    sender.failNext = true;
    const id = await database.db.transaction((tx) => mail.enqueue(tx, subject("retry me")));
    await queue.runDue();
    expect(await stored(id)).toMatchObject({ sentAt: null, error: "450 mailbox busy" });
    expect((await jobOf(id)).state).toBe("failed");

    await queue.runDue(); // not due yet: the first retry waits 30 s
    expect(sender.tries).toHaveLength(1);
    clock.advanceDays(31 / 86_400);
    await queue.runDue();
    expect(sender.sent.map((m) => m.subject)).toEqual(["retry me"]);
    expect(sender.tries.map((m) => m.messageId)).toEqual([`<${id}@test>`, `<${id}@test>`]);
    expect(await stored(id)).toMatchObject({ error: null });
    expect((await stored(id)).sentAt).not.toBeNull();
    expect((await jobOf(id)).state).toBe("done");
  });

  it("a crash between claiming a mail and sending it loses nothing: it is sent once the claim runs out", async () => {
    const sender = new FakeSender();
    const crashed = mailQueue(() => new Promise<void>(() => {})); // claims, then never gets to SMTP
    const mail = mailService(sender, "smtp://mail.test", crashed);
    const id = await database.db.transaction((tx) => mail.enqueue(tx, subject("survives a crash")));
    void crashed.runDue(1);
    for (let i = 0; i < 100 && (await jobOf(id)).state !== "running"; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await jobOf(id)).state).toBe("running");
    // Claimed is not sent: the mail itself is still unsent.
    expect((await stored(id)).sentAt).toBeNull();

    const survivor = mailQueue((mailId) => mail.deliverOne(mailId));
    expect(await survivor.runDue()).toBe(0); // the claim holds for its lease
    clock.advanceDays(61 / 86_400);
    await survivor.runDue();
    expect(sender.sent.map((m) => m.subject)).toEqual(["survives a crash"]);
    expect((await stored(id)).sentAt).not.toBeNull();
    expect((await jobOf(id)).state).toBe("done");
  });

  it("the dev mailbox is FORBIDDEN when real mail is sent", async () => {
    await expect(mailService(new FakeSender()).devMailbox(null, { fromThisMachine: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(mailService(null, undefined).deliverSoon(["x"])).toBeUndefined();
  });
});
