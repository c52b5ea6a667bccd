import type { NotificationKind } from "@app/domain";

/** What a reminder says: in the app (title, body, link) and by mail (the same words, links made absolute). */
export interface NotificationMessage {
  title: string;
  body: string;
  /** An app path, e.g. "/agency/lmt/<jobId>". */
  link: string | null;
}

export type ReminderEvent =
  | { kind: "LMT_READY"; jobId: string; title: string; clientName: string; earliest: string; latest: string }
  | { kind: "LMT_WINDOW_CLOSING"; jobId: string; title: string; clientName: string; latest: string; daysLeft: number }
  | { kind: "LMT_AD_EDITED"; jobId: string; title: string; clientName: string; editedBy: string }
  | { kind: "CLIENT_ACCESS"; connectionId: string; clientName: string; change: "ACCEPTED" | "DECLINED" | "REVOKED" }
  | { kind: "AGENCY_ANSWERED"; invitationId: string; agencyName: string; change: "ACCEPTED" | "DECLINED" }
  | { kind: "VACANCY_SUBMITTED"; jobId: string; title: string; clientName: string; contactName: string }
  | { kind: "CREDITS_LOW"; balance: number; threshold: number }
  | { kind: "CREDITS_EXPIRING"; remaining: number; expiresOn: string };

const credits = (n: number) => `${n} credit${n === 1 ? "" : "s"}`;

export function messageOf(event: ReminderEvent): NotificationMessage & { kind: NotificationKind } {
  switch (event.kind) {
    case "LMT_READY":
      return {
        kind: event.kind,
        title: `Ready to lodge: ${event.title} (${event.clientName})`,
        body: `The LMT ads for "${event.title}" have run long enough and every check passes. Lodge the nomination between ${event.earliest} and ${event.latest}.`,
        link: `/agency/lmt/${event.jobId}`,
      };
    case "LMT_WINDOW_CLOSING":
      return {
        kind: event.kind,
        title: `Lodgement window closes in ${event.daysLeft} days: ${event.title} (${event.clientName})`,
        body: `The last day to lodge the nomination for "${event.title}" with these LMT ads is ${event.latest}.`,
        link: `/agency/lmt/${event.jobId}`,
      };
    case "LMT_AD_EDITED":
      return {
        kind: event.kind,
        title: `Published LMT ad edited: ${event.title} (${event.clientName})`,
        body: `${event.editedBy} changed the published LMT ad "${event.title}": its advertising record has a new revision.`,
        link: `/agency/lmt/${event.jobId}`,
      };
    case "CLIENT_ACCESS": {
      const what = {
        ACCEPTED: `${event.clientName} accepted your invitation to connect`,
        DECLINED: `${event.clientName} declined your invitation`,
        REVOKED: `${event.clientName} revoked your access to its account`,
      }[event.change];
      return { kind: event.kind, title: what, body: `${what}.`, link: "/agency/clients" };
    }
    case "AGENCY_ANSWERED":
      return event.change === "ACCEPTED"
        ? {
            kind: event.kind,
            title: `${event.agencyName} accepted your invitation to manage your job ads`,
            body: `${event.agencyName} is now connected: it can post and publish job ads in your account. You can revoke its access at any time from Access requests.`,
            link: "/employer/access-requests",
          }
        : {
            kind: event.kind,
            title: `${event.agencyName} declined your invitation`,
            body: `${event.agencyName} declined your invitation to manage your job ads. You can invite another agency from Access requests.`,
            link: "/employer/access-requests",
          };
    case "VACANCY_SUBMITTED":
      return {
        kind: event.kind,
        title: `New vacancy from ${event.clientName}: ${event.title}`,
        body: [
          `${event.contactName} at ${event.clientName} has asked you to advertise "${event.title}".`,
          "It is waiting as a draft in their account: open Manage Clients, Access company, and publish it.",
        ].join("\n"),
        link: "/agency/clients",
      };
    case "CREDITS_LOW":
      return {
        kind: event.kind,
        title: `Credits are running low: ${credits(event.balance)} left`,
        body: `Your balance is under the alert threshold you set (${credits(event.threshold)}). Buy credits so publishing never stops.`,
        link: "/billing",
      };
    case "CREDITS_EXPIRING":
      return {
        kind: event.kind,
        title: `${credits(event.remaining)} expire on ${event.expiresOn}`,
        body: `${credits(event.remaining)} of yours expire on ${event.expiresOn}. Use them on a job ad before then.`,
        link: "/billing",
      };
  }
}
