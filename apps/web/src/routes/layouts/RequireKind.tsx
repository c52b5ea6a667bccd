import { Navigate, Outlet } from "react-router";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { homeFor, type OrganizationKindName } from "../paths";

/**
 * Agency pages for service providers, employer pages for employers: anyone else is sent to their
 * own dashboard. The API enforces the same (R7); this only avoids a page full of FORBIDDEN errors.
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
