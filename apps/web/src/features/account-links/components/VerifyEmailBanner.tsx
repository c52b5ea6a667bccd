import { useState } from "react";
import { describeProblem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { useResendVerificationEmail } from "../hooks/use-account-links";

/** On every signed-in page of an unverified account (R13): what waits for the link, and a new one. */
export function VerifyEmailBanner({ email }: { email: string }) {
  const { resend, loading } = useResendVerificationEmail();
  const [said, setSaid] = useState<string | null>(null);
  async function again() {
    try {
      await resend();
      setSaid(`We mailed a new link to ${email}.`);
    } catch (e) {
      setSaid(describeProblem(e).message);
    }
  }
  return (
    <div className="arrival-notice" data-testid="verify-email-banner">
      <Banner
        tone="warning"
        title="Verify your email to buy, publish or invite"
        actions={
          <Button size="sm" loading={loading} onClick={() => void again()}>
            Send again
          </Button>
        }
      >
        {said ?? `Follow the link we mailed to ${email}.`}
      </Banner>
    </div>
  );
}
