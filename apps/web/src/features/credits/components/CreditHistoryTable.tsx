import { graphql } from "../../../gql";
import type { CreditEntryKind, CreditHistoryTable_EntryFragment } from "../../../gql/graphql";
import { describeProblem } from "../../../apollo/error-messages";
import { Badge, type BadgeTone } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Table, type Column } from "../../../ui/Table";
import { useCreditHistory } from "../hooks/use-credit-history";
import { loadMoreFooter } from "../../shared/components/LoadMoreFooter";
import { Link } from "react-router";

export const CreditHistoryTableFragment = graphql(`
  fragment CreditHistoryTable_entry on CreditEntry {
    id
    kind
    amount
    balanceAfter
    createdAt
    actor {
      id
      name
    }
    client {
      id
      name
    }
    job {
      id
      title
      status
    }
  }
`);

const KIND_LABELS = {
  PURCHASE: { label: "Purchase", tone: "success" },
  PLAN_GRANT: { label: "Plan credits", tone: "info" },
  PUBLISH: { label: "Job ad published", tone: "neutral" },
  REFUND: { label: "Refund", tone: "info" },
  EXPIRY: { label: "Expired", tone: "warning" },
  ADJUSTMENT: { label: "Adjustment", tone: "neutral" },
} satisfies Record<CreditEntryKind, { label: string; tone: BadgeTone }>;

type Entry = CreditHistoryTable_EntryFragment;

/** Where a spend's job ad opens, if the viewer can open it there. */
export type JobHref = (job: { id: string; status: string }) => string | null;

const columns = (jobHref: JobHref | undefined): readonly Column<Entry>[] => [
  { key: "date", header: "Date", label: "Date", cell: (e) => <DateTime value={e.createdAt} /> },
  {
    key: "kind",
    header: "Kind",
    label: "Kind",
    cell: (e) => <Badge tone={KIND_LABELS[e.kind].tone}>{KIND_LABELS[e.kind].label}</Badge>,
  },
  {
    key: "amount",
    header: "Amount",
    label: "Amount",
    align: "end",
    cell: (e) => (
      <span className={e.amount > 0 ? "num amount-in" : "num amount-out"}>
        {e.amount > 0 ? `+${e.amount}` : `−${Math.abs(e.amount)}`}
      </span>
    ),
  },
  {
    key: "balance",
    header: "Balance after",
    label: "Balance after",
    align: "end",
    cell: (e) => <span className="num">{e.balanceAfter}</span>,
  },
  {
    key: "for",
    header: "For",
    label: "For",
    cell: (e) => {
      if (e.job == null) return <span className="muted">—</span>;
      const href = jobHref?.(e.job) ?? null;
      return (
        <span className="cell-stack">
          {e.client != null && <span className="strong">{e.client.name}</span>}
          {href === null ? <span>{e.job.title}</span> : <Link to={href}>{e.job.title}</Link>}
        </span>
      );
    },
  },
  {
    key: "by",
    header: "By",
    label: "By",
    cell: (e) => e.actor?.name ?? <span className="muted">System</span>,
  },
];

/**
 * Every change of the balance, newest first: the ledger (R3) as people read it. A spend names the
 * client and the job ad it paid for (linked where the viewer can open it) and who published it.
 */
export function CreditHistoryTable({ jobHref }: { jobHref?: JobHref } = {}) {
  const { entries, hasNextPage, loading, error, refetch, loadMore, loadingMore, loadMoreError } = useCreditHistory();

  let content;
  if (loading) content = <Loading label="Loading credit history…" />;
  else if (error !== undefined) {
    const p = describeProblem(error);
    content = (
      <ErrorState title="Couldn't load the credit history" message={p.message} requestId={p.requestId} onRetry={refetch} />
    );
  } else if (entries.length === 0) {
    content = (
      <EmptyState icon="card" title="No credit activity yet">
        Purchases, job ads paid with credits and expiries will be listed here.
      </EmptyState>
    );
  } else {
    content = (
      <Table
        caption="Credit history"
        columns={columns(jobHref)}
        rows={entries}
        rowKey={(e) => e.id}
        footer={loadMoreFooter({ hasNextPage, loadingMore, loadMoreError, loadMore })}
      />
    );
  }

  return (
    <Card title="Credit history" description="Every credit added or used, newest first." className="card-flush">
      {content}
    </Card>
  );
}
