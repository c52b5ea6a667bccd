import { useState, type FormEvent } from "react";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { TextInput } from "../../../ui/Field";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import { useFormFields } from "../../shared/hooks/use-form-fields";
import { useAccountSecurity } from "../hooks/use-account-security";

const FIELDS = ["newEmail", "currentPassword"] as const;

/** A new address becomes the account's only when the link mailed to it is followed. */
export function ChangeEmailCard({ email, pendingEmail }: { email: string; pendingEmail: string | null }) {
  const { changeEmail, busy } = useAccountSecurity();
  const form = useFormFields(FIELDS, { newEmail: "", currentPassword: "" });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const waiting = sentTo ?? pendingEmail;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.setProblem(null);
    const missing: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (form.values.newEmail.trim() === "") missing.newEmail = "Enter the new email address.";
    if (form.values.currentPassword === "") missing.currentPassword = "Enter your current password.";
    form.setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      setSentTo(await changeEmail(form.values.newEmail.trim(), form.values.currentPassword));
      form.setValues({ newEmail: "", currentPassword: "" });
    } catch (e) {
      form.fail(e);
    }
  }

  return (
    <Card title="Change email" description={`You sign in as ${email}.`}>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormProblemBanner problem={form.problem} conflictTitle="That address is taken" />
        {waiting !== null && (
          <Banner tone="info" title="Waiting for the link">
            We mailed a link to {waiting}. Your address changes when you follow it; until then you sign in as {email}.
          </Banner>
        )}
        <TextInput
          label="New email"
          type="email"
          autoComplete="email"
          value={form.values.newEmail}
          onChange={form.set("newEmail")}
          error={form.fieldErrors.newEmail}
        />
        <TextInput
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={form.values.currentPassword}
          onChange={form.set("currentPassword")}
          error={form.fieldErrors.currentPassword}
        />
        <div>
          <Button type="submit" variant="primary" loading={busy.email}>
            Send link to new address
          </Button>
        </div>
      </form>
    </Card>
  );
}
