import { useParams, useSearchParams } from "react-router";
import { AgencyInvitationCard } from "../../features/agency-invitations/components/AgencyInvitationCard";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { Loading } from "../../ui/Spinner";
import { AuthLayout } from "../layouts/AuthLayout";
import { paths } from "../paths";

/** /agency-invitation/:token — the link in an employer's invitation to a service provider. */
export function AgencyInvitation() {
  const { token = "" } = useParams();
  const [params] = useSearchParams();
  const { viewer, loading } = useViewer();
  const role = viewer?.memberships.find((m) => m.organization.id === viewer.currentOrganization.id)?.role;
  const signedIn =
    viewer === null
      ? null
      : {
          organizationName: viewer.currentOrganization.name,
          canAnswer:
            viewer.currentOrganization.kind === "SERVICE_PROVIDER" &&
            viewer.accessingClient === null &&
            (role === "OWNER" || role === "ADMIN"),
        };

  return (
    <AuthLayout wide title="Invitation to manage job ads" subtitle="A company wants your agency to advertise its jobs.">
      {loading ? (
        <Loading label="Checking your session…" />
      ) : (
        <AgencyInvitationCard
          token={token}
          signedIn={signedIn}
          acceptNow={params.get("accept") === "1"}
          paths={{
            logInToAccept: paths.logIn({ next: paths.agencyInvitation(token, { accept: true }) }),
            signUp: paths.signUp({ agencyInvitation: token, next: paths.agencyClients() }),
            clients: paths.agencyClients(),
            home: paths.home(),
          }}
        />
      )}
    </AuthLayout>
  );
}
