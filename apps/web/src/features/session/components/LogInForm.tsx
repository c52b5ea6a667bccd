import { useState, type FormEvent } from "react";
import { formProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { TextInput } from "../../../ui/Field";
import { useLogIn } from "../hooks/use-log-in";

const FIELDS = ["email", "password"] as const;
type LogInField = (typeof FIELDS)[number];

/** On success the viewer lands in the cache; the sign-in page sees it and moves on. */
export function LogInForm() {
  const { logIn, loading } = useLogIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<LogInField, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    // What is missing is said beside its field, before anything is sent: the server's "not right"
    // would be wrong advice for an empty form.
    const missing: Partial<Record<LogInField, string>> = {};
    if (email.trim() === "") missing.email = "Enter your email address.";
    if (password === "") missing.password = "Enter your password.";
    setFieldErrors(missing);
    const first = FIELDS.find((f) => missing[f] !== undefined);
    if (first !== undefined) {
      (event.currentTarget.elements.namedItem(first) as HTMLInputElement | null)?.focus();
      return;
    }
    try {
      await logIn(email.trim(), password);
    } catch (error) {
      const result = formProblem(error, FIELDS);
      setFieldErrors(result.fieldErrors);
      setProblem(result.problem);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {problem !== null && (
        <Banner tone="danger" title={problem.code === "UNAUTHENTICATED" ? "We couldn't sign you in" : problem.title}>
          {problem.message}
        </Banner>
      )}
      <TextInput
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email}
        data-autofocus
      />
      <TextInput
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
      />
      <Button type="submit" variant="primary" loading={loading} className="btn-block">
        Sign in
      </Button>
    </form>
  );
}
