import { Navigate } from "react-router";
import { useLogOut } from "../../features/session/hooks/use-log-out";
import { Button } from "../../ui/Button";
import { paths } from "../paths";
import { EmptyStateMark } from "../../ui/EmptyState";

/**
 * A client contact's portal account (R9) on a page of the agency and employer area: everything it
 * may do is in its agency's portal, so it goes there. Without a portal there is nowhere to go, and
 * this says so (the API would refuse these pages anyway).
 */
export function ContactRedirect({ portalSlug }: { portalSlug: string | null }) {
  const { logOut, loading } = useLogOut(paths.logIn());
  if (portalSlug !== null) return <Navigate to={paths.portalClient(portalSlug)} replace />;
  return (
    <main className="full-page-center" id="main">
      <div className="empty-state">
        <EmptyStateMark icon="compass" />
        <h1 className="empty-state-title">Your agency's client portal is not available</h1>
        <div className="empty-state-text">
          Your account is a client contact's account, which works on your agency's job board. The board is switched off at the
          moment: ask your agency about it.
        </div>
        <div className="empty-state-action">
          <Button variant="secondary" loading={loading} onClick={() => void logOut()}>
            Sign out
          </Button>
        </div>
      </div>
    </main>
  );
}
