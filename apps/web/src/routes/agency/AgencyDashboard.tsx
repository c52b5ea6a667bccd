import { useState } from "react";
import { Link } from "react-router";
import { describeProblem } from "../../apollo/error-messages";
import { BuyCreditsButton } from "../../features/credits/components/BuyCreditsButton";
import type { CompletedPurchase } from "../../features/credits/components/BuyCreditsDialog";
import { CreditBalanceCard } from "../../features/credits/components/CreditBalanceCard";
import { CreditHistoryTable } from "../../features/credits/components/CreditHistoryTable";
import { useMyPortal } from "../../features/portal/hooks/use-my-portal";
import { CreditSharingCard } from "../../features/credits/components/CreditSharingCard";
import { useCreditOverview } from "../../features/credits/hooks/use-credit-overview";
import { AgencyTodayCard } from "../../features/dashboard/components/AgencyTodayCard";
import { useAgencyToday } from "../../features/dashboard/hooks/use-agency-today";
import { LmtAgencyCard } from "../../features/lmt/components/LmtAgencyCard";
import { PlanPrompts } from "../../features/plans/components/PlanPrompts";
import { usePlanOverview } from "../../features/plans/hooks/use-plan-overview";
import { PlanSummaryCard } from "../../features/plans/components/PlanSummaryCard";
import { ErrorState } from "../../ui/ErrorState";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";
import { PurchaseBanner } from "../shared/PurchaseBanner";

/** The service provider's home: its credits, whether clients may use them, and their history. */
export function AgencyDashboard() {
  // A spend's ad opens on the agency's own job board while it is live there.
  const { portal } = useMyPortal();
  const publicJobHref = (job: { id: string; status: string }) =>
    portal !== null && portal.enabled && job.status === "PUBLISHED" ? paths.portalJob(portal.slug, job.id) : null;
  const { organization, loading, error, refetch } = useCreditOverview();
  const [purchase, setPurchase] = useState<CompletedPurchase | null>(null);
  const { today, loading: todayLoading } = useAgencyToday();
  // The prompts and "What needs you today" sit at the top: the page waits for their answers too,
  // rather than pushing the cards below them down as each arrives (a layout shift).
  const { loading: promptsLoading } = usePlanOverview();

  if (loading || todayLoading || promptsLoading) return <Loading fill label="Loading your dashboard…" />;
  if (error !== undefined || organization === null) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load your dashboard" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }

  return (
    <div className="stack">
      <title>{`Dashboard · ${organization.name}`}</title>
      <PageHeader
        eyebrow={organization.name}
        title="Dashboard"
        description="What needs you today, and the job ad credits for your agency and the clients you advertise for."
        actions={
          <Link className="btn btn-secondary" to={paths.agencyClients()}>
            Manage Clients
          </Link>
        }
      />
      {purchase !== null && <PurchaseBanner purchase={purchase} onDismiss={() => setPurchase(null)} />}
      <PlanPrompts pricingPath={paths.pricing()} />
      {today !== null && (
        <AgencyTodayCard
          today={today}
          paths={{
            lmtReport: paths.agencyLmtReport,
            trackerClosing: paths.agencyLmt({ closing: "1", sort: "window_closes" }),
            trackerReady: paths.agencyLmt({ ready: "1" }),
            clients: paths.agencyClients(),
            billing: paths.billing(),
          }}
        />
      )}
      <div className="grid-2">
        <CreditBalanceCard organization={organization} action={<BuyCreditsButton onPurchased={setPurchase} />} />
        <CreditSharingCard organization={organization} />
      </div>
      <PlanSummaryCard pricingPath={paths.pricing()} billingPath={paths.billing()} />
      <LmtAgencyCard clientsPath={paths.agencyClients()} trackerPath={paths.agencyLmt()} />
      <CreditHistoryTable jobHref={publicJobHref} />
    </div>
  );
}
