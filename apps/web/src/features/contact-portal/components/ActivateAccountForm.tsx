import { useState, type FormEvent } from "react";
import { formProblem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { TextInput } from "../../../ui/Field";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import type { FormProblem } from "../../shared/hooks/use-form-fields";
import type { SessionViewer } from "../../session/hooks/use-viewer";
import { useActivatePortalAccount, type PortalInvitation } from "../hooks/use-portal-activation";

export interface ActivateAccountFormProps {
  token: string;
  invitation: PortalInvitation;
  onActivated: (viewer: SessionViewer) => void;
  /** The link stopped working between showing the form and sending it (used elsewhere, expired). */
  onLinkUnusable: (message: string) => void;
}

/**
 * One password (R9): a new one for a new account, or, when the email already has an account,
 * that account's password, which adds the portal to it.
 */
export function ActivateAccountForm({ token, invitation, onActivated, onLinkUnusable }: ActivateAccountFormProps) {
  const { activate, loading } = useActivatePortalAccount();
  const [password, setPassword] = useState("");
  const [passwordError, setPasswordError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const existing = invitation.accountExists;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    setPasswordError(undefined);
    if (password === "") {
      setPasswordError(existing ? "Enter your password." : "Choose a password.");
      form.querySelector<HTMLElement>('[name="password"]')?.focus();
      return;
    }
    try {
      onActivated(await activate(token, password));
    } catch (error) {
      const result = formProblem(error, ["password"] as const);
      if (result.problem.code === "NOT_FOUND") {
        onLinkUnusable(result.problem.message);
        return;
      }
      setPasswordError(result.fieldErrors.password);
      if (result.fieldErrors.password !== undefined) form.querySelector<HTMLElement>('[name="password"]')?.focus();
      else setProblem({ problem: result.problem, unplaced: result.unplaced });
    }
  }

  return (
    <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Activate your portal account">
      <FormProblemBanner problem={problem} />
      {/* For password managers: the account the password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
      <TextInput
        label={existing ? "Your existing password" : "Choose a password"}
        type="password"
        name="password"
        autoComplete={existing ? "current-password" : "new-password"}
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={passwordError}
        hint={
          existing
            ? `${invitation.email} already has an account: sign in with its password to add this portal to it.`
            : "At least 10 characters. A few words you'll remember work well."
        }
        data-autofocus
      />
      <Button type="submit" variant="primary" className="btn-block portal-btn" loading={loading}>
        Activate account
      </Button>
    </form>
  );
}
