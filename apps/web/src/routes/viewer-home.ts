import { contactOf, type SessionViewer } from "../features/session/hooks/use-viewer";
import { homeFor, paths } from "./paths";

/**
 * Where a signed-in person lands: a client contact in its agency's portal (R9), anyone else on
 * the dashboard of the organization the session acts as. A contact whose agency has no job board
 * any more goes to the employer area, whose frame tells it so (see ContactRedirect).
 */
export function viewerHome(viewer: SessionViewer): string {
  const contact = contactOf(viewer);
  if (contact?.portalSlug != null) return paths.portalClient(contact.portalSlug);
  return homeFor(viewer.currentOrganization.kind);
}
