import type { ServiceDeps } from "./modules/deps.js";
import { RateLimitService } from "./modules/rate-limits/rate-limit.service.js";
import { IdentityService } from "./modules/identity/identity.service.js";
import { TeamService } from "./modules/identity/team.service.js";
import { AccountService } from "./modules/identity/account.service.js";
import { BillingService } from "./modules/billing/billing.service.js";
import { SubscriptionService } from "./modules/billing/subscriptions.service.js";
import { InvoiceService } from "./modules/billing/invoices.service.js";
import { UsageService } from "./modules/billing/usage.service.js";
import { PaymentEventsService } from "./modules/billing/payment-events.service.js";
import { AuditService } from "./modules/audit/audit.service.js";
import { JobsService } from "./modules/jobs/jobs.service.js";
import { PublishService } from "./modules/jobs/publish.service.js";
import { MailService } from "./modules/mail/mail.service.js";
import { ConnectionsService } from "./modules/connections/connections.service.js";
import { ClientInvitationsService } from "./modules/connections/client-invitations.service.js";
import { CompanyAccessService } from "./modules/connections/access.service.js";
import { PortalService } from "./modules/portal/portal.service.js";
import { BoardService } from "./modules/portal/board.service.js";
import { ApplicationsService } from "./modules/portal/applications.service.js";
import { CandidateDataService } from "./modules/portal/candidate-data.service.js";
import { ContactsService } from "./modules/contacts/contacts.service.js";
import { LmtChecksService } from "./modules/lmt/lmt-checks.service.js";
import { LmtService } from "./modules/lmt/lmt.service.js";
import { LmtEvidenceService } from "./modules/lmt/lmt-evidence.service.js";
import { LmtTrackerService } from "./modules/lmt/lmt-tracker.service.js";
import { NotificationsService } from "./modules/notifications/notifications.service.js";
import { DashboardService } from "./modules/dashboard/dashboard.service.js";
import { ChannelsService } from "./modules/channels/channels.service.js";
import { JobQueue } from "./queue/queue.js";
import { registerQueueJobs } from "./queue/registry.js";

/** Every service, built once per server from the same dependencies. */
export function createServices(given: ServiceDeps) {
  const queue = given.queue ?? new JobQueue(given.db, given.clock, given.config.queue);
  const deps: ServiceDeps = { ...given, queue };
  const rateLimits = new RateLimitService(deps);
  const mail = new MailService(deps);
  const identity = new IdentityService(deps, rateLimits, mail);
  const invoices = new InvoiceService(deps);
  const subscriptions = new SubscriptionService(deps, { invoices, mail });
  const billing = new BillingService(deps, subscriptions, invoices);
  const usage = new UsageService(deps);
  const paymentEvents = new PaymentEventsService(deps, { billing, invoices, mail });
  const audit = new AuditService(deps);
  const lmtChecks = new LmtChecksService(deps);
  const jobs = new JobsService(deps, audit, lmtChecks);
  const publish = new PublishService(deps, identity, billing, audit, lmtChecks, invoices);
  const lmtTracker = new LmtTrackerService(deps);
  const notifications = new NotificationsService(deps, { mail, tracker: lmtTracker });
  // R14: a published LMT ad's edit and a client's answer are reminded of in the same transaction.
  jobs.onPublishedLmtEdited((tx, job, viewer) => notifications.lmtAdEdited(tx, job, viewer));
  const team = new TeamService(deps, { identity, audit, mail });
  const account = new AccountService(deps, { identity, mail, rateLimits });
  const connections = new ConnectionsService(deps, { identity, audit, mail });
  connections.onClientAccessChanged((tx, change) => notifications.clientAccessChanged(tx, change));
  const companyAccess = new CompanyAccessService(deps, { connections, identity, audit });
  // R6: signing up from an invitation link accepts it in the same transaction.
  identity.onSignUpWithInvitation((tx, account) => connections.acceptOnSignUp(tx, account));
  const clientInvitations = new ClientInvitationsService(deps, { audit, mail });
  clientInvitations.onAgencyAnswered((tx, answer) => notifications.agencyAnswered(tx, answer));
  // The other direction: an agency signing up from an employer's invitation link accepts it at once.
  identity.onSignUpWithAgencyInvitation((tx, account) => clientInvitations.acceptOnSignUp(tx, account));
  const portal = new PortalService(deps, audit);
  // The national board: every published ad; applying through it names its slug (NATIONAL_BOARD).
  const board = new BoardService(deps, portal);
  portal.nationalJob = (jobId) => board.openJob(jobId);
  const applications = new ApplicationsService(deps, { portal, mail, audit, rateLimits });
  const candidateData = new CandidateDataService(deps, { mail, rateLimits });
  const contacts = new ContactsService(deps, { identity, jobs, portal, mail, audit, notifications });
  // R9: a contact's sign-ins count for its portal status.
  identity.onSignIn((db, userId, at) => contacts.recordSignIn(db, userId, at));
  const channels = new ChannelsService(deps, audit);
  // A job page's view counts for the channel in its link (one per visitor, code and day).
  portal.onJobViewed((jobId, visit) => channels.countView(jobId, visit));
  const lmt = new LmtService(deps, { jobs, applications, portal, identity, audit, checks: lmtChecks, channels });
  const lmtEvidence = new LmtEvidenceService(deps, { lmt, invoices, identity, audit });
  const dashboard = new DashboardService(deps, { tracker: lmtTracker });
  const services = {
    queue,
    identity,
    account,
    team,
    billing,
    invoices,
    usage,
    paymentEvents,
    subscriptions,
    audit,
    jobs,
    publish,
    mail,
    connections,
    clientInvitations,
    companyAccess,
    portal,
    board,
    applications,
    candidateData,
    contacts,
    lmtChecks,
    channels,
    lmt,
    lmtEvidence,
    lmtTracker,
    notifications,
    dashboard,
  };
  registerQueueJobs(queue, services);
  return services;
}

export type Services = ReturnType<typeof createServices>;
