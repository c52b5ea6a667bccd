import { Navigate } from "react-router";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { homeFor } from "../paths";

/** "/" is the dashboard of whichever organization the session acts as. */
export function HomeRedirect() {
  const { viewer } = useViewer();
  if (viewer === null) return null;
  return <Navigate to={homeFor(viewer.currentOrganization.kind)} replace />;
}
