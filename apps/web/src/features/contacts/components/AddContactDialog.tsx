import type { FormEvent } from "react";
import { Link } from "react-router";
import { describeProblem } from "../../../apollo/error-messages";
import { Dialog, DialogForm } from "../../../ui/Dialog";
import { Select, TextInput } from "../../../ui/Field";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import { useFormFields } from "../../shared/hooks/use-form-fields";
import { useContactCompanyOptions, useCreateContact } from "../hooks/use-contacts";

const FIELDS = ["name", "email", "phone", "companyId"] as const;
type ContactField = (typeof FIELDS)[number];

export interface AddedContact {
  name: string;
  email: string;
  companyName: string | null;
}

/** Adds a person at one of the agency's client companies; they stay Not Registered until invited (R9). */
export function AddContactDialog({
  open,
  clientsPath,
  onClose,
  onAdded,
}: {
  open: boolean;
  /** Manage Clients, where a company becomes an active client. */
  clientsPath: string;
  onClose: () => void;
  onAdded: (added: AddedContact) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Add contact"
      description="Someone you deal with at a client company. Once added, you can invite them to your job board's client portal."
    >
      <AddContactForm clientsPath={clientsPath} onCancel={onClose} onAdded={onAdded} />
    </Dialog>
  );
}

function AddContactForm({
  clientsPath,
  onCancel,
  onAdded,
}: {
  clientsPath: string;
  onCancel: () => void;
  onAdded: (added: AddedContact) => void;
}) {
  const { create, loading } = useCreateContact();
  const companies = useContactCompanyOptions();
  const { values, fieldErrors, setFieldErrors, problem, setProblem, set, fail } = useFormFields(FIELDS, {
    name: "",
    email: "",
    phone: "",
    companyId: "",
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Record<ContactField, string>> = {};
    if (values.name.trim() === "") missing.name = "Enter the contact's name.";
    if (values.email.trim() === "") missing.email = "Enter the contact's email address.";
    setFieldErrors(missing);
    setProblem(null);
    if (Object.keys(missing).length > 0) return;
    try {
      const contact = await create({
        name: values.name.trim(),
        email: values.email.trim(),
        phone: values.phone.trim() === "" ? null : values.phone.trim(),
        companyId: values.companyId === "" ? null : values.companyId,
      });
      onAdded({ name: contact.name, email: contact.email, companyName: contact.company?.name ?? null });
    } catch (e) {
      fail(e);
    }
  }

  const noClients = !companies.loading && companies.error === undefined && companies.companies.length === 0;
  const companyOptions = companies.loading
    ? [{ value: "", label: "Loading your clients…" }]
    : [{ value: "", label: "No company" }, ...companies.companies.map((c) => ({ value: c.id, label: c.name }))];

  return (
    <DialogForm onSubmit={(e) => void submit(e)} onCancel={onCancel} busy={loading} submitLabel="Add contact">
      {/* A CONFLICT is the email already being one of the agency's contacts: said beside the field and above. */}
      <FormProblemBanner problem={problem} conflictTitle="Already one of your contacts" />
      <TextInput
        label="Name"
        name="name"
        autoComplete="off"
        required
        maxLength={200}
        value={values.name}
        onChange={set("name")}
        error={fieldErrors.name}
        data-autofocus
      />
      <TextInput
        label="Email"
        type="email"
        name="email"
        autoComplete="off"
        required
        hint="Their portal invitation goes to this address."
        value={values.email}
        onChange={set("email")}
        error={fieldErrors.email}
      />
      <TextInput
        label="Phone (optional)"
        type="tel"
        name="phone"
        autoComplete="off"
        maxLength={40}
        value={values.phone}
        onChange={set("phone")}
        error={fieldErrors.phone}
      />
      <Select
        label="Company (optional)"
        name="companyId"
        value={values.companyId}
        options={companyOptions}
        disabled={companies.loading}
        onChange={set("companyId")}
        error={fieldErrors.companyId}
        hint={
          companies.error !== undefined ? (
            `Couldn't load your clients: ${describeProblem(companies.error).message}`
          ) : noClients ? (
            <>
              You have no active clients yet. Invite a company in <Link to={clientsPath}>Manage Clients</Link>; only a contact at
              a client can be invited to the portal.
            </>
          ) : (
            "One of your active clients. Only a contact at a client can be invited to the portal."
          )
        }
      />
    </DialogForm>
  );
}
