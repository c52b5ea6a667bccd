import { PAYG_MAX_QUANTITY, formatCents, type PlanChange } from "@app/domain";
import { Badge } from "../../../ui/Badge";
import { Button } from "../../../ui/Button";
import {
  KIND_LABELS,
  KIND_ORDER,
  actionLabel,
  credits,
  formatDay,
  pricePerAd,
  subscriptionChange,
  validityText,
  type LiveSubscription,
  type PlanFields,
} from "../plan-terms";

const KIND_NOTES = {
  PAY_AS_YOU_GO: "One credit at a time, for the odd job ad.",
  JOB_PACK: "For agencies that post often: a pack of credits at a lower price per ad.",
  SUBSCRIPTION: "A fresh set of credits every month. Upgrade at once; downgrade or cancel at the period's end.",
} as const;

export interface PlanGridProps {
  plans: readonly PlanFields[];
  current: PlanFields | null;
  /** The job pack whose credits the balance holds: bought, not a plan. */
  heldPack: PlanFields | null;
  live: (LiveSubscription & { currentPeriodEnd: string }) | null;
  onChoose: (plan: PlanFields, change: PlanChange | null) => void;
}

/** Every plan, grouped by kind, in a grid that drops to one column on a phone. */
export function PlanGrid({ plans, current, heldPack, live, onChoose }: PlanGridProps) {
  return (
    <div className="stack">
      {KIND_ORDER.map((kind) => {
        const ofKind = plans.filter((p) => p.kind === kind).sort((a, b) => a.credits - b.credits || a.priceCents - b.priceCents);
        if (ofKind.length === 0) return null;
        const headingId = `plans-${kind.toLowerCase()}`;
        return (
          <section key={kind} className="plan-group" aria-labelledby={headingId}>
            <div className="plan-group-head">
              <h2 className="plan-group-title" id={headingId}>
                {KIND_LABELS[kind]}
              </h2>
              <p className="plan-group-note">{KIND_NOTES[kind]}</p>
            </div>
            <ul className="plan-grid" role="list">
              {ofKind.map((plan) => (
                <PlanTile
                  key={plan.id}
                  plan={plan}
                  isCurrent={current?.code === plan.code}
                  held={heldPack?.code === plan.code}
                  live={live}
                  onChoose={onChoose}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function PlanTile({
  plan,
  isCurrent,
  held,
  live,
  onChoose,
}: {
  plan: PlanFields;
  isCurrent: boolean;
  held: boolean;
  live: PlanGridProps["live"];
  onChoose: PlanGridProps["onChoose"];
}) {
  const change = subscriptionChange(live, plan);
  const label = actionLabel(plan, change);
  const monthly = plan.kind === "SUBSCRIPTION";
  const scheduled = live !== null && live.nextPlan?.code === plan.code;
  const titleId = `plan-${plan.code}`;
  return (
    <li
      className={isCurrent ? "plan-tile plan-tile-current" : "plan-tile"}
      aria-labelledby={titleId}
      data-testid={`plan-${plan.code}`}
    >
      <div className="plan-tile-head">
        <h3 className="plan-tile-name" id={titleId}>
          {plan.name}
        </h3>
        {isCurrent && <Badge tone="info">Current plan</Badge>}
        {held && <Badge tone="success">Credits in your balance</Badge>}
        {scheduled && <Badge tone="warning">From {formatDay(live.currentPeriodEnd)}</Badge>}
      </div>
      <p className="plan-tile-price">
        <span className="plan-tile-amount money">{formatCents(plan.priceCents, plan.currency)}</span>
        <span className="plan-tile-per">{monthly ? "/ month" : plan.kind === "PAY_AS_YOU_GO" ? "/ credit" : "one-off"}</span>
      </p>
      <ul className="plan-tile-facts">
        <li>
          {plan.kind === "PAY_AS_YOU_GO" ? (
            <>
              Buy <strong className="num">1 to {PAYG_MAX_QUANTITY}</strong> credits at a time
            </>
          ) : (
            <>
              <strong className="num">{credits(plan.credits)}</strong>
              {monthly ? " every month" : ""}
            </>
          )}
        </li>
        <li>
          <span className="money">{pricePerAd(plan)}</span> per job ad
        </li>
        <li>{validityText(plan)}</li>
      </ul>
      <div className="plan-tile-action">
        {change === "CURRENT" ? (
          <Button variant="secondary" disabled className="btn-block">
            Your plan
          </Button>
        ) : (
          <Button
            variant={change !== null && typeof change === "object" && change.kind === "DOWNGRADE" ? "secondary" : "primary"}
            className="btn-block"
            aria-haspopup="dialog"
            aria-describedby={titleId}
            onClick={() => onChoose(plan, change)}
          >
            {label}
          </Button>
        )}
      </div>
    </li>
  );
}
