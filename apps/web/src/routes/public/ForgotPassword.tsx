import { Link } from "react-router";
import { ForgotPasswordForm } from "../../features/account-links/components/ForgotPasswordForm";
import { AuthLayout } from "../layouts/AuthLayout";
import { paths } from "../paths";

/** /forgot-password — from "Forgot password?" on the sign-in page. */
export function ForgotPassword() {
  return (
    <AuthLayout
      title="Forgot your password?"
      subtitle="Enter the address you sign in with and we will mail you a link to choose a new one."
      below={
        <p className="auth-switch">
          Remembered it? <Link to={paths.logIn()}>Sign in</Link>
        </p>
      }
    >
      <title>Forgot password · Job Ads</title>
      <ForgotPasswordForm />
    </AuthLayout>
  );
}
