import type { NonEmptyArray } from "type-graphql";
import { AccountResolver, ViewerResolver } from "../modules/identity/identity.resolver.js";
import { TeamResolver } from "../modules/identity/team.resolver.js";
import { AccountSecurityResolver, ViewerAccountResolver } from "../modules/identity/account.resolver.js";
import {
  BillingResolver,
  CreditEntryResolver,
  OrganizationCreditsResolver,
  PlanSubscriptionResolver,
} from "../modules/billing/billing.resolver.js";
import { InvoicesResolver, JobInvoiceResolver, PurchaseInvoiceResolver } from "../modules/billing/invoices.resolver.js";
import {
  ClientUsageResolver,
  CreditEntryClientResolver,
  UsageLineResolver,
  UsageResolver,
} from "../modules/billing/usage.resolver.js";
import { AuditResolver } from "../modules/audit/audit.resolver.js";
import { CompanyAccessResolver, ConnectionsResolver } from "../modules/connections/connections.resolver.js";
import { ClientInvitationsResolver } from "../modules/connections/client-invitations.resolver.js";
import { MailResolver } from "../modules/mail/mail.resolver.js";
import { CreditEntryJobResolver, JobPaymentResolver, JobRevisionResolver, JobsResolver } from "../modules/jobs/jobs.resolver.js";
import {
  ApplicationsResolver,
  BoardResolver,
  PortalResolver,
  PublicJobPageResolver,
  PublicJobResolver,
} from "../modules/portal/portal.resolver.js";
import { CandidateDataResolver } from "../modules/portal/candidate-data.resolver.js";
import { ContactsResolver, ViewerContactPortalResolver } from "../modules/contacts/contacts.resolver.js";
import { LmtResolver } from "../modules/lmt/lmt.resolver.js";
import { ChannelsResolver, JobChannelsResolver } from "../modules/channels/channels.resolver.js";
import { LmtTrackerResolver } from "../modules/lmt/lmt-tracker.resolver.js";
import { DashboardResolver } from "../modules/dashboard/dashboard.resolver.js";
import { NotificationsResolver } from "../modules/notifications/notifications.resolver.js";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  ViewerResolver,
  AccountResolver,
  AccountSecurityResolver,
  ViewerAccountResolver,
  TeamResolver,
  BillingResolver,
  CreditEntryResolver,
  PlanSubscriptionResolver,
  OrganizationCreditsResolver,
  InvoicesResolver,
  PurchaseInvoiceResolver,
  JobInvoiceResolver,
  UsageResolver,
  ClientUsageResolver,
  UsageLineResolver,
  CreditEntryClientResolver,
  AuditResolver,
  JobsResolver,
  ChannelsResolver,
  JobChannelsResolver,
  JobPaymentResolver,
  JobRevisionResolver,
  CreditEntryJobResolver,
  ConnectionsResolver,
  CompanyAccessResolver,
  ClientInvitationsResolver,
  MailResolver,
  PortalResolver,
  BoardResolver,
  PublicJobResolver,
  PublicJobPageResolver,
  ApplicationsResolver,
  CandidateDataResolver,
  ContactsResolver,
  ViewerContactPortalResolver,
  LmtResolver,
  LmtTrackerResolver,
  DashboardResolver,
  NotificationsResolver,
];

/** Operations anyone may call without signing in; every other one must be @Authorized (auth-coverage test). */
export const PUBLIC_OPERATIONS = new Set([
  "viewer",
  "pricingPlans",
  "signUp",
  "logIn",
  "logOut",
  "invitation",
  "agencyInvitation",
  "devMailbox",
  "portal",
  "portalJobs",
  "portalJob",
  "boardJobs",
  "boardJob",
  "applyToJob",
  "requestCandidateDataExport",
  "requestCandidateErasure",
  "confirmCandidateErasure",
  "portalInvitation",
  "activatePortalAccount",
  "paymentSettings",
  "teamInvitation",
  "signUpFromTeamInvitation",
  "channels",
  "requestPasswordReset",
  "resetPassword",
  "verifyEmail",
]);
