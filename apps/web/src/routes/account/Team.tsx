import { useViewer } from "../../features/session/hooks/use-viewer";
import { TeamManager } from "../../features/team/components/TeamManager";
import { PageHeader } from "../../ui/PageHeader";
import { paths } from "../paths";

/** /team — the organization's members, invitations and roles (issue 18). */
export function Team() {
  const { viewer } = useViewer();
  if (viewer === null) return null; // RequireSession, above, handles this.
  return (
    <div className="stack">
      <title>Team · Job Ads</title>
      <PageHeader
        title="Team"
        description={`The people who work in ${viewer.currentOrganization.name}, their roles, and invitations waiting.`}
      />
      <TeamManager
        viewerUserId={viewer.user.id}
        // Leaving moves the session out of this organization: start again from home, with a fresh viewer.
        onLeft={() => window.location.assign(paths.home())}
      />
    </div>
  );
}
