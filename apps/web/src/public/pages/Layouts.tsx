import { Outlet, useLoaderData } from "react-router";
import { NATIONAL_BOARD } from "@app/domain";
import { PortalHeader } from "../../features/portal/components/PortalHeader";
import { DEFAULT_PORTAL_COLOR, portalColourStyle } from "../../features/portal/portal-colour";
import { BoardContext, nationalBoard, portalBoard, type Board } from "../board";
import type { PortalLoaderData } from "../loaders";

function Frame({
  board,
  colour,
  logoUrl,
  children,
}: {
  board: Board;
  colour: string;
  logoUrl: string | null;
  children: React.ReactNode;
}) {
  return (
    <BoardContext.Provider value={board}>
      <div className="portal-page" style={portalColourStyle(colour)}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <PortalHeader brand={{ title: board.title, logoUrl }} homePath={board.home} />
        <main className="portal-main" id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="portal-footer">
          <div className="portal-footer-inner">
            <span>{board.agencyName === null ? NATIONAL_BOARD.description : `Jobs by ${board.agencyName}`}</span>
            {/* Links out of the public pages are full page loads: they are screens of the app. */}
            <span className="portal-footer-links">
              <a href={board.home}>All jobs</a>
              {board.kind === "portal" && (
                <a href={`${board.home}/rss.xml`} type="application/rss+xml">
                  RSS feed
                </a>
              )}
              <a href={board.yourDataPath}>Your data</a>
              {/* Issue 16: not "Client sign in" (wrong for a contact already signed in): the portal home signs in whoever is not. */}
              {board.kind === "portal" ? (
                <a href={`${board.home}/client`}>Client portal</a>
              ) : (
                <a href="/signup">Advertise a job</a>
              )}
            </span>
            <span>Powered by Job Ads</span>
          </div>
        </footer>
      </div>
    </BoardContext.Provider>
  );
}

/** /jobs: the national board's frame. */
export function NationalLayout() {
  return (
    <Frame board={nationalBoard} colour={DEFAULT_PORTAL_COLOR} logoUrl={null}>
      <Outlet />
    </Frame>
  );
}

/** /p/<slug>: an agency's board, branded with its title, logo and colour; 404 when there is none or it is off. */
export function PortalLayout() {
  const { portal } = useLoaderData() as PortalLoaderData;
  if (portal === null) {
    return (
      <div className="portal-page portal-page-plain">
        <main className="portal-main portal-center" id="main">
          <div className="portal-unavailable">
            <div className="empty-state-mark" aria-hidden="true" />
            <h1 className="portal-unavailable-title">This job board is not available</h1>
            <p className="muted">The address may be mistyped, or the agency has switched its board off for now.</p>
            <a className="btn btn-primary portal-btn" href={NATIONAL_BOARD.path}>
              See all jobs
            </a>
          </div>
        </main>
      </div>
    );
  }
  return (
    <Frame board={portalBoard(portal)} colour={portal.primaryColor} logoUrl={portal.logoUrl}>
      <Outlet />
    </Frame>
  );
}
