import { useState } from "react";
import { describeProblem } from "../../apollo/error-messages";
import { BuyCreditsButton } from "../../features/credits/components/BuyCreditsButton";
import type { CompletedPurchase } from "../../features/credits/components/BuyCreditsDialog";
import { CreditBalanceCard } from "../../features/credits/components/CreditBalanceCard";
import { CreditHistoryTable } from "../../features/credits/components/CreditHistoryTable";
import { useCreditOverview } from "../../features/credits/hooks/use-credit-overview";
import { Card } from "../../ui/Card";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { PurchaseBanner } from "../shared/PurchaseBanner";

/** The employer's home: its own credits and how its job ads get paid for. */
export function EmployerDashboard() {
  const { organization, loading, error, refetch } = useCreditOverview();
  const [purchase, setPurchase] = useState<CompletedPurchase | null>(null);

  if (loading) return <Loading fill label="Loading your dashboard…" />;
  if (error !== undefined || organization === null) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load your dashboard" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }

  return (
    <div className="stack">
      <title>{`Dashboard · ${organization.name}`}</title>
      <PageHeader eyebrow={organization.name} title="Dashboard" description="Your job ad credits and what they were used for." />
      {purchase !== null && <PurchaseBanner purchase={purchase} onDismiss={() => setPurchase(null)} />}
      <div className="grid-2">
        <CreditBalanceCard organization={organization} action={<BuyCreditsButton onPurchased={setPurchase} />} />
        <Card title="How job ads are paid">
          <ul className="plain-list">
            <li>Each job ad you publish uses one of your credits.</li>
            <li>With no credits left, you can pay for a single ad by card when you publish.</li>
            <li>When an agency you work with publishes for you, it may pay with its own shared credits.</li>
          </ul>
        </Card>
      </div>
      <CreditHistoryTable />
    </div>
  );
}
