import { useParams } from "react-router";
import { ResetPasswordForm } from "../../features/account-links/components/ResetPasswordForm";
import { AuthLayout } from "../layouts/AuthLayout";
import { paths } from "../paths";

/** /reset-password/:token — the link in a password reset email. */
export function ResetPassword() {
  const { token = "" } = useParams();
  return (
    <AuthLayout title="Choose a new password" subtitle="Type it twice, so a typing slip does not lock you out.">
      <title>Choose a new password · Job Ads</title>
      <ResetPasswordForm token={token} logInPath={paths.logIn()} forgotPath={paths.forgotPassword()} />
    </AuthLayout>
  );
}
