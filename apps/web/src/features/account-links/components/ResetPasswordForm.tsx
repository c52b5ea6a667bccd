import { PASSWORD_MIN_LENGTH } from "@app/domain";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { describeProblem, formProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { TextInput } from "../../../ui/Field";
import { ProblemBanner } from "../../shared/components/ProblemBanner";
import { useResetPassword } from "../hooks/use-account-links";
import { accountLinkProblem } from "./account-link-problem";

/** The mailed reset link: a new password twice; then the person signs in with it (every session was ended). */
export function ResetPasswordForm({ token, logInPath, forgotPath }: { token: string; logInPath: string; forgotPath: string }) {
  const { reset, loading } = useResetPassword();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const next: { password?: string; repeat?: string } = {};
    if (password === "") next.password = "Choose a new password.";
    else if (password !== repeat) next.repeat = "The two passwords are not the same.";
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      await reset(token, password);
      setDone(true);
    } catch (e) {
      const { fieldErrors } = formProblem(e, ["newPassword"] as const);
      if (fieldErrors.newPassword !== undefined) setErrors({ password: fieldErrors.newPassword });
      else setProblem(describeProblem(e));
    }
  }

  if (done)
    return (
      <Banner tone="success" title="Your password is changed">
        Every browser signed in to your account was signed out. <Link to={logInPath}>Sign in with your new password</Link>.
      </Banner>
    );

  const link = problem === null ? null : accountLinkProblem(problem, "reset");
  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)}>
      {link !== null ? (
        <Banner tone="warning" title={link.title}>
          {link.message} <Link to={forgotPath}>Ask for a new link</Link>.
        </Banner>
      ) : (
        problem !== null && <ProblemBanner problem={problem} />
      )}
      <TextInput
        label="New password"
        type="password"
        name="new-password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
      />
      <TextInput
        label="New password again"
        type="password"
        name="repeat-password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        error={errors.repeat}
      />
      <Button type="submit" variant="primary" loading={loading} className="btn-block">
        Set new password
      </Button>
    </form>
  );
}
