import { Link, Navigate, useSearchParams } from "react-router";
import { SignUpForm } from "../../features/session/components/SignUpForm";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { Loading } from "../../ui/Spinner";
import { AuthLayout } from "../layouts/AuthLayout";
import { homeFor, paths, safeNext } from "../paths";

export function SignUp() {
  const { viewer, loading } = useViewer();
  const [params] = useSearchParams();
  const invitation = params.get("invitation");
  const invitationToken = invitation !== null && invitation.trim() !== "" ? invitation.trim() : null;
  const next = safeNext(params.get("next"));

  if (viewer !== null) return <Navigate to={next ?? homeFor(viewer.currentOrganization.kind)} replace />;

  return (
    <AuthLayout
      wide
      title={invitationToken === null ? "Create your account" : "Accept your invitation"}
      subtitle={
        invitationToken === null
          ? "Agencies buy job ad credits and share them with clients. Employers post their own jobs."
          : "Create your company's account to work with the agency that invited you."
      }
      below={
        <p className="auth-switch">
          Already have an account? <Link to={paths.logIn({ next: next ?? undefined })}>Sign in</Link>
        </p>
      }
    >
      {loading ? <Loading label="Checking your session…" /> : <SignUpForm invitationToken={invitationToken} />}
    </AuthLayout>
  );
}
