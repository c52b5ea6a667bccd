import { useState } from "react";
import { Link } from "react-router";
import type { PlanChange } from "@app/domain";
import { describeProblem } from "../../apollo/error-messages";
import { BuyCreditsDialog, type CompletedPurchase } from "../../features/credits/components/BuyCreditsDialog";
import { PlanGrid } from "../../features/plans/components/PlanGrid";
import { PlanPurchaseDialog, type PlanPurchaseResult } from "../../features/plans/components/PlanPurchaseDialog";
import { SharePrompt } from "../../features/plans/components/SharePrompt";
import { currentPlanOf, heldJobPackOf, liveSubscriptionOf, usePlanOverview } from "../../features/plans/hooks/use-plan-overview";
import { credits, formatDay, type PlanFields } from "../../features/plans/plan-terms";
import { Banner } from "../../ui/Banner";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Money } from "../../ui/Money";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { homeFor, paths } from "../paths";
import "../../features/plans/plans.css";

/** Pricing → Pricing Plans: every plan side by side, the current one marked; buy or change from here (R5). */
export function Pricing() {
  const overview = usePlanOverview();
  const { data, loading, error, refetch } = overview;
  const [choice, setChoice] = useState<{ plan: PlanFields; change: PlanChange | null } | null>(null);
  const [done, setDone] = useState<PlanPurchaseResult | null>(null);

  if (loading) return <Loading fill label="Loading pricing plans…" />;
  if (error !== undefined || data === null) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load the pricing plans" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }

  const organization = data.viewer?.currentOrganization ?? null;
  const current = currentPlanOf(data);
  const heldPack = heldJobPackOf(data);
  const live = liveSubscriptionOf(data);
  const agency = organization?.kind === "SERVICE_PROVIDER";
  const dashboard = organization === null ? paths.home() : homeFor(organization.kind);
  const hasPlanCredits = data.creditLots.some(
    (l) => l.remaining > 0 && (l.planKind === "JOB_PACK" || l.planKind === "SUBSCRIPTION"),
  );
  const payg = choice?.plan.kind === "PAY_AS_YOU_GO";

  function finished(result: PlanPurchaseResult) {
    setChoice(null);
    setDone(result);
  }
  function boughtCredits(p: CompletedPurchase) {
    setChoice(null);
    setDone({
      planName: "Pay as you go",
      planKind: "PAY_AS_YOU_GO",
      change: "BUY",
      credits: p.credits,
      amountCents: p.amountCents,
      currency: p.currency,
      receiptNumber: p.receiptNumber,
    });
    refetch();
  }

  return (
    <div className="stack">
      <title>Pricing Plans</title>
      <PageHeader
        eyebrow="Pricing"
        title="Pricing Plans"
        description="One credit publishes one job ad. Compare every plan; prices include GST."
        actions={
          <Link className="btn btn-secondary" to={paths.billing()}>
            Billing and receipts
          </Link>
        }
      />
      {done !== null && <DoneBanner result={done} dashboard={dashboard} onDismiss={() => setDone(null)} />}
      {agency &&
        organization !== null &&
        !organization.creditSharingEnabled &&
        hasPlanCredits &&
        done !== null &&
        done.planKind !== "PAY_AS_YOU_GO" && (
          <SharePrompt organizationId={organization.id} credits={organization.creditBalance} />
        )}
      {live !== null && live.status === "CANCELED" && (
        <Banner tone="warning" title={`${live.plan.name} ends on ${formatDay(live.currentPeriodEnd)}`}>
          It won't renew. Choose it again below to keep it, or pick another plan.
        </Banner>
      )}
      {data.pricingPlans.length === 0 ? (
        <EmptyState icon="card" title="No plans on sale right now">
          Check back soon, or contact support.
        </EmptyState>
      ) : (
        <PlanGrid
          plans={data.pricingPlans}
          current={current}
          heldPack={heldPack}
          live={live}
          onChoose={(plan, change) => setChoice({ plan, change })}
        />
      )}
      <PlanPurchaseDialog
        plan={choice !== null && !payg ? choice.plan : null}
        change={choice?.change ?? null}
        current={live === null ? null : { plan: live.plan, periodEnd: live.currentPeriodEnd }}
        onClose={() => setChoice(null)}
        onDone={finished}
      />
      <BuyCreditsDialog open={payg} onClose={() => setChoice(null)} onPurchased={boughtCredits} />
    </div>
  );
}

function DoneBanner({ result, dashboard, onDismiss }: { result: PlanPurchaseResult; dashboard: string; onDismiss: () => void }) {
  let title: string;
  if (result.change === "DOWNGRADE") title = `Switch to ${result.planName} scheduled`;
  else if (result.change === "RESUME") title = `${result.planName} will keep renewing`;
  else if (result.change === "UPGRADE") title = `Upgraded to ${result.planName}: ${credits(result.credits)} added`;
  else if (result.change === "SUBSCRIBE") title = `Subscribed to ${result.planName}: ${credits(result.credits)} added`;
  else title = `${result.planName}: ${credits(result.credits)} added`;
  return (
    <Banner
      tone="success"
      title={title}
      onDismiss={onDismiss}
      actions={
        <Link className="btn btn-secondary btn-sm" to={dashboard}>
          See your credits on the dashboard
        </Link>
      }
    >
      {result.amountCents === 0 ? (
        "Nothing was charged."
      ) : (
        <>
          Paid <Money cents={result.amountCents} currency={result.currency} />
          {result.receiptNumber !== null && (
            <>
              {" "}
              · Receipt <code className="nowrap">{result.receiptNumber}</code>
            </>
          )}
        </>
      )}
    </Banner>
  );
}
