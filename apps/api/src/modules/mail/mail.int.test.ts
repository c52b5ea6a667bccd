import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig } from "../../config.js";
import { TestClock } from "../../lib/clock.js";
import { TestPaymentProvider } from "../../lib/payment-provider.js";
import { createTestDb } from "../../../test/db.js";
import type { Database } from "../../db/client.js";
import { MailService } from "./mail.service.js";
import type { MailSender, OutgoingMail } from "./mail.sender.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDb();
});
afterAll(() => database.close());

class FakeSender implements MailSender {
  sent: OutgoingMail[] = [];
  failNext = false;
  async send(mail: OutgoingMail): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error("450 mailbox busy");
    }
    this.sent.push(mail);
  }
}

function mailService(sender: MailSender | null, smtpUrl: string | undefined = "smtp://mail.test") {
  const deps = {
    db: database.db,
    clock: new TestClock(),
    config: testConfig({ smtpUrl, mailFrom: "Jobs <jobs@test>" }),
    payments: new TestPaymentProvider(),
  };
  return new MailService(deps, sender);
}

const subject = (s: string) => ({ to: "someone@example.com", subject: s, text: "Hello" });

describe("the outbox", () => {
  it("keeps no mail from a transaction that rolled back", async () => {
    const mail = mailService(null, undefined);
    await database.db
      .transaction(async (tx) => {
        await mail.enqueue(tx, subject("rolled back"));
        throw new Error("the use case failed");
      })
      .catch(() => undefined);
    expect((await mail.devMailbox(null)).map((m) => m.subject)).not.toContain("rolled back");
  });

  it("delivers after commit, once, from the configured sender address", async () => {
    const sender = new FakeSender();
    const mail = mailService(sender);
    const id = await database.db.transaction((tx) => mail.enqueue(tx, subject("welcome")));
    expect(await mail.deliver([id])).toBe(1);
    expect(await mail.deliver([id])).toBe(0);
    expect(sender.sent).toEqual([{ from: "Jobs <jobs@test>", to: "someone@example.com", subject: "welcome", text: "Hello" }]);
  });

  it("leaves a failed mail in the outbox with its error, and a later sweep sends it", async () => {
    const sender = new FakeSender();
    const mail = mailService(sender);
    sender.failNext = true;
    const id = await database.db.transaction((tx) => mail.enqueue(tx, subject("retry me")));
    expect(await mail.deliver([id])).toBe(0);
    const dev = mailService(null, undefined);
    expect((await dev.devMailbox("SOMEONE@example.com")).find((m) => m.id === id)).toMatchObject({
      sentAt: null,
      error: "450 mailbox busy",
    });

    await mail.deliverPending();
    expect(sender.sent.map((m) => m.subject)).toContain("retry me");
    expect((await dev.devMailbox(null)).find((m) => m.id === id)).toMatchObject({ error: null });
  });

  it("the dev mailbox is FORBIDDEN when real mail is sent", async () => {
    await expect(mailService(new FakeSender()).devMailbox(null)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(mailService(null, undefined).deliverSoon(["x"])).toBeUndefined();
  });
});
