import { NavLink, Outlet } from "react-router";
import { useLogOut } from "../../features/session/hooks/use-log-out";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { Button } from "../../ui/Button";
import { homeFor, paths } from "../paths";
import { Brand, PRODUCT_NAME } from "./Brand";

const KIND_LABELS = { SERVICE_PROVIDER: "Agency", EMPLOYER: "Employer" } as const;

/** The signed-in frame: header with navigation for the organization's kind, content, footer. */
export function AppLayout() {
  const { viewer } = useViewer();
  const { logOut, loading } = useLogOut(paths.logIn());
  if (viewer === null) return null; // RequireSession, above, handles this.
  const organization = viewer.currentOrganization;
  const home = homeFor(organization.kind);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Brand to={home} />
          <nav className="app-nav" aria-label="Main">
            <NavLink to={home} end>
              Dashboard
            </NavLink>
            <NavLink to={paths.account()}>Account</NavLink>
          </nav>
          <div className="app-header-end">
            <div className="org-chip">
              <span className="org-chip-name" title={organization.name}>
                {organization.name}
              </span>
              <span className="org-chip-meta">
                {KIND_LABELS[organization.kind]} · {viewer.user.name}
              </span>
            </div>
            <Button variant="secondary" size="sm" loading={loading} onClick={() => void logOut()}>
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main className="app-main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="app-footer-inner">
          <span>{PRODUCT_NAME} · job ad credits for agencies and their clients</span>
          {/* A full page load: the playground brings its own, global, stylesheet. */}
          <a href={paths.playground()}>GraphQL playground</a>
        </div>
      </footer>
    </>
  );
}
