import { createBrowserRouter, Outlet, ScrollRestoration, useNavigation } from "react-router";
import { Loading } from "./ui/Spinner";
import { RouteError } from "./routes/layouts/RouteError";
import { patterns } from "./routes/paths";
import { ServerPage } from "./routes/public/ServerPage";

/**
 * Every route of the app. Each screen is its own lazily loaded chunk, so the sign-in screen
 * never downloads the dashboards, and GraphiQL (and CodeMirror) load only on /playground.
 */
function Root() {
  const navigation = useNavigation();
  return (
    <>
      {navigation.state === "loading" && <div className="route-progress" role="progressbar" aria-label="Loading page" />}
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

const guards = () => import("./routes/layouts/RequireKind");

export const router = createBrowserRouter([
  {
    Component: Root,
    HydrateFallback: () => <Loading fill />,
    errorElement: <RouteError />,
    children: [
      { path: patterns.logIn, lazy: () => import("./routes/public/LogIn").then((m) => ({ Component: m.LogIn })) },
      { path: patterns.signUp, lazy: () => import("./routes/public/SignUp").then((m) => ({ Component: m.SignUp })) },
      { path: patterns.playground, lazy: () => import("./routes/public/Playground").then((m) => ({ Component: m.Playground })) },
      {
        path: patterns.forgotPassword,
        lazy: () => import("./routes/public/ForgotPassword").then((m) => ({ Component: m.ForgotPassword })),
      },
      {
        path: patterns.resetPassword,
        lazy: () => import("./routes/public/ResetPassword").then((m) => ({ Component: m.ResetPassword })),
      },
      {
        path: patterns.verifyEmail,
        lazy: () => import("./routes/public/VerifyEmail").then((m) => ({ Component: m.VerifyEmail })),
      },
      {
        path: patterns.teamInvitation,
        lazy: () => import("./routes/public/TeamInvitation").then((m) => ({ Component: m.TeamInvitation })),
      },
      { path: patterns.invitation, lazy: () => import("./routes/public/Invitation").then((m) => ({ Component: m.Invitation })) },
      {
        path: patterns.agencyInvitation,
        lazy: () => import("./routes/public/AgencyInvitation").then((m) => ({ Component: m.AgencyInvitation })),
      },
      {
        path: patterns.yourDataExport,
        lazy: () => import("./routes/public/YourDataExport").then((m) => ({ Component: m.YourDataExport })),
      },
      {
        path: patterns.yourDataErase,
        lazy: () => import("./routes/public/YourDataErase").then((m) => ({ Component: m.YourDataErase })),
      },
      { path: patterns.devMailbox, lazy: () => import("./routes/public/DevMailbox").then((m) => ({ Component: m.DevMailbox })) },
      {
        lazy: () => import("./routes/layouts/RequireSession").then((m) => ({ Component: m.RequireSession })),
        children: [
          { index: true, lazy: () => import("./routes/layouts/HomeRedirect").then((m) => ({ Component: m.HomeRedirect })) },
          {
            lazy: () => import("./routes/layouts/AppLayout").then((m) => ({ Component: m.AppLayout })),
            children: [
              // A person's own notifications: also while working inside a client's account.
              {
                path: patterns.notifications,
                lazy: () => import("./routes/account/Notifications").then((m) => ({ Component: m.Notifications })),
              },
              {
                path: patterns.notificationSettings,
                lazy: () => import("./routes/account/NotificationSettings").then((m) => ({ Component: m.NotificationSettings })),
              },
              {
                lazy: () => guards().then((m) => ({ Component: m.AgencyOnly })),
                children: [
                  {
                    path: patterns.agencyDashboard,
                    lazy: () => import("./routes/agency/AgencyDashboard").then((m) => ({ Component: m.AgencyDashboard })),
                  },
                  {
                    path: patterns.agencyClients,
                    lazy: () => import("./routes/agency/Clients").then((m) => ({ Component: m.Clients })),
                  },
                  {
                    path: patterns.agencyContacts,
                    lazy: () => import("./routes/agency/Contacts").then((m) => ({ Component: m.Contacts })),
                  },
                  {
                    path: patterns.agencyLmt,
                    lazy: () => import("./routes/agency/LmtTracker").then((m) => ({ Component: m.LmtTracker })),
                  },
                  {
                    path: patterns.agencyLmtReport,
                    lazy: () => import("./routes/agency/AgencyLmtReport").then((m) => ({ Component: m.AgencyLmtReport })),
                  },
                  {
                    path: patterns.agencyPortal,
                    lazy: () => import("./routes/agency/PortalSettings").then((m) => ({ Component: m.PortalSettings })),
                  },
                ],
              },
              {
                lazy: () => guards().then((m) => ({ Component: m.EmployerOnly })),
                children: [
                  {
                    path: patterns.employerDashboard,
                    lazy: () => import("./routes/employer/EmployerDashboard").then((m) => ({ Component: m.EmployerDashboard })),
                  },
                  {
                    path: patterns.employerJobs,
                    lazy: () => import("./routes/employer/Jobs").then((m) => ({ Component: m.Jobs })),
                  },
                  {
                    path: patterns.employerJobNew,
                    lazy: () => import("./routes/employer/JobEdit").then((m) => ({ Component: m.JobNew })),
                  },
                  {
                    path: patterns.employerJob,
                    lazy: () => import("./routes/employer/JobDetail").then((m) => ({ Component: m.JobDetail })),
                  },
                  {
                    path: patterns.employerJobEdit,
                    lazy: () => import("./routes/employer/JobEdit").then((m) => ({ Component: m.JobEdit })),
                  },
                  {
                    path: patterns.employerJobPublish,
                    lazy: () => import("./routes/employer/PublishJob").then((m) => ({ Component: m.PublishJob })),
                  },
                  {
                    path: patterns.employerJobLmt,
                    lazy: () => import("./routes/employer/LmtReport").then((m) => ({ Component: m.LmtReport })),
                  },
                  {
                    lazy: () => guards().then((m) => ({ Component: m.OwnAccountOnly })),
                    children: [
                      {
                        path: patterns.employerAccessRequests,
                        lazy: () => import("./routes/employer/AccessRequests").then((m) => ({ Component: m.AccessRequests })),
                      },
                      {
                        path: patterns.employerActivity,
                        lazy: () => import("./routes/employer/Activity").then((m) => ({ Component: m.Activity })),
                      },
                    ],
                  },
                ],
              },
              {
                lazy: () => guards().then((m) => ({ Component: m.OwnAccountOnly })),
                children: [
                  {
                    path: patterns.team,
                    lazy: () => import("./routes/account/Team").then((m) => ({ Component: m.Team })),
                  },
                  {
                    path: patterns.account,
                    lazy: () => import("./routes/account/Account").then((m) => ({ Component: m.Account })),
                  },
                  {
                    path: patterns.pricing,
                    lazy: () => import("./routes/billing/Pricing").then((m) => ({ Component: m.Pricing })),
                  },
                  {
                    path: patterns.billing,
                    lazy: () => import("./routes/billing/Billing").then((m) => ({ Component: m.Billing })),
                  },
                  {
                    path: patterns.usage,
                    lazy: () => import("./routes/billing/Usage").then((m) => ({ Component: m.Usage })),
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        // The public job board: no sign-in, no app chrome, branded by the portal.
        path: patterns.portalBoard,
        lazy: () => import("./routes/layouts/PortalLayout").then((m) => ({ Component: m.PortalLayout })),
        children: [
          // The board, its ads, apply and applied are rendered by the server (src/public): a link here reloads.
          { index: true, Component: ServerPage },
          { path: patterns.portalJob, Component: ServerPage },
          { path: patterns.portalApply, Component: ServerPage },
          { path: patterns.portalApplied, Component: ServerPage },
          {
            path: patterns.portalYourData,
            lazy: () => import("./routes/portal/YourData").then((m) => ({ Component: m.YourData })),
          },
          {
            path: patterns.portalActivate,
            lazy: () => import("./routes/portal/Activate").then((m) => ({ Component: m.Activate })),
          },
          {
            // A client contact's home (R9): signed in, in the board's branding.
            path: patterns.portalClient,
            lazy: () => import("./routes/portal/ContactArea").then((m) => ({ Component: m.ContactArea })),
            children: [
              { index: true, lazy: () => import("./routes/portal/ContactJobs").then((m) => ({ Component: m.ContactJobs })) },
              {
                path: patterns.portalClientJob,
                lazy: () => import("./routes/portal/ContactJob").then((m) => ({ Component: m.ContactJob })),
              },
              {
                path: patterns.portalClientVacancy,
                lazy: () => import("./routes/portal/SubmitVacancy").then((m) => ({ Component: m.SubmitVacancy })),
              },
              {
                path: patterns.portalClientCompany,
                lazy: () => import("./routes/portal/CompanyDetails").then((m) => ({ Component: m.CompanyDetails })),
              },
            ],
          },
        ],
      },
      // The national job board is the server's too.
      { path: `${patterns.nationalBoard}/*`, Component: ServerPage },
      {
        path: patterns.yourData,
        lazy: () => import("./routes/public/YourDataRequest").then((m) => ({ Component: m.YourDataRequest })),
      },
      { path: "*", lazy: () => import("./routes/public/NotFound").then((m) => ({ Component: m.NotFound })) },
    ],
  },
]);
