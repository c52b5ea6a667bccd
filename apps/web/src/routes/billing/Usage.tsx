import { Link, useSearchParams } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { useUsage, type ClientUsage } from "../../features/invoices/hooks/use-usage";
import { Card } from "../../ui/Card";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { TextInput } from "../../ui/Field";
import { Money } from "../../ui/Money";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { Table, type Column } from "../../ui/Table";
import { paths } from "../paths";

type Line = ClientUsage["lines"][number];

const COLUMNS: readonly Column<Line>[] = [
  { key: "day", header: "Date", label: "Date", cell: (l) => <span className="nowrap">{l.day}</span> },
  { key: "ad", header: "Job ad", label: "Job ad", cell: (l) => l.jobTitle },
  {
    key: "by",
    header: "Published by",
    label: "Published by",
    cell: (l) => l.publishedByName ?? <span className="muted">—</span>,
  },
  { key: "credits", header: "Credits", label: "Credits", align: "end", cell: (l) => <span className="num">{l.credits}</span> },
  { key: "value", header: "Value", label: "Value", align: "end", cell: (l) => <Money cents={l.valueCents} /> },
];

function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/**
 * Billing → Usage by client: what the organization's credits paid for in a month, per client, at
 * what the credits cost, to bill each client; the month as CSV and each client's statement as PDF.
 */
export function Usage() {
  const [params, setParams] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(params.get("month") ?? "") ? params.get("month")! : thisMonth();
  const { usage, loading, error, refetch } = useUsage(month);

  let content;
  if (loading) content = <Loading label="Loading usage…" />;
  else if (error !== undefined || usage === null) {
    const p = error === undefined ? null : describeProblem(error);
    content = <ErrorState title="Couldn't load usage" message={p?.message ?? ""} requestId={p?.requestId} onRetry={refetch} />;
  } else if (usage.clients.length === 0)
    content = (
      <Card>
        <EmptyState title={`No credits used in ${month}`}>Job ads paid with your credits are listed here by client.</EmptyState>
      </Card>
    );
  else
    content = (
      <>
        <Card
          title={`${usage.month}: ${usage.ads} job ad${usage.ads === 1 ? "" : "s"}`}
          description={
            <>
              {usage.credits} credit{usage.credits === 1 ? "" : "s"} worth <Money cents={usage.valueCents} /> at what you paid for
              them (incl. GST), across {usage.clients.length} client{usage.clients.length === 1 ? "" : "s"}.
            </>
          }
          actions={
            <a className="btn btn-secondary" href={usage.csvUrl} download={`usage-${usage.month}.csv`}>
              Download CSV
            </a>
          }
        />
        {usage.clients.map((c) => (
          <Card
            key={c.clientId}
            title={c.clientName}
            description={
              <>
                {c.ads} job ad{c.ads === 1 ? "" : "s"} · {c.credits} credit{c.credits === 1 ? "" : "s"} ·{" "}
                <Money cents={c.valueCents} />
              </>
            }
            actions={
              <a className="btn btn-secondary" href={c.statementUrl} download>
                Statement (PDF)<span className="visually-hidden"> for {c.clientName}</span>
              </a>
            }
            className="card-flush"
          >
            <Table
              caption={`${c.clientName}: job ads in ${usage.month}`}
              columns={COLUMNS}
              rows={c.lines}
              rowKey={(l) => l.entryId}
            />
          </Card>
        ))}
      </>
    );

  return (
    <div className="stack">
      <title>Usage by client</title>
      <PageHeader
        eyebrow="Billing"
        title="Usage by client"
        description="The job ads your credits paid for, per client, valued at the price you paid for those credits."
        actions={
          <Link className="btn btn-secondary" to={paths.billing()}>
            Billing
          </Link>
        }
      />
      <form className="usage-month" onSubmit={(e) => e.preventDefault()}>
        <TextInput
          label="Month"
          type="month"
          name="month"
          value={month}
          onChange={(e) => {
            if (/^\d{4}-\d{2}$/.test(e.target.value)) setParams({ month: e.target.value }, { replace: true });
          }}
        />
      </form>
      {content}
    </div>
  );
}
