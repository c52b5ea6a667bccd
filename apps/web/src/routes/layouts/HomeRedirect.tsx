import { Navigate } from "react-router";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { viewerHome } from "../viewer-home";

/** "/" is the dashboard of whichever organization the session acts as (a client contact's: its portal home, R9). */
export function HomeRedirect() {
  const { viewer } = useViewer();
  if (viewer === null) return null;
  return <Navigate to={viewerHome(viewer)} replace />;
}
