import { useState, type FormEvent } from "react";
import type { CompanyDetails_OrganizationFragment } from "../../../gql/graphql";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { TextArea, TextInput } from "../../../ui/Field";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import { useFormFields } from "../../shared/hooks/use-form-fields";
import { useUpdateCompanyDetails } from "../hooks/use-company-details";

const FIELDS = ["name", "phone", "website", "address"] as const;
type CompanyField = (typeof FIELDS)[number];
type Values = Record<CompanyField, string>;

function valuesOf(company: CompanyDetails_OrganizationFragment): Values {
  return { name: company.name, phone: company.phone ?? "", website: company.website ?? "", address: company.address ?? "" };
}

const optional = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** The company's name and contact details, as its agency and candidates see them (R9). */
export function CompanyDetailsForm({ company }: { company: CompanyDetails_OrganizationFragment }) {
  const { save, loading } = useUpdateCompanyDetails();
  const {
    values,
    setValues,
    fieldErrors,
    setFieldErrors,
    problem,
    setProblem,
    set: setValue,
    fail,
  } = useFormFields(FIELDS, () => valuesOf(company));
  const [saved, setSaved] = useState(false);

  const set = (field: CompanyField) => (e: { target: { value: string } }) => {
    setSaved(false);
    setValue(field)(e);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setProblem(null);
    setSaved(false);
    try {
      const updated = await save({
        name: values.name.trim(),
        phone: optional(values.phone),
        website: optional(values.website),
        address: optional(values.address),
      });
      setFieldErrors({});
      setValues(valuesOf(updated));
      setSaved(true);
    } catch (error) {
      const errors = fail(error);
      const first = FIELDS.find((f) => errors[f] !== undefined);
      if (first !== undefined) form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    }
  }

  return (
    <form className="form contact-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Company details">
      {saved && (
        <Banner tone="success" title="Company details saved" onDismiss={() => setSaved(false)}>
          Your agency sees the new details straight away.
        </Banner>
      )}
      <FormProblemBanner problem={problem} />
      <TextInput
        label="Company name"
        name="name"
        required
        autoComplete="organization"
        maxLength={160}
        value={values.name}
        onChange={set("name")}
        error={fieldErrors.name}
      />
      <TextInput
        label="Phone"
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={40}
        value={values.phone}
        onChange={set("phone")}
        error={fieldErrors.phone}
      />
      <TextInput
        label="Website"
        name="website"
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://"
        value={values.website}
        onChange={set("website")}
        error={fieldErrors.website}
      />
      <TextArea
        label="Address"
        name="address"
        rows={3}
        autoComplete="street-address"
        value={values.address}
        onChange={set("address")}
        error={fieldErrors.address}
      />
      <Button type="submit" variant="primary" className="btn-block portal-btn" loading={loading}>
        Save details
      </Button>
    </form>
  );
}
