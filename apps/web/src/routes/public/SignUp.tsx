import { Link, Navigate, useSearchParams } from "react-router";
import { useAgencyInvitationPreview } from "../../features/agency-invitations/hooks/use-agency-invitations";
import { useInvitation } from "../../features/invitations/hooks/use-invitation";
import { arrivalState } from "../../features/shared/arrival";
import { SignUpForm } from "../../features/session/components/SignUpForm";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { Loading } from "../../ui/Spinner";
import { AuthLayout } from "../layouts/AuthLayout";
import { paths, safeNext } from "../paths";
import { viewerHome } from "../viewer-home";

export function SignUp() {
  const { viewer, loading } = useViewer();
  const [params] = useSearchParams();
  const invitationParam = params.get("invitation");
  const invitationToken = invitationParam !== null && invitationParam.trim() !== "" ? invitationParam.trim() : null;
  const agencyParam = params.get("agencyInvitation");
  const agencyToken = invitationToken === null && agencyParam !== null && agencyParam.trim() !== "" ? agencyParam.trim() : null;
  const next = safeNext(params.get("next"));
  const { invitation, loading: readingInvitation } = useInvitation(invitationToken);
  const { invitation: fromClient, loading: readingFromClient } = useAgencyInvitationPreview(agencyToken);

  if (viewer !== null) {
    // Signed up from an invitation: the account is connected; the first page says with whom.
    const agency = invitationToken === null ? null : (invitation?.serviceProviderName ?? null);
    const client = agencyToken === null ? null : (fromClient?.clientName ?? null);
    const state =
      agency !== null
        ? arrivalState({
            title: `You're connected with ${agency}`,
            text: `${agency} can now post and publish job ads in your account, paying with its shared credits. You can revoke its access under Access requests.`,
          })
        : client !== null
          ? arrivalState({
              title: `${client} is now your client`,
              text: `Access its account from Manage Clients to post and publish job ads for it.`,
            })
          : undefined;
    return <Navigate to={next ?? viewerHome(viewer)} replace state={state} />;
  }

  return (
    <AuthLayout
      wide
      title={invitationToken === null && agencyToken === null ? "Create your account" : "Accept your invitation"}
      subtitle={
        agencyToken !== null
          ? "Create your agency's account to manage the job ads of the company that invited you."
          : invitationToken === null
            ? "Agencies buy job ad credits and share them with clients. Employers post their own jobs."
            : "Create your company's account to work with the agency that invited you."
      }
      below={
        <p className="auth-switch">
          Already have an account? <Link to={paths.logIn({ next: next ?? undefined })}>Sign in</Link>
        </p>
      }
    >
      {loading ? (
        <Loading label="Checking your session…" />
      ) : agencyToken !== null ? (
        readingFromClient ? (
          <Loading label="Reading your invitation…" />
        ) : (
          <div className="stack-sm">
            {fromClient !== null && (
              <p className="fine-print">
                <strong>{fromClient.clientName}</strong> invited your agency to manage its job ads.
              </p>
            )}
            <SignUpForm
              invitationToken={null}
              agencyInvitationToken={agencyToken}
              initialValues={fromClient === null ? {} : { email: fromClient.email }}
            />
          </div>
        )
      ) : invitationToken === null ? (
        <SignUpForm invitationToken={null} />
      ) : (
        <InvitedSignUp token={invitationToken} invitation={invitation} loading={readingInvitation} />
      )}
    </AuthLayout>
  );
}

/** Sign-up from an invitation link: the form starts with the invited email and company name. */
function InvitedSignUp({
  token,
  invitation,
  loading,
}: {
  token: string;
  invitation: ReturnType<typeof useInvitation>["invitation"];
  loading: boolean;
}) {
  if (loading) return <Loading label="Reading your invitation…" />;
  // An unknown or used link still gets the form: the API explains the problem on submit.
  return (
    <div className="stack-sm">
      {invitation !== null && (
        <p className="fine-print">
          <strong>{invitation.serviceProviderName}</strong> invited <strong>{invitation.invitedCompanyName}</strong> to connect.
        </p>
      )}
      <SignUpForm
        invitationToken={token}
        initialValues={
          invitation === null ? {} : { email: invitation.invitedEmail, organizationName: invitation.invitedCompanyName }
        }
      />
    </div>
  );
}
