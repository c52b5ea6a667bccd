import { useNavigate, useParams } from "react-router";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { TeamInvitationCard } from "../../features/team/components/TeamInvitationCard";
import { Loading } from "../../ui/Spinner";
import { AuthLayout } from "../layouts/AuthLayout";
import { homeFor, paths } from "../paths";

/** /join/:token — the link in a team invitation email. */
export function TeamInvitation() {
  const { token = "" } = useParams();
  const { viewer, loading } = useViewer();
  const navigate = useNavigate();
  return (
    <AuthLayout wide title="Join your team" subtitle="A colleague invited you to work with them here.">
      <title>Join your team · Job Ads</title>
      {loading ? (
        <Loading label="Checking your session…" />
      ) : (
        <TeamInvitationCard
          token={token}
          viewer={viewer}
          paths={{ logIn: paths.logIn({ next: paths.teamInvitation(token) }) }}
          onJoined={(v) => void navigate(homeFor(v.currentOrganization.kind), { replace: true })}
        />
      )}
    </AuthLayout>
  );
}
