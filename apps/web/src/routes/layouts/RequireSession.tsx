import { Navigate, Outlet, useLocation } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { ErrorState } from "../../ui/ErrorState";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

/** Signed-in routes: without a session, go to sign-in and come back here afterwards. */
export function RequireSession() {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
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
