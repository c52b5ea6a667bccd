import { Navigate, Outlet, useLocation } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { useAccountSwitch } from "../../features/company-access/hooks/use-company-access";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { ErrorState } from "../../ui/ErrorState";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

/** Signed-in routes: without a session, go to sign-in and come back here afterwards. */
export function RequireSession() {
  const { viewer, loading, error, refetch } = useViewer();
  const switching = useAccountSwitch();
  const location = useLocation();
  // Moving between an agency's and a client's account: no page may ask the API meanwhile.
  if (switching !== null) return <Loading fill label={switching} />;
  if (loading) return <Loading fill label="Checking your session…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return (
      <div className="full-page-center">
        <ErrorState title={p.title} message={p.message} requestId={p.requestId} onRetry={refetch} />
      </div>
    );
  }
  if (viewer === null) return <Navigate to={paths.logIn({ next: `${location.pathname}${location.search}` })} replace />;
  return <Outlet />;
}
