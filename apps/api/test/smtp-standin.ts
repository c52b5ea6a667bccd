import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * A local SMTP server standing in for the mail relay: it keeps what it accepted. A recipient in
 * `refuse` is turned away with a temporary error; one in `hold` is taken in but never answered
 * (the sender waits, as on a relay that hangs) until it leaves the set.
 */
export async function startSmtpStandIn(port = 0) {
  const received: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const hold = new Set<string>();
  const held: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address))
        return callback(Object.assign(new Error("mailbox busy, try later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        if (to.some((a) => hold.has(a))) {
          held.push(() => callback(Object.assign(new Error("dropped"), { responseCode: 421 })));
          return;
        }
        received.push({ to, raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const bound = typeof address === "object" && address !== null ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    received,
    refuse,
    hold,
    /** How many mails each recipient got. */
    countsByRecipient(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const m of received) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
      return counts;
    },
    async close() {
      for (const release of held.splice(0)) release();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
