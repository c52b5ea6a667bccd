import { Link, Outlet, useOutletContext, useParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { PortalHeader } from "../../features/portal/components/PortalHeader";
import { usePublicPortal, type PublicPortal } from "../../features/portal/hooks/use-portal-board";
import { portalColourStyle } from "../../features/portal/portal-colour";
import "../../features/portal/portal.css";
import { contactOf, useViewer } from "../../features/session/hooks/use-viewer";
import { ErrorState } from "../../ui/ErrorState";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";
import { PRODUCT_NAME } from "./Brand";
import { EmptyStateMark } from "../../ui/EmptyState";

export interface PortalOutletContext {
  portal: PublicPortal;
}

/** The portal the board pages are on (given by PortalLayout). */
export function usePortal(): PublicPortal {
  return useOutletContext<PortalOutletContext>().portal;
}

/**
 * The public job board's frame: no sign-in and no app chrome, branded with the portal's title,
 * logo and colour (as the CSS variables --portal-color and --portal-ink).
 */
export function PortalLayout() {
  const { slug = "" } = useParams();
  const { portal, loading, error, refetch } = usePublicPortal(slug);

  if (loading) {
    return (
      <div className="portal-page">
        <Loading fill label="Loading the job board…" />
      </div>
    );
  }
  if (error !== undefined) {
    const p = describeProblem(error);
    return (
      <div className="portal-page portal-page-plain">
        <main className="portal-main portal-center">
          <ErrorState title="Couldn't load this job board" message={p.message} requestId={p.requestId} onRetry={refetch} />
        </main>
      </div>
    );
  }
  if (portal === null || !portal.enabled) {
    return (
      <div className="portal-page portal-page-plain">
        <title>{`Job board not available · ${PRODUCT_NAME}`}</title>
        <main className="portal-main portal-center" id="main">
          <div className="portal-unavailable">
            <EmptyStateMark icon="compass" />
            <h1 className="portal-unavailable-title">This job board is not available</h1>
            <p className="muted">The address may be mistyped, or the agency has switched its board off for now.</p>
          </div>
        </main>
      </div>
    );
  }

  return (
    <div className="portal-page" style={portalColourStyle(portal.primaryColor)}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <PortalHeader brand={{ title: portal.title, logoUrl: portal.logoUrl }} homePath={paths.portalBoard(portal.slug)} />
      <main className="portal-main" id="main" tabIndex={-1}>
        <Outlet context={{ portal } satisfies PortalOutletContext} />
      </main>
      <footer className="portal-footer">
        <div className="portal-footer-inner">
          <span>Jobs by {portal.serviceProvider.name}</span>
          <span className="portal-footer-links">
            {/* A server route, not a screen: a full page load. */}
            <a href={paths.portalRss(portal.slug)} type="application/rss+xml">
              RSS feed
            </a>
            <Link to={paths.portalBoard(portal.slug)}>All jobs</Link>
            <Link to={paths.portalYourData(portal.slug)}>Your data</Link>
            <ClientAreaLink slug={portal.slug} />
          </span>
          <span className="muted">Powered by {PRODUCT_NAME}</span>
        </div>
      </footer>
    </div>
  );
}

/**
 * R9: the agency's client contacts sign in here and land in their portal home. A signed-in
 * contact is offered its home instead, and anyone else signed in is offered neither.
 */
function ClientAreaLink({ slug }: { slug: string }) {
  const { viewer } = useViewer();
  if (viewer === null) return <Link to={paths.logIn()}>Client sign in</Link>;
  const contact = contactOf(viewer);
  if (contact === null || contact.portalSlug !== slug) return null;
  return <Link to={paths.portalClient(slug)}>Your client area</Link>;
}
