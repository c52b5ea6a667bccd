import { useParams, useSearchParams } from "react-router";
import { InvitationCard } from "../../features/invitations/components/InvitationCard";
import { contactOf, useViewer } from "../../features/session/hooks/use-viewer";
import { Loading } from "../../ui/Spinner";
import { AuthLayout } from "../layouts/AuthLayout";
import { paths } from "../paths";

/** /invitation/:token — the link in an agency's invitation email. */
export function Invitation() {
  const { token = "" } = useParams();
  const [params] = useSearchParams();
  const { viewer, loading } = useViewer();
  const signedIn =
    viewer === null
      ? null
      : {
          organizationName: viewer.currentOrganization.name,
          // A client contact's portal account (R9) may not answer for the company.
          canAccept:
            viewer.currentOrganization.kind === "EMPLOYER" && viewer.accessingClient === null && contactOf(viewer) === null,
        };

  return (
    <AuthLayout wide title="Invitation to connect" subtitle="An agency you work with wants to advertise jobs for your company.">
      {loading ? (
        <Loading label="Checking your session…" />
      ) : (
        <InvitationCard
          token={token}
          signedIn={signedIn}
          acceptNow={params.get("accept") === "1"}
          paths={{
            logInToAccept: paths.logIn({ next: paths.invitation(token, { accept: true }) }),
            signUp: paths.signUp({ invitation: token, next: paths.employerAccessRequests() }),
            afterAccept: paths.employerAccessRequests(),
            home: paths.home(),
          }}
        />
      )}
    </AuthLayout>
  );
}
