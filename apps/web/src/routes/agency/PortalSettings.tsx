import { describeProblem } from "../../apollo/error-messages";
import { PortalSettingsForm } from "../../features/portal/components/PortalSettingsForm";
import { useMyPortal } from "../../features/portal/hooks/use-my-portal";
import "../../features/portal/portal.css";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

/** /agency/portal — the agency's public job board: address, title, intro, colour, logo, on/off. */
export function PortalSettings() {
  const { viewer } = useViewer();
  const { portal, loading, error, refetch } = useMyPortal();
  const agencyName = viewer?.currentOrganization.name ?? "";

  if (loading) return <Loading fill label="Loading your job board…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load your job board" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  return (
    <div className="stack">
      <title>{`Job board · ${agencyName}`}</title>
      <PageHeader
        eyebrow={agencyName}
        title="Job board"
        description="Your public page of open jobs, yours and your clients'. Candidates apply with their CV; you and your clients work the applications on each job."
      />
      <PortalSettingsForm saved={portal} agencyName={agencyName} boardPath={(slug) => paths.portalBoard(slug)} />
    </div>
  );
}
