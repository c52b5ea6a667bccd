import { Link, Navigate, NavLink, Outlet, useLocation, useOutletContext } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import "../../features/contact-portal/contact-portal.css";
import { useLogOut } from "../../features/session/hooks/use-log-out";
import { contactOf, useViewer, type SessionViewer } from "../../features/session/hooks/use-viewer";
import { Button } from "../../ui/Button";
import { ErrorState } from "../../ui/ErrorState";
import { Loading } from "../../ui/Spinner";
import { usePortal, type PortalOutletContext } from "../layouts/PortalLayout";
import { paths } from "../paths";
import { viewerHome } from "../viewer-home";

export interface ContactOutletContext extends PortalOutletContext {
  viewer: SessionViewer;
}

/** The signed-in contact on the pages of its portal home (given by ContactArea). */
export function useContactViewer(): SessionViewer {
  return useOutletContext<ContactOutletContext>().viewer;
}

/**
 * /p/:slug/client — a client contact's home on its agency's job board (R9), in the board's
 * branding: the company's jobs and candidates, sending a vacancy, the company's details. Only a
 * portal account of this board gets in: nobody signed in goes to sign in and comes back; a contact
 * of another agency's board goes to its own; anyone else is told whose area this is.
 */
export function ContactArea() {
  const portal = usePortal();
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  const { logOut, loading: signingOut } = useLogOut(paths.portalBoard(portal.slug));

  if (loading) return <Loading label="Checking your session…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title={p.title} message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  if (viewer === null) return <Navigate to={paths.logIn({ next: `${location.pathname}${location.search}` })} replace />;

  const contact = contactOf(viewer);
  if (contact !== null && contact.portalSlug !== null && contact.portalSlug !== portal.slug) {
    return <Navigate to={paths.portalClient(contact.portalSlug)} replace />;
  }
  // Anyone else (a contact whose agency has no board any more too) is told whose area this is.
  if (contact?.portalSlug !== portal.slug) {
    return (
      <div className="portal-apply">
        <title>{`Client portal · ${portal.title}`}</title>
        <div className="portal-card contact-elsewhere">
          <h1 className="portal-ad-title">This area is for {portal.serviceProvider.name}'s clients</h1>
          <p>
            You're signed in as {viewer.user.email} for {viewer.currentOrganization.name}. Client contacts sign in here with the
            account
            {` ${portal.serviceProvider.name}`} invited them to create.
          </p>
          <div className="form-actions">
            <Link className="btn btn-primary portal-btn" to={viewerHome(viewer)}>
              Go to your dashboard
            </Link>
            <Button variant="secondary" loading={signingOut} onClick={() => void logOut()}>
              Sign out
            </Button>
          </div>
        </div>
      </div>
    );
  }

  const jobsPath = paths.portalClient(portal.slug);
  const inJobs = location.pathname === jobsPath || location.pathname.startsWith(`${jobsPath}/jobs/`);
  return (
    <div className="contact-area">
      <header className="contact-area-head">
        <div className="contact-area-who">
          <p className="contact-area-eyebrow">Client portal</p>
          <h1 className="contact-area-title">{viewer.currentOrganization.name}</h1>
          <p className="contact-area-user">Signed in as {viewer.user.name}</p>
        </div>
        <Button variant="secondary" size="sm" loading={signingOut} onClick={() => void logOut()}>
          Sign out
        </Button>
      </header>
      <nav className="tab-links contact-tabs" aria-label="Client portal">
        <Link className="tab-link" to={jobsPath} aria-current={inJobs ? "page" : undefined}>
          Jobs
        </Link>
        <NavLink className="tab-link" to={paths.portalClientVacancy(portal.slug)}>
          Submit a vacancy
        </NavLink>
        <NavLink className="tab-link" to={paths.portalClientCompany(portal.slug)}>
          Company details
        </NavLink>
      </nav>
      <div className="contact-area-body">
        <Outlet context={{ portal, viewer } satisfies ContactOutletContext} />
      </div>
    </div>
  );
}
