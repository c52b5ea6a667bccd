import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { VerifyEmailBanner } from "../../features/account-links/components/VerifyEmailBanner";
import { OrganizationSwitcher } from "../../features/session/components/OrganizationSwitcher";
import { AccessingBanner } from "../../features/company-access/components/AccessingBanner";
import { NotificationBell } from "../../features/notifications/components/NotificationBell";
import { arrivalOf } from "../../features/shared/arrival";
import { Banner } from "../../ui/Banner";
import { PricingMenu } from "../../features/plans/components/PricingMenu";
import { useLogOut } from "../../features/session/hooks/use-log-out";
import { accessingOf, contactOf, useViewer } from "../../features/session/hooks/use-viewer";
import { Button } from "../../ui/Button";
import { homeFor, paths, patterns } from "../paths";
import { AppHeader } from "./AppHeader";
import { PRODUCT_NAME } from "./Brand";
import { ContactRedirect } from "./ContactRedirect";

const KIND_LABELS = { SERVICE_PROVIDER: "Agency", EMPLOYER: "Employer" } as const;

/**
 * The signed-in frame: header with navigation for the area the session is in, content, footer.
 * While an agency works inside a client's account it is in the employer area, with a banner
 * naming the client on every page, and without the pages the API keeps for the client itself.
 */
export function AppLayout() {
  const { viewer } = useViewer();
  const { logOut, loading } = useLogOut(paths.logIn());
  if (viewer === null) return null; // RequireSession, above, handles this.
  // R9: a client contact's account works in its agency's portal; none of these pages is for it.
  const contact = contactOf(viewer);
  if (contact !== null) return <ContactRedirect portalSlug={contact.portalSlug} />;
  const organization = viewer.currentOrganization;
  const home = homeFor(organization.kind);
  const accessing = accessingOf(viewer);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader
        home={home}
        nav={
          <>
            <NavLink to={home} end>
              Dashboard
            </NavLink>
            {organization.kind === "SERVICE_PROVIDER" ? (
              <>
                <NavLink to={paths.agencyClients()}>Manage Clients</NavLink>
                <NavLink to={paths.agencyLmt()}>LMT tracker</NavLink>
                <NavLink to={paths.agencyContacts()}>Contacts</NavLink>
                <NavLink to={paths.agencyPortal()}>Job board</NavLink>
              </>
            ) : (
              <EmployerNav ownAccount={accessing === null} />
            )}
            {accessing === null && <PricingMenu pricingPath={paths.pricing()} billingPath={paths.billing()} />}
            {accessing === null && <NavLink to={paths.team()}>Team</NavLink>}
            {accessing === null && <NavLink to={paths.account()}>Account</NavLink>}
            {/* On a phone the header has no room: the switcher is in the menu instead. */}
            {accessing === null && <OrganizationSwitcher homeFor={homeFor} place="menu" />}
          </>
        }
        end={
          <>
            <NotificationBell to={paths.notifications()} />
            {accessing === null && <OrganizationSwitcher homeFor={homeFor} place="header" />}
            <div className="org-chip">
              <span className="org-chip-name" title={organization.name}>
                {organization.name}
              </span>
              <span className="org-chip-meta">
                {accessing === null
                  ? `${KIND_LABELS[organization.kind]} · ${viewer.user.name}`
                  : `Client of ${accessing.agencyName}`}
              </span>
            </div>
            <Button variant="secondary" size="sm" loading={loading} onClick={() => void logOut()}>
              Sign out
            </Button>
          </>
        }
      />
      {accessing !== null && (
        <AccessingBanner
          clientName={accessing.clientName}
          agencyName={accessing.agencyName}
          manageClientsPath={paths.agencyClients()}
          agencyDashboardPath={paths.agencyDashboard()}
        />
      )}
      <main className="app-main" id="main" tabIndex={-1}>
        <ArrivalNotice />
        {!viewer.emailVerified && <VerifyEmailBanner email={viewer.user.email} />}
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="app-footer-inner">
          <span>{PRODUCT_NAME} · job ad credits for agencies and their clients</span>
          <span className="app-footer-links">
            <Link to={paths.devMailbox()}>Dev mailbox</Link>
            {/* A full page load: the playground brings its own, global, stylesheet. */}
            <a href={paths.playground()}>GraphQL playground</a>
          </span>
        </div>
      </footer>
    </>
  );
}

/** After an account switch or an invitation's sign-up: where the person is now, said once where they landed. */
function ArrivalNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const arrival = arrivalOf(location.state);
  if (arrival === null) return null;
  return (
    <div className="arrival-notice" data-testid="arrival-notice">
      <Banner
        tone="success"
        title={arrival.title}
        onDismiss={() => void navigate(location.pathname + location.search, { replace: true, state: null })}
      >
        {arrival.text}
      </Banner>
    </div>
  );
}

/** Jobs stays marked on a job's own pages, but not on "Post a job", which has its own link. */
function EmployerNav({ ownAccount }: { ownAccount: boolean }) {
  const { pathname } = useLocation();
  const inJobs = pathname.startsWith(patterns.employerJobs) && pathname !== patterns.employerJobNew;
  return (
    <>
      <Link to={paths.employerJobs()} aria-current={inJobs ? "page" : undefined}>
        Jobs
      </Link>
      <NavLink to={paths.employerJobNew()} end>
        Post a job
      </NavLink>
      {ownAccount && (
        <>
          <NavLink to={paths.employerAccessRequests()}>Access requests</NavLink>
          <NavLink to={paths.employerActivity()}>Activity</NavLink>
        </>
      )}
    </>
  );
}
