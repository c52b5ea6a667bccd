import { describeProblem } from "../../../apollo/error-messages";
import { Badge } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { Money } from "../../../ui/Money";
import { Loading } from "../../../ui/Spinner";
import { Table, type Column } from "../../../ui/Table";
import { useInvoices, type InvoiceRow } from "../hooks/use-invoices";

const COLUMNS: readonly Column<InvoiceRow>[] = [
  { key: "date", header: "Date", label: "Date", cell: (i) => <DateTime value={i.issuedAt} /> },
  {
    key: "number",
    header: "Number",
    label: "Number",
    cell: (i) => (
      <span className="cell-stack">
        <code className="nowrap">{i.number}</code>
        {i.kind === "ADJUSTMENT_NOTE" ? <Badge tone="info">Adjustment note</Badge> : <Badge tone="neutral">Tax invoice</Badge>}
      </span>
    ),
  },
  {
    key: "for",
    header: "For",
    label: "For",
    cell: (i) => (
      <span className="cell-stack">
        <span>{i.description}</span>
        {i.adjusts != null && <span className="muted">Adjusts {i.adjusts.number}</span>}
      </span>
    ),
  },
  {
    key: "amount",
    header: "Amount (incl. GST)",
    label: "Amount (incl. GST)",
    align: "end",
    cell: (i) => (
      <span className="cell-stack">
        <Money cents={i.kind === "ADJUSTMENT_NOTE" ? -i.amountCents : i.amountCents} currency={i.currency} />
        <span className="muted">
          GST <Money cents={i.gstCents} currency={i.currency} />
        </span>
      </span>
    ),
  },
  {
    key: "pdf",
    header: "PDF",
    label: "PDF",
    cell: (i) => (
      <a href={i.pdfUrl} download={`${i.number}.pdf`} className="receipt-link">
        Download PDF<span className="visually-hidden"> {i.number}</span>
      </a>
    ),
  },
];

/** R12: every tax invoice and adjustment note, newest first, each with its PDF. */
export function InvoicesTable() {
  const { invoices, loading, error, refetch } = useInvoices();
  let content;
  if (loading) content = <Loading label="Loading invoices…" />;
  else if (error !== undefined) {
    const p = describeProblem(error);
    content = <ErrorState title="Couldn't load the invoices" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  } else if (invoices.length === 0)
    content = (
      <EmptyState title="No invoices yet">
        Every payment (credits, plans, renewals and job ads paid by card) gets a tax invoice here.
      </EmptyState>
    );
  else content = <Table caption="Tax invoices and adjustment notes" columns={COLUMNS} rows={invoices} rowKey={(i) => i.id} />;
  return (
    <Card
      title="Tax invoices"
      description="A tax invoice for every payment, and an adjustment note for every refund. Amounts include 10% GST."
      className="card-flush"
    >
      {content}
    </Card>
  );
}
