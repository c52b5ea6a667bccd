import { useState, type FormEvent } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { TextInput } from "../../../ui/Field";
import { ProblemBanner } from "../../shared/components/ProblemBanner";
import { useRequestPasswordReset } from "../hooks/use-account-links";

/** Asks for a reset link. The answer is the same whatever the address, so it tells no one who has an account. */
export function ForgotPasswordForm() {
  const { request, loading } = useRequestPasswordReset();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const address = email.trim();
    if (address === "") {
      setError("Enter the email address you sign in with.");
      return;
    }
    setError(undefined);
    try {
      await request(address);
      setSentTo(address);
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  if (sentTo !== null)
    return (
      <Banner tone="success" title="Check your email">
        If {sentTo} has an account, we have mailed it a link to choose a new password. The link works once, for 20 minutes.
      </Banner>
    );

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      {problem !== null && <ProblemBanner problem={problem} />}
      <TextInput
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={error}
      />
      <Button type="submit" variant="primary" loading={loading} className="btn-block">
        Send reset link
      </Button>
    </form>
  );
}
