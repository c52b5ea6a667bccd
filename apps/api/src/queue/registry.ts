import type { Services } from "../services.js";
import type { JobQueue } from "./queue.js";

const MINUTE = 60_000;

/**
 * Every queue job the product runs, and every schedule: the one place to register work (how:
 * /work notes 19-queue-api.md, README "Running in production"). Handlers call one service method
 * each and must be idempotent: a job may run again after a crash between its work and its completion.
 */
export function registerQueueJobs(queue: JobQueue, services: Services): void {
  // One job per mail, enqueued in the transaction that wrote it (MailService.enqueue).
  queue.define<{ mailId: string }>("mail.deliver", ({ mailId }) => services.mail.deliverOne(mailId));

  // Published jobs whose closing time came close (reads compute it meanwhile, they never write it).
  queue.define("jobs.closeExpired", (_payload, job) => services.jobs.closeExpiredJobs(job.now));
  queue.every("jobs.closeExpired", MINUTE);

  // Subscription renewals and ends, and credit expiry (R4, R5); renewals are claimed one by one and charged idempotently.
  queue.define("billing.runDueWork", (_payload, job) => services.subscriptions.runDueWork(job.now));
  queue.every("billing.runDueWork", MINUTE);

  // R14 reminders due now (LMT ready/closing, credits low/expiring): each is keyed and sent once, so a
  // slot that runs twice, or late, sends nothing twice and catches up on what came due meanwhile.
  queue.define("reminders.runDue", (_payload, job) => services.notifications.runDue(job.now));
  queue.every("reminders.runDue", MINUTE);

  // Expired sessions sign nobody in, and expired mailed links open nothing; deleting them keeps the tables small.
  queue.define("sessions.deleteExpired", async () => {
    const sessions = await services.identity.deleteExpiredSessions();
    return sessions + (await services.account.deleteExpiredTokens());
  });
  queue.every("sessions.deleteExpired", 10 * MINUTE);
}
