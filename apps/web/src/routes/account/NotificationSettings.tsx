import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { describeProblem, formProblem, type Problem } from "../../apollo/error-messages";
import { NotificationPreferencesCard } from "../../features/notifications/components/NotificationPreferencesCard";
import { useNotificationPreferences } from "../../features/notifications/hooks/use-notifications";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { Banner } from "../../ui/Banner";
import { Button } from "../../ui/Button";
import { Card } from "../../ui/Card";
import { ErrorState } from "../../ui/ErrorState";
import { TextInput } from "../../ui/Field";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

/** Per kind of reminder, mail and/or in the app; and the organization's credit alert threshold. */
export function NotificationSettings() {
  const { viewer } = useViewer();
  const prefs = useNotificationPreferences();
  const [problem, setProblem] = useState<Problem | null>(null);
  if (prefs.loading) return <Loading fill label="Loading your choices…" />;
  if (prefs.error !== undefined) {
    const p = describeProblem(prefs.error);
    return <ErrorState title="Couldn't load your choices" message={p.message} requestId={p.requestId} onRetry={prefs.refetch} />;
  }
  // The threshold is the own organization's, set by its owners and admins from their own account.
  const role = viewer?.memberships.find((m) => m.organization.id === viewer.currentOrganization.id)?.role;
  const manager = viewer?.accessingClient === null && (role === "OWNER" || role === "ADMIN");
  return (
    <div className="stack">
      <title>Notification settings</title>
      <p className="back-link">
        <Link to={paths.notifications()}>← Notifications</Link>
      </p>
      <PageHeader
        title="Notification settings"
        description="Every mail has a link to stop that kind of mail; here you choose for all of them."
      />
      {problem !== null && (
        <Banner tone="danger" title={problem.title} onDismiss={() => setProblem(null)}>
          {problem.message}
        </Banner>
      )}
      <NotificationPreferencesCard
        preferences={prefs.preferences}
        busy={prefs.setting}
        onChange={async (kind, channels) => {
          setProblem(null);
          try {
            await prefs.setPreference(kind, channels);
          } catch (e) {
            setProblem(describeProblem(e));
            throw e;
          }
        }}
      />
      <ThresholdCard
        key={prefs.creditAlertThreshold ?? "none"}
        threshold={prefs.creditAlertThreshold}
        canChange={manager}
        saving={prefs.savingThreshold}
        onSave={prefs.setThreshold}
      />
    </div>
  );
}

function ThresholdCard({
  threshold,
  canChange,
  saving,
  onSave,
}: {
  threshold: number | null;
  canChange: boolean;
  saving: boolean;
  onSave: (threshold: number | null) => Promise<void>;
}) {
  const [value, setValue] = useState(threshold === null ? "" : String(threshold));
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    const text = value.trim();
    try {
      await onSave(text === "" ? null : Number(text));
      setSaved(true);
    } catch (e) {
      const result = formProblem(e, ["threshold"] as const);
      setError(result.fieldErrors.threshold ?? result.problem.message);
    }
  }

  return (
    <Card
      title="Credit alert"
      description="Your organization's people are reminded when its credit balance falls under this number."
    >
      <form className="form" onSubmit={(e) => void save(e)} noValidate aria-label="Credit alert">
        <div className="form-row">
          <TextInput
            label="Remind when credits fall under"
            name="threshold"
            inputMode="numeric"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setSaved(false);
            }}
            error={error}
            disabled={!canChange}
            hint={canChange ? "Leave it empty for no credit alert." : "Owners and admins set this."}
          />
        </div>
        {canChange && (
          <div className="form-actions">
            <Button type="submit" variant="secondary" loading={saving}>
              Save alert
            </Button>
            {saved && (
              <span className="muted" role="status">
                Saved.
              </span>
            )}
          </div>
        )}
      </form>
    </Card>
  );
}
