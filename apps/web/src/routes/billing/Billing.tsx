import { Link } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { InvoicesTable } from "../../features/invoices/components/InvoicesTable";
import { PurchasesTable } from "../../features/plans/components/PurchasesTable";
import { SubscriptionCard } from "../../features/plans/components/SubscriptionCard";
import { useBilling } from "../../features/plans/hooks/use-billing";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";
import "../../features/plans/plans.css";

/** Pricing → Billing: the subscription, every purchase, and every tax invoice and adjustment note with its PDF. */
export function Billing() {
  const { subscription, purchases, loading, error, refetch } = useBilling();

  if (loading) return <Loading fill label="Loading billing…" />;
  if (error !== undefined) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load billing" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }

  return (
    <div className="stack">
      <title>Billing</title>
      <PageHeader
        eyebrow="Pricing"
        title="Billing"
        description="Your subscription, purchases and tax invoices."
        actions={
          <>
            <Link className="btn btn-secondary" to={paths.usage()}>
              Usage by client
            </Link>
            <Link className="btn btn-primary" to={paths.pricing()}>
              Pricing Plans
            </Link>
          </>
        }
      />
      <SubscriptionCard subscription={subscription} pricingPath={paths.pricing()} />
      <InvoicesTable />
      <PurchasesTable purchases={purchases} />
    </div>
  );
}
