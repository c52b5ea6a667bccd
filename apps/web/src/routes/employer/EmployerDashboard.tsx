import { useState } from "react";
import { Link } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { BuyCreditsButton } from "../../features/credits/components/BuyCreditsButton";
import type { CompletedPurchase } from "../../features/credits/components/BuyCreditsDialog";
import { CreditBalanceCard } from "../../features/credits/components/CreditBalanceCard";
import { CreditHistoryTable } from "../../features/credits/components/CreditHistoryTable";
import { useCreditOverview } from "../../features/credits/hooks/use-credit-overview";
import { PlanPrompts } from "../../features/plans/components/PlanPrompts";
import { PlanSummaryCard } from "../../features/plans/components/PlanSummaryCard";
import { Card } from "../../ui/Card";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";
import { PurchaseBanner } from "../shared/PurchaseBanner";

/**
 * The employer's home: its own credits and how its job ads get paid for. An agency working in
 * the account sees the client's balance and its own shared credits; buying credits and the
 * credit history stay with the client (R7).
 */
export function EmployerDashboard() {
  const { organization, sharedBy, loading, error, refetch } = useCreditOverview();
  const [purchase, setPurchase] = useState<CompletedPurchase | null>(null);

  if (loading) return <Loading fill label="Loading your dashboard…" />;
  if (error !== undefined || organization === null) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load your dashboard" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }

  const postJob = (
    <Link className="btn btn-primary" to={paths.employerJobNew()}>
      Post a job
    </Link>
  );
  return (
    <div className="stack">
      <title>{`Dashboard · ${organization.name}`}</title>
      <PageHeader
        eyebrow={organization.name}
        title="Dashboard"
        description={
          sharedBy === null
            ? "Your job ad credits and what they were used for."
            : `${organization.name}'s account, opened by ${sharedBy.agencyName}.`
        }
        actions={postJob}
      />
      {purchase !== null && <PurchaseBanner purchase={purchase} onDismiss={() => setPurchase(null)} />}
      {sharedBy === null ? (
        <>
          <PlanPrompts pricingPath={paths.pricing()} />
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
          <PlanSummaryCard pricingPath={paths.pricing()} billingPath={paths.billing()} />
          <CreditHistoryTable jobHref={(job) => paths.employerJob(job.id)} />
        </>
      ) : (
        <div className="grid-2">
          <Card tone="shared" title={`Shared by ${sharedBy.agencyName}`} className="balance-card" data-testid="shared-balance">
            <p className="balance">
              <span className="balance-value num shared-text" data-testid="shared-credit-balance">
                {sharedBy.credits}
              </span>
              <span className="balance-unit">{sharedBy.credits === 1 ? "credit" : "credits"} available</span>
            </p>
            <p className="balance-note balance-note-shared">
              {sharedBy.credits > 0
                ? `Job ads you publish here are paid with ${sharedBy.agencyName}'s credits first.`
                : `${sharedBy.agencyName} has no credits shared right now.`}
            </p>
            <div className="balance-action">
              <Link className="btn btn-secondary" to={paths.employerJobs()}>
                See {organization.name}'s jobs
              </Link>
            </div>
          </Card>
          <CreditBalanceCard
            organization={organization}
            title={`${organization.name}'s own credits`}
            note={`Used only when ${sharedBy.agencyName} has no shared credits. Only ${organization.name} can buy its own credits.`}
            action={null}
          />
        </div>
      )}
    </div>
  );
}
