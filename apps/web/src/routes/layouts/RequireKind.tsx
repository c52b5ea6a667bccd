import { Navigate, Outlet } from "react-router";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { homeFor, type OrganizationKindName } from "../paths";

/**
 * Agency pages for service providers, employer pages for employers: anyone else is sent to their
 * own dashboard. The API enforces the same (R7); this only avoids a page full of FORBIDDEN errors.
 * An agency working inside a client's account is an employer here: its current organization is
 * the client.
 */
function RequireKind({ kind }: { kind: OrganizationKindName }) {
  const { viewer } = useViewer();
  if (viewer === null) return null; // RequireSession, above, handles this.
  const actual = viewer.currentOrganization.kind;
  return actual === kind ? <Outlet /> : <Navigate to={homeFor(actual)} replace />;
}

export function AgencyOnly() {
  return <RequireKind kind="SERVICE_PROVIDER" />;
}

export function EmployerOnly() {
  return <RequireKind kind="EMPLOYER" />;
}

/**
 * Pages of the client's own account (access requests, activity) that the API refuses to an
 * agency working inside it (R7): the agency goes to the client's dashboard instead.
 */
export function OwnAccountOnly() {
  const { viewer } = useViewer();
  if (viewer === null) return null;
  return viewer.accessingClient === null ? <Outlet /> : <Navigate to={homeFor(viewer.currentOrganization.kind)} replace />;
}
