/**
 * Every URL the app links to, built here so a renamed route is one edit and a typo is a type error.
 * router.tsx uses the `patterns`; components use the builders.
 */
export type OrganizationKindName = "SERVICE_PROVIDER" | "EMPLOYER";

export const patterns = {
  home: "/",
  logIn: "/login",
  signUp: "/signup",
  playground: "/playground",
  agencyDashboard: "/agency",
  agencyClients: "/agency/clients",
  agencyContacts: "/agency/contacts",
  agencyLmt: "/agency/lmt",
  agencyLmtReport: "/agency/lmt/:jobId",
  notifications: "/notifications",
  notificationSettings: "/account/notifications",
  employerDashboard: "/employer",
  employerJobs: "/employer/jobs",
  employerJobNew: "/employer/jobs/new",
  employerJob: "/employer/jobs/:jobId",
  employerJobEdit: "/employer/jobs/:jobId/edit",
  employerJobPublish: "/employer/jobs/:jobId/publish",
  employerJobLmt: "/employer/jobs/:jobId/lmt",
  employerAccessRequests: "/employer/access-requests",
  employerActivity: "/employer/activity",
  account: "/account",
  team: "/team",
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password/:token",
  verifyEmail: "/verify-email/:token",
  teamInvitation: "/join/:token",
  pricing: "/pricing",
  billing: "/billing",
  usage: "/billing/usage",
  invitation: "/invitation/:token",
  agencyInvitation: "/agency-invitation/:token",
  devMailbox: "/dev/mailbox",
  agencyPortal: "/agency/portal",
  portalBoard: "/p/:slug",
  portalJob: "/p/:slug/jobs/:jobId",
  portalApply: "/p/:slug/jobs/:jobId/apply",
  portalApplied: "/p/:slug/applied/:applicationId",
  portalActivate: "/p/:slug/activate",
  portalClient: "/p/:slug/client",
  portalClientJob: "/p/:slug/client/jobs/:jobId",
  portalClientVacancy: "/p/:slug/client/vacancy",
  portalClientCompany: "/p/:slug/client/company",
  portalYourData: "/p/:slug/your-data",
  nationalBoard: "/jobs",
  yourData: "/your-data",
  yourDataExport: "/your-data/export",
  yourDataErase: "/your-data/erase",
} as const;

export type JobStatusName = "DRAFT" | "PUBLISHED" | "CLOSED";

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(key, value);
  const search = params.toString();
  return search === "" ? path : `${path}?${search}`;
}

export const paths = {
  team: () => patterns.team,
  forgotPassword: () => patterns.forgotPassword,
  teamInvitation: (token: string) => `/join/${encodeURIComponent(token)}`,
  home: () => patterns.home,
  logIn: (options: { next?: string } = {}) => withQuery(patterns.logIn, { next: options.next }),
  signUp: (options: { invitation?: string; agencyInvitation?: string; next?: string } = {}) =>
    withQuery(patterns.signUp, {
      invitation: options.invitation,
      agencyInvitation: options.agencyInvitation,
      next: options.next,
    }),
  playground: () => patterns.playground,
  agencyDashboard: () => patterns.agencyDashboard,
  agencyClients: () => patterns.agencyClients,
  agencyContacts: () => patterns.agencyContacts,
  /** The LMT tracker; `query` carries its filters and order (as it keeps them in the URL). */
  agencyLmt: (query: Record<string, string | undefined> = {}) => withQuery(patterns.agencyLmt, query),
  agencyLmtReport: (jobId: string) => `${patterns.agencyLmt}/${encodeURIComponent(jobId)}`,
  notifications: () => patterns.notifications,
  notificationSettings: () => patterns.notificationSettings,
  employerDashboard: () => patterns.employerDashboard,
  employerJobs: (options: { status?: JobStatusName } = {}) =>
    withQuery(patterns.employerJobs, { status: options.status?.toLowerCase() }),
  employerJobNew: () => patterns.employerJobNew,
  employerJob: (jobId: string) => `${patterns.employerJobs}/${encodeURIComponent(jobId)}`,
  employerJobEdit: (jobId: string) => `${patterns.employerJobs}/${encodeURIComponent(jobId)}/edit`,
  employerJobPublish: (jobId: string) => `${patterns.employerJobs}/${encodeURIComponent(jobId)}/publish`,
  employerJobLmt: (jobId: string) => `${patterns.employerJobs}/${encodeURIComponent(jobId)}/lmt`,
  employerAccessRequests: () => patterns.employerAccessRequests,
  employerActivity: () => patterns.employerActivity,
  account: () => patterns.account,
  pricing: () => patterns.pricing,
  billing: () => patterns.billing,
  /** Credits used per client in a month (YYYY-MM; the current month without one). */
  usage: (month?: string) => withQuery(patterns.usage, { month }),
  invitation: (token: string, options: { accept?: boolean } = {}) =>
    withQuery(`/invitation/${encodeURIComponent(token)}`, { accept: options.accept === true ? "1" : undefined }),
  agencyInvitation: (token: string, options: { accept?: boolean } = {}) =>
    withQuery(`/agency-invitation/${encodeURIComponent(token)}`, { accept: options.accept === true ? "1" : undefined }),
  devMailbox: () => patterns.devMailbox,
  agencyPortal: () => patterns.agencyPortal,
  /** A portal's public job board; `query`/`location` prefill its search. */
  portalBoard: (slug: string, options: { query?: string; location?: string } = {}) =>
    withQuery(`/p/${encodeURIComponent(slug)}`, { q: options.query, location: options.location }),
  portalRss: (slug: string) => `/p/${encodeURIComponent(slug)}/rss.xml`,
  /** `source` (where the candidate came from) travels with the link through to applyToJob. */
  portalJob: (slug: string, jobId: string, options: { source?: string } = {}) =>
    withQuery(`/p/${encodeURIComponent(slug)}/jobs/${encodeURIComponent(jobId)}`, { source: options.source }),
  portalApply: (slug: string, jobId: string, options: { source?: string } = {}) =>
    withQuery(`/p/${encodeURIComponent(slug)}/jobs/${encodeURIComponent(jobId)}/apply`, { source: options.source }),
  portalApplied: (slug: string, applicationId: string) =>
    `/p/${encodeURIComponent(slug)}/applied/${encodeURIComponent(applicationId)}`,
  /** The link mailed to a client contact: choose a password for the portal account (R9). */
  portalActivate: (slug: string, token: string) => withQuery(`/p/${encodeURIComponent(slug)}/activate`, { token }),
  /** A client contact's home on its agency's board (R9): the company's jobs, vacancies, details. */
  portalClient: (slug: string) => `/p/${encodeURIComponent(slug)}/client`,
  portalClientJob: (slug: string, jobId: string) => `/p/${encodeURIComponent(slug)}/client/jobs/${encodeURIComponent(jobId)}`,
  portalClientVacancy: (slug: string) => `/p/${encodeURIComponent(slug)}/client/vacancy`,
  portalClientCompany: (slug: string) => `/p/${encodeURIComponent(slug)}/client/company`,
  /** Where a candidate asks for a copy or the erasure of their data (R10). */
  portalYourData: (slug: string) => `/p/${encodeURIComponent(slug)}/your-data`,
  /** The links mailed to a candidate (the API writes them; these read them back). */
  yourDataExport: (token: string) => withQuery(patterns.yourDataExport, { token }),
  yourDataErase: (token: string) => withQuery(patterns.yourDataErase, { token }),
  /** A server route, not a screen: the candidate's data as a JSON download. */
  candidateDataExportFile: (token: string) => withQuery("/candidate-data/export", { token }),
};

/** Where a signed-in person lands: the dashboard of the organization the session acts as. */
export function homeFor(kind: OrganizationKindName): string {
  return kind === "SERVICE_PROVIDER" ? paths.agencyDashboard() : paths.employerDashboard();
}

/**
 * A `next` from the URL, kept only when it is a path on this site, so a crafted sign-in link
 * cannot send someone elsewhere after they sign in.
 */
export function safeNext(next: string | null): string | null {
  if (next === null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (next.startsWith(patterns.logIn) || next.startsWith(patterns.signUp)) return null;
  return next;
}
