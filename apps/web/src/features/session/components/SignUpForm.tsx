import { useState, type FormEvent } from "react";
import { PASSWORD_MIN_LENGTH } from "@app/domain";
import { formProblem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { ChoiceGroup, TextInput } from "../../../ui/Field";
import type { OrganizationKind } from "../../../gql/graphql";
import { useSignUp } from "../hooks/use-sign-up";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import type { FormProblem } from "../../shared/hooks/use-form-fields";

const FIELDS = [
  "name",
  "email",
  "password",
  "organizationName",
  "organizationKind",
  "invitationToken",
  "agencyInvitationToken",
] as const;
type SignUpField = (typeof FIELDS)[number];

const KIND_OPTIONS = [
  {
    value: "SERVICE_PROVIDER",
    label: "Service provider (agency)",
    description: "A migration or recruitment agency: buy credits and advertise for clients.",
  },
  {
    value: "EMPLOYER",
    label: "Employer",
    description: "A company hiring for itself, or a client of an agency.",
  },
] as const satisfies readonly { value: OrganizationKind; label: string; description: string }[];

export interface SignUpFormProps {
  /** From an invitation link: the account must be an employer, and the invitation is accepted with it. */
  invitationToken: string | null;
  /** From an employer's invitation to an agency: the account must be a service provider, and the invitation is accepted with it. */
  agencyInvitationToken?: string | null;
  /** From the invitation: the address it was sent to and the company's name, editable. */
  initialValues?: { email?: string; organizationName?: string };
}

/** On success the new viewer lands in the cache; the sign-up page sees it and moves on. */
export function SignUpForm({ invitationToken, agencyInvitationToken = null, initialValues = {} }: SignUpFormProps) {
  const invited = invitationToken !== null || agencyInvitationToken !== null;
  const invitedKind: OrganizationKind = agencyInvitationToken !== null ? "SERVICE_PROVIDER" : "EMPLOYER";
  const { signUp, loading } = useSignUp();
  const [values, setValues] = useState({
    name: "",
    email: initialValues.email ?? "",
    password: "",
    organizationName: initialValues.organizationName ?? "",
  });
  const [kind, setKind] = useState<OrganizationKind>(invited ? invitedKind : "SERVICE_PROVIDER");
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<SignUpField, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const set = (field: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setFieldErrors({});
    try {
      await signUp({
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        organizationName: values.organizationName.trim(),
        organizationKind: invited ? invitedKind : kind,
        ...(invitationToken === null ? {} : { invitationToken }),
        ...(agencyInvitationToken === null ? {} : { agencyInvitationToken }),
      });
    } catch (error) {
      const result = formProblem(error, FIELDS);
      // An invitation problem has no field of its own on this form: it belongs in the banner.
      const { invitationToken: invitationMessage, agencyInvitationToken: agencyMessage, ...rest } = result.fieldErrors;
      setFieldErrors(rest);
      const extra = [invitationMessage, agencyMessage].filter((m) => m !== undefined);
      setProblem({ problem: result.problem, unplaced: [...result.unplaced, ...extra] });
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormProblemBanner problem={problem} />
      <TextInput
        label="Your name"
        name="name"
        autoComplete="name"
        required
        value={values.name}
        onChange={set("name")}
        error={fieldErrors.name}
        data-autofocus
      />
      <TextInput
        label="Work email"
        type="email"
        name="email"
        autoComplete="email"
        required
        value={values.email}
        onChange={set("email")}
        error={fieldErrors.email}
      />
      <TextInput
        label="Password"
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        value={values.password}
        onChange={set("password")}
        error={fieldErrors.password}
      />
      <TextInput
        label="Organization name"
        name="organizationName"
        autoComplete="organization"
        required
        value={values.organizationName}
        onChange={set("organizationName")}
        error={fieldErrors.organizationName}
      />
      {agencyInvitationToken !== null ? (
        <Banner tone="info" title="Service provider account">
          You were invited by a company to manage its job ads, so this account is for an agency. Signing up accepts the
          invitation.
        </Banner>
      ) : invitationToken === null ? (
        <ChoiceGroup
          legend="Account type"
          name="organizationKind"
          value={kind}
          onChange={setKind}
          options={KIND_OPTIONS}
          error={fieldErrors.organizationKind}
        />
      ) : (
        <Banner tone="info" title="Employer account">
          You were invited by an agency, so this account is for an employer. Signing up accepts the invitation.
        </Banner>
      )}
      <Button type="submit" variant="primary" loading={loading} className="btn-block">
        Create account
      </Button>
    </form>
  );
}
