import type { FormEvent } from "react";
import { Dialog, DialogForm } from "../../../ui/Dialog";
import { TextArea, TextInput } from "../../../ui/Field";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import { useFormFields } from "../../shared/hooks/use-form-fields";
import { useInviteClient } from "../hooks/use-clients";

const FIELDS = ["companyName", "email", "contactName", "message"] as const;
type InviteField = (typeof FIELDS)[number];

export interface InvitedClient {
  companyName: string;
  email: string;
}

/** Invites a company by email: a PENDING connection whose link the company accepts (R6). */
export function InviteClientDialog({
  open,
  onClose,
  onInvited,
}: {
  open: boolean;
  onClose: () => void;
  onInvited: (invited: InvitedClient) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Invite company"
      description="We email the company a link. Once they accept, you can access their account and post job ads for them."
    >
      <InviteForm onCancel={onClose} onInvited={onInvited} />
    </Dialog>
  );
}

function InviteForm({ onCancel, onInvited }: { onCancel: () => void; onInvited: (invited: InvitedClient) => void }) {
  const { invite, loading } = useInviteClient();
  const { values, fieldErrors, setFieldErrors, problem, setProblem, set, fail } = useFormFields(FIELDS, {
    companyName: "",
    email: "",
    contactName: "",
    message: "",
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Record<InviteField, string>> = {};
    if (values.companyName.trim() === "") missing.companyName = "Enter the company's name.";
    if (values.email.trim() === "") missing.email = "Enter the email address to send the invitation to.";
    setFieldErrors(missing);
    setProblem(null);
    if (Object.keys(missing).length > 0) return;
    try {
      const connection = await invite({
        companyName: values.companyName.trim(),
        email: values.email.trim(),
        contactName: values.contactName.trim() === "" ? null : values.contactName.trim(),
        message: values.message.trim() === "" ? null : values.message.trim(),
      });
      onInvited({ companyName: connection.invitedCompanyName, email: connection.invitedEmail });
    } catch (e) {
      fail(e);
    }
  }

  return (
    <DialogForm onSubmit={(e) => void submit(e)} onCancel={onCancel} busy={loading} submitLabel="Send invitation">
      {/* A CONFLICT names the field it is about, and says so in the banner too, so it cannot be missed. */}
      <FormProblemBanner problem={problem} conflictTitle="Already invited or connected" />
      <TextInput
        label="Company name"
        name="companyName"
        autoComplete="organization"
        required
        maxLength={160}
        value={values.companyName}
        onChange={set("companyName")}
        error={fieldErrors.companyName}
        data-autofocus
      />
      <TextInput
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        required
        hint="The invitation link goes to this address."
        value={values.email}
        onChange={set("email")}
        error={fieldErrors.email}
      />
      <TextInput
        label="Contact name (optional)"
        name="contactName"
        autoComplete="name"
        maxLength={120}
        value={values.contactName}
        onChange={set("contactName")}
        error={fieldErrors.contactName}
      />
      <TextArea
        label="Message (optional)"
        name="message"
        maxLength={2000}
        rows={3}
        hint="Added to the invitation email."
        value={values.message}
        onChange={set("message")}
        error={fieldErrors.message}
      />
    </DialogForm>
  );
}
