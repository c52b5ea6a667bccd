import { Link } from "react-router";
import { describeProblem } from "../../../apollo/error-messages";
import { Badge } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import {
  currentPlanOf,
  heldJobPackOf,
  liveSubscriptionOf,
  usePlanOverview,
  type CreditLot,
  type PlanOverview,
} from "../hooks/use-plan-overview";
import { LOT_LABELS, credits, formatDay } from "../plan-terms";
import "../plans.css";

export interface PlanSummaryCardProps {
  pricingPath: string;
  billingPath: string;
}

/** The dashboard's plan: which one, what renews when, and the credits by lot with their expiry (R4). */
export function PlanSummaryCard({ pricingPath, billingPath }: PlanSummaryCardProps) {
  const { data, loading, error, refetch } = usePlanOverview();
  let body;
  if (loading) body = <Loading label="Loading your plan…" />;
  else if (error !== undefined || data === null) {
    const p = describeProblem(error);
    body = <ErrorState title="Couldn't load your plan" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  } else body = <PlanSummary data={data} billingPath={billingPath} />;

  return (
    <Card
      title="Your plan"
      description="Credits are spent in this order: the ones that expire first go first."
      actions={
        <Link className="btn btn-secondary btn-sm" to={pricingPath}>
          Change plan
        </Link>
      }
      className="plan-summary-card"
      data-testid="plan-summary"
    >
      {body}
    </Card>
  );
}

function PlanSummary({ data, billingPath }: { data: PlanOverview; billingPath: string }) {
  const plan = currentPlanOf(data);
  const pack = heldJobPackOf(data);
  const live = liveSubscriptionOf(data);
  const lots = data.creditLots.filter((l) => l.remaining > 0);
  return (
    <div className="stack-sm">
      <div className="plan-summary-head">
        <p className="plan-summary-name" data-testid="current-plan">
          {plan === null || plan.kind === "PAY_AS_YOU_GO" ? "Pay as you go" : plan.name}
        </p>
        {live !== null && (
          <Badge tone={live.status === "ACTIVE" ? "success" : "warning"}>
            {live.status === "ACTIVE" ? "Active" : "Cancelled"}
          </Badge>
        )}
      </div>
      {pack !== null && (
        <p className="plan-summary-note" data-testid="held-job-pack">
          With credits from {pack.name}, a one-off job pack: it does not renew.
        </p>
      )}
      {live !== null && (
        <p className="plan-summary-note">
          {live.status === "ACTIVE" && live.renewsAt !== null
            ? `Renews on ${formatDay(live.renewsAt)}${live.nextPlan === null ? "" : `, as ${live.nextPlan.name}`}.`
            : `Ends on ${formatDay(live.currentPeriodEnd)}: no more monthly credits after that.`}{" "}
          <Link to={billingPath}>Billing and receipts</Link>
        </p>
      )}
      {data.subscription?.notice != null && live === null && (
        <p className="plan-summary-note plan-summary-warning" role="note">
          {data.subscription.notice}
        </p>
      )}
      {lots.length === 0 ? (
        <p className="muted" data-testid="credit-lots-empty">
          No credits right now.
        </p>
      ) : (
        <ul className="lot-list" aria-label="Credits by lot" data-testid="credit-lots">
          {lots.map((lot) => (
            <LotRow key={lot.id} lot={lot} />
          ))}
        </ul>
      )}
    </div>
  );
}

function LotRow({ lot }: { lot: CreditLot }) {
  const expiry = lot.expiresAt === null ? "never expire" : `expire ${formatDay(lot.expiresAt)}`;
  return (
    <li className={`lot lot-${lot.planKind.toLowerCase()}`} data-testid="credit-lot">
      <span className="lot-kind">{LOT_LABELS[lot.planKind]}</span>
      <span className="lot-text">
        <strong className="num">{credits(lot.remaining)}</strong>
        {lot.remaining < lot.granted && <span className="muted"> of {lot.granted}</span>} · {expiry}
      </span>
      <span className="lot-bought">bought {formatDay(lot.createdAt)}</span>
    </li>
  );
}
