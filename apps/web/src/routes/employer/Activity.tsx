import { ActivityLog } from "../../features/activity/components/ActivityLog";
import { useViewer } from "../../features/session/hooks/use-viewer";
import { PageHeader } from "../../ui/PageHeader";

/** The employer's audit log, including what agencies did while working in the account (R7). */
export function Activity() {
  const { viewer } = useViewer();
  const name = viewer?.currentOrganization.name ?? "";
  return (
    <div className="stack">
      <title>{`Activity · ${name}`}</title>
      <PageHeader eyebrow={name} title="Activity" description="Who changed what in your account, and when." />
      <ActivityLog />
    </div>
  );
}
