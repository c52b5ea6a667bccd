import { useState } from "react";
import { Link } from "react-router";
import { formatCents } from "@app/domain";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Badge, type BadgeTone } from "../../../ui/Badge";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { EmptyState } from "../../../ui/EmptyState";
import { useCancelSubscription, type BillingSubscription } from "../hooks/use-billing";
import { credits, formatDay } from "../plan-terms";

const STATUS = {
  ACTIVE: { label: "Active", tone: "success" },
  CANCELED: { label: "Cancelled", tone: "warning" },
  EXPIRED: { label: "Ended", tone: "neutral" },
} satisfies Record<BillingSubscription["status"], { label: string; tone: BadgeTone }>;

/** The monthly subscription: plan, period, renewal or end, the API's notice, and Cancel. */
export function SubscriptionCard({
  subscription,
  pricingPath,
}: {
  subscription: BillingSubscription | null;
  pricingPath: string;
}) {
  const { cancel, loading } = useCancelSubscription();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [cancelled, setCancelled] = useState(false);

  if (subscription === null) {
    return (
      <Card title="Subscription">
        <EmptyState
          icon="card"
          title="No subscription"
          action={
            <Link className="btn btn-primary" to={pricingPath}>
              Compare plans
            </Link>
          }
        >
          A monthly subscription gives you a fresh set of credits every month.
        </EmptyState>
      </Card>
    );
  }

  const s = subscription;
  const status = STATUS[s.status];
  async function confirmCancel() {
    setProblem(null);
    try {
      await cancel();
      setConfirming(false);
      setCancelled(true);
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  return (
    <Card title="Subscription" actions={<Badge tone={status.tone}>{status.label}</Badge>} data-testid="subscription-card">
      <div className="stack-sm">
        {s.notice !== null && (
          <Banner tone="warning" title="About your subscription">
            {s.notice}
          </Banner>
        )}
        {cancelled && s.status === "CANCELED" && (
          <Banner tone="success" onDismiss={() => setCancelled(false)}>
            Cancelled. Your credits stay usable until {formatDay(s.currentPeriodEnd)}.
          </Banner>
        )}
        <dl className="plan-facts">
          <div>
            <dt>Plan</dt>
            <dd>
              {s.plan.name} · {formatCents(s.plan.priceCents, s.plan.currency)} a month, {credits(s.plan.credits)}
            </dd>
          </div>
          <div>
            <dt>This period</dt>
            <dd>
              {formatDay(s.currentPeriodStart)} – {formatDay(s.currentPeriodEnd)}
            </dd>
          </div>
          <div>
            <dt>{s.status === "ACTIVE" ? "Renews on" : s.status === "CANCELED" ? "Ends on" : "Ended on"}</dt>
            <dd>{formatDay(s.renewsAt ?? s.currentPeriodEnd)}</dd>
          </div>
          {s.nextPlan !== null && s.status === "ACTIVE" && (
            <div>
              <dt>Then</dt>
              <dd>
                {s.nextPlan.name} · {formatCents(s.nextPlan.priceCents, s.nextPlan.currency)} a month
              </dd>
            </div>
          )}
          {s.canceledAt !== null && (
            <div>
              <dt>Cancelled on</dt>
              <dd>{formatDay(s.canceledAt)}</dd>
            </div>
          )}
        </dl>
        <div className="plan-buttons">
          <Link className="btn btn-secondary" to={pricingPath}>
            {s.status === "ACTIVE" ? "Change plan" : s.status === "CANCELED" ? "Resume or change plan" : "Subscribe again"}
          </Link>
          {s.status === "ACTIVE" && (
            <Button variant="danger" onClick={() => setConfirming(true)} aria-haspopup="dialog">
              Cancel subscription
            </Button>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Cancel your subscription?"
        confirmLabel="Cancel subscription"
        cancelLabel="Keep subscription"
        busy={loading}
        problem={problem}
        onConfirm={() => void confirmCancel()}
        onClose={() => {
          setConfirming(false);
          setProblem(null);
        }}
      >
        <p>
          {s.plan.name} will not renew. This period's credits stay usable until {formatDay(s.currentPeriodEnd)}, then they expire.
          You can resume before then from Pricing Plans.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
