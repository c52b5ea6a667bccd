import { useParams } from "react-router";
import { VerifyEmailResult } from "../../features/account-links/components/VerifyEmailResult";
import { AuthLayout } from "../layouts/AuthLayout";
import { paths } from "../paths";

/** /verify-email/:token — the link mailed at sign-up, or to a new address (changeEmail). */
export function VerifyEmail() {
  const { token = "" } = useParams();
  return (
    <AuthLayout title="Verify your email">
      <title>Verify your email · Job Ads</title>
      <VerifyEmailResult token={token} continuePath={paths.home()} />
    </AuthLayout>
  );
}
