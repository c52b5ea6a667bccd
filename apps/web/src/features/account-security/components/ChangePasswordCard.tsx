import { PASSWORD_MIN_LENGTH } from "@app/domain";
import { useState, type FormEvent } from "react";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { TextInput } from "../../../ui/Field";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import { useFormFields } from "../../shared/hooks/use-form-fields";
import { useAccountSecurity } from "../hooks/use-account-security";

const FIELDS = ["currentPassword", "newPassword", "repeat"] as const;

/** A new password; every other browser signed in to the account is signed out. */
export function ChangePasswordCard() {
  const { changePassword, busy } = useAccountSecurity();
  const form = useFormFields(FIELDS, { currentPassword: "", newPassword: "", repeat: "" });
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    form.setProblem(null);
    const missing: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (form.values.currentPassword === "") missing.currentPassword = "Enter your current password.";
    if (form.values.newPassword === "") missing.newPassword = "Choose a new password.";
    else if (form.values.newPassword !== form.values.repeat) missing.repeat = "The two passwords are not the same.";
    form.setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    try {
      await changePassword(form.values.currentPassword, form.values.newPassword);
      form.setValues({ currentPassword: "", newPassword: "", repeat: "" });
      setDone(true);
    } catch (e) {
      form.fail(e);
    }
  }

  return (
    <Card title="Change password" description="Other browsers signed in to your account are signed out.">
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <FormProblemBanner problem={form.problem} />
        {done && <Banner tone="success">Your password is changed.</Banner>}
        <TextInput
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={form.values.currentPassword}
          onChange={form.set("currentPassword")}
          error={form.fieldErrors.currentPassword}
        />
        <TextInput
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          value={form.values.newPassword}
          onChange={form.set("newPassword")}
          error={form.fieldErrors.newPassword}
        />
        <TextInput
          label="New password again"
          type="password"
          autoComplete="new-password"
          value={form.values.repeat}
          onChange={form.set("repeat")}
          error={form.fieldErrors.repeat}
        />
        <div>
          <Button type="submit" variant="primary" loading={busy.password}>
            Change password
          </Button>
        </div>
      </form>
    </Card>
  );
}
