import { Link, Navigate, useSearchParams } from "react-router";
import { LogInForm } from "../../features/session/components/LogInForm";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { Loading } from "../../ui/Spinner";
import { AuthLayout } from "../layouts/AuthLayout";
import { paths, safeNext } from "../paths";
import { viewerHome } from "../viewer-home";

export function LogIn() {
  const { viewer, loading } = useViewer();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));

  // Signing in writes the viewer into the cache, which lands here and moves on.
  if (viewer !== null) return <Navigate to={next ?? viewerHome(viewer)} replace />;

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back. Sign in to manage credits and job ads."
      below={
        <p className="auth-switch">
          <Link to={paths.forgotPassword()}>Forgot password?</Link>
          <br />
          New here? <Link to={paths.signUp({ next: next ?? undefined })}>Create an account</Link>
        </p>
      }
    >
      {loading ? <Loading label="Checking your session…" /> : <LogInForm />}
    </AuthLayout>
  );
}
