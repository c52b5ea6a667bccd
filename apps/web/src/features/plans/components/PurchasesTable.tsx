import { Badge } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";
import { DateTime } from "../../../ui/DateTime";
import { EmptyState } from "../../../ui/EmptyState";
import { Money } from "../../../ui/Money";
import { Table, type Column } from "../../../ui/Table";
import type { BillingPurchase } from "../hooks/use-billing";

const COLUMNS: readonly Column<BillingPurchase>[] = [
  { key: "date", header: "Date", label: "Date", cell: (p) => <DateTime value={p.createdAt} /> },
  { key: "plan", header: "Plan", label: "Plan", cell: (p) => (p.quantity > 1 ? `${p.plan.name} × ${p.quantity}` : p.plan.name) },
  {
    key: "credits",
    header: "Credits",
    label: "Credits",
    align: "end",
    cell: (p) => <span className="num">{p.status === "SUCCEEDED" ? `+${p.credits}` : "—"}</span>,
  },
  {
    key: "amount",
    header: "Amount (incl. GST)",
    label: "Amount (incl. GST)",
    align: "end",
    cell: (p) => <Money cents={p.amountCents} currency={p.currency} />,
  },
  {
    key: "status",
    header: "Status",
    label: "Status",
    cell: (p) => (p.status === "SUCCEEDED" ? <Badge tone="success">Paid</Badge> : <Badge tone="danger">Declined</Badge>),
  },
  {
    key: "receipt",
    header: "Receipt",
    label: "Receipt",
    cell: (p) =>
      p.receiptUrl !== null && p.receiptNumber !== null ? (
        <span className="receipt-cell">
          <code className="nowrap">{p.receiptNumber}</code>
          <a href={p.receiptUrl} download={`receipt-${p.receiptNumber}.pdf`} className="receipt-link">
            Download receipt (PDF)<span className="visually-hidden"> {p.receiptNumber}</span>
          </a>
        </span>
      ) : (
        <span className="muted">
          {p.status === "DECLINED" ? "No charge" : p.amountCents === 0 ? "No charge (plan change)" : "—"}
        </span>
      ),
  },
];

/** Every purchase, newest first, with its receipt number and PDF. */
export function PurchasesTable({ purchases }: { purchases: readonly BillingPurchase[] }) {
  const rows = [...purchases].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card
      title="Purchases"
      description="Every payment, with its receipt. Prices include 10% GST, shown on each receipt."
      className="card-flush"
    >
      {rows.length === 0 ? (
        <EmptyState icon="card" title="No purchases yet">
          Job packs, subscriptions and credits you buy will be listed here with their receipts.
        </EmptyState>
      ) : (
        <Table caption="Purchases" columns={COLUMNS} rows={rows} rowKey={(p) => p.id} />
      )}
    </Card>
  );
}
