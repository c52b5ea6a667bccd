import { graphql } from "../../../gql";
import type { ActivityLog_EventFragment } from "../../../gql/graphql";
import { describeProblem } from "../../../apollo/error-messages";
import { Badge } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Table, type Column } from "../../../ui/Table";
import { useAuditEvents } from "../hooks/use-audit-events";
import { loadMoreFooter } from "../../shared/components/LoadMoreFooter";

export const ActivityLogFragment = graphql(`
  fragment ActivityLog_event on AuditEvent {
    id
    at
    action
    summary
    actor {
      id
      name
    }
    actingServiceProvider {
      id
      name
    }
  }
`);

type Event = ActivityLog_EventFragment;

const COLUMNS: readonly Column<Event>[] = [
  { key: "when", header: "When", label: "When", cell: (e) => <DateTime value={e.at} /> },
  { key: "what", header: "What", label: "What", cell: (e) => <span className="activity-summary">{e.summary}</span> },
  {
    key: "who",
    header: "Who",
    label: "Who",
    cell: (e) => (
      <span className="cell-stack cell-stack-end-sm">
        <span>{e.actor?.name ?? <span className="muted">System</span>}</span>
        {e.actingServiceProvider !== null && <Badge tone="shared">via {e.actingServiceProvider.name}</Badge>}
      </span>
    ),
  },
];

/** The audit log as people read it: what changed in this account, when, and by whom (R7). */
export function ActivityLog() {
  const { events, hasNextPage, loading, error, refetch, loadMore, loadingMore, loadMoreError } = useAuditEvents();

  let content;
  if (loading) content = <Loading label="Loading activity…" />;
  else if (error !== undefined) {
    const p = describeProblem(error);
    content = <ErrorState title="Couldn't load the activity" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  } else if (events.length === 0) {
    content = (
      <EmptyState icon="clock" title="No activity yet">
        Job ads created, edited and published, and agencies connecting, are recorded here.
      </EmptyState>
    );
  } else {
    content = (
      <Table
        caption="Activity"
        columns={COLUMNS}
        rows={events}
        rowKey={(e) => e.id}
        footer={loadMoreFooter({ hasNextPage, loadingMore, loadMoreError, loadMore })}
      />
    );
  }

  return (
    <Card
      title="Activity"
      description="Every change made in this account, newest first. Changes an agency made while working in your account name the agency."
      className="card-flush"
    >
      {content}
    </Card>
  );
}
