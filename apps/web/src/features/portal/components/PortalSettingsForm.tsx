import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { formProblem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { Field, TextArea, TextInput } from "../../../ui/Field";
import { Switch } from "../../../ui/Switch";
import { usePortalJobs } from "../hooks/use-portal-board";
import { useSavePortal } from "../hooks/use-my-portal";
import { DEFAULT_PORTAL_COLOR, isHexColour } from "../portal-colour";
import { PortalPreview, type PortalPreviewValues } from "./PortalPreview";
import { FormProblemBanner } from "../../shared/components/FormProblemBanner";
import type { FormProblem } from "../../shared/hooks/use-form-fields";

const FIELDS = ["slug", "title", "intro", "primaryColor", "logoUrl", "enabled"] as const;
type PortalField = (typeof FIELDS)[number];

export interface SavedPortal {
  slug: string;
  title: string;
  intro: string | null;
  primaryColor: string;
  logoUrl: string | null;
  enabled: boolean;
}

/** "Acme Recruiting Pty Ltd" -> "acme-recruiting-pty-ltd": a first suggestion for the address. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
}

export interface PortalSettingsFormProps {
  saved: SavedPortal | null;
  agencyName: string;
  boardPath: (slug: string) => string;
}

/** The portal's settings beside a live preview of the board; savePortal's field errors show inline. */
export function PortalSettingsForm({ saved, agencyName, boardPath }: PortalSettingsFormProps) {
  const { save, loading } = useSavePortal();
  const [values, setValues] = useState<PortalPreviewValues>(() => ({
    slug: saved?.slug ?? slugify(agencyName),
    title: saved?.title ?? `${agencyName} Jobs`,
    intro: saved?.intro ?? "",
    primaryColor: saved?.primaryColor ?? DEFAULT_PORTAL_COLOR,
    logoUrl: saved?.logoUrl ?? "",
    enabled: saved?.enabled ?? true,
  }));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<PortalField, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [savedNow, setSavedNow] = useState<SavedPortal | null>(null);
  const current = savedNow ?? saved;
  // The saved board's real jobs for the preview (none while it is switched off or unsaved).
  const { jobs } = usePortalJobs(current?.slug ?? "", "", "", { skip: current === null });

  const set = (field: "slug" | "title" | "intro" | "logoUrl" | "primaryColor") => (e: { target: { value: string } }) => {
    setSavedNow(null);
    setValues((v) => ({ ...v, [field]: e.target.value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setFieldErrors({});
    setSavedNow(null);
    try {
      const result = await save({
        slug: values.slug.trim(),
        title: values.title.trim(),
        intro: values.intro.trim() === "" ? null : values.intro.trim(),
        primaryColor: values.primaryColor.trim(),
        logoUrl: values.logoUrl.trim() === "" ? null : values.logoUrl.trim(),
        enabled: values.enabled,
      });
      setSavedNow(result);
    } catch (error) {
      const r = formProblem(error, FIELDS);
      setFieldErrors(r.fieldErrors);
      setProblem({ problem: r.problem, unplaced: r.unplaced });
    }
  }

  const colourValid = isHexColour(values.primaryColor.trim());
  return (
    <div className="portal-settings">
      <Card title="Settings" className="portal-settings-form">
        <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Job board settings">
          <FormProblemBanner problem={problem} />
          {savedNow !== null && (
            <Banner tone="success" title="Job board saved">
              {savedNow.enabled ? (
                <>
                  It's live at <Link to={boardPath(savedNow.slug)}>/p/{savedNow.slug}</Link>.
                </>
              ) : (
                "It's switched off: candidates can't see it until you switch it on."
              )}
            </Banner>
          )}
          <TextInput
            label="Address"
            name="slug"
            required
            autoCapitalize="none"
            spellCheck={false}
            hint={`Your board is at /p/${values.slug.trim() === "" ? "…" : values.slug.trim()}. Lowercase letters, numbers and hyphens.`}
            value={values.slug}
            onChange={set("slug")}
            error={fieldErrors.slug}
          />
          <TextInput label="Title" name="title" required value={values.title} onChange={set("title")} error={fieldErrors.title} />
          <TextArea
            label="Introduction (optional)"
            name="intro"
            rows={3}
            hint="A line or two under the title, e.g. who you place and where."
            value={values.intro}
            onChange={set("intro")}
            error={fieldErrors.intro}
          />
          <Field
            label="Brand colour"
            hint="Used for the header and buttons. A hex colour such as #5b21b6."
            error={fieldErrors.primaryColor}
          >
            {({ inputId, describedBy, invalid }) => (
              <div className="portal-colour">
                <input
                  type="color"
                  className="portal-colour-swatch"
                  aria-label="Pick the brand colour"
                  value={colourValid ? values.primaryColor.trim().toLowerCase() : DEFAULT_PORTAL_COLOR}
                  onChange={set("primaryColor")}
                />
                <input
                  id={inputId}
                  name="primaryColor"
                  className="input portal-colour-text"
                  spellCheck={false}
                  autoCapitalize="none"
                  maxLength={7}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  value={values.primaryColor}
                  onChange={set("primaryColor")}
                />
              </div>
            )}
          </Field>
          <TextInput
            label="Logo URL (optional)"
            name="logoUrl"
            type="url"
            inputMode="url"
            placeholder="https://…"
            hint="An https address of a square image. Without one, the title's initials are shown."
            value={values.logoUrl}
            onChange={set("logoUrl")}
            error={fieldErrors.logoUrl}
          />
          <Switch
            label="Job board on"
            description={
              values.enabled ? "Candidates can see your board and apply." : "Candidates see that the board is not available."
            }
            checked={values.enabled}
            onChange={(enabled) => {
              setSavedNow(null);
              setValues((v) => ({ ...v, enabled }));
            }}
          />
          <div className="form-actions wrap">
            <Button type="submit" variant="primary" loading={loading}>
              {saved === null && savedNow === null ? "Create job board" : "Save changes"}
            </Button>
            {current !== null && current.enabled && (
              <Link className="btn btn-secondary" to={boardPath(current.slug)} target="_blank" rel="noopener">
                Open your job board
              </Link>
            )}
          </div>
        </form>
      </Card>
      <div className="portal-settings-preview">
        <h2 className="portal-settings-preview-title">Live preview</h2>
        <PortalPreview values={values} jobs={jobs} />
      </div>
    </div>
  );
}
