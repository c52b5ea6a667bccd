import { useId, useRef, useState, type FormEvent } from "react";
import { formatCents, type PlanChange } from "@app/domain";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Dialog, DialogForm } from "../../../ui/Dialog";
import { ChoiceGroup } from "../../../ui/Field";
import { useCardPayments } from "../../payments/card-payments";
import { newIdempotencyKey } from "../../credits/hooks/idempotency-key";
import { ProblemBanner } from "../../shared/components/ProblemBanner";
import { usePurchasePlan } from "../hooks/use-purchase-plan";
import { credits, formatDay, validityText, type PlanFields } from "../plan-terms";

/** Answers after which the same request would fail the same way: the next attempt gets a new key. */
const FINAL_CODES = new Set(["PAYMENT_DECLINED", "BAD_USER_INPUT", "CONFLICT", "FORBIDDEN", "NOT_FOUND", "EMAIL_NOT_VERIFIED"]);

export interface PlanPurchaseResult {
  planName: string;
  planKind: PlanFields["kind"];
  change: PlanChange["kind"] | "BUY";
  credits: number;
  amountCents: number;
  currency: string;
  receiptNumber: string | null;
}

export interface PlanPurchaseDialogProps {
  /** The plan being bought; null keeps the dialog closed. */
  plan: PlanFields | null;
  /** What buying it does (subscriptions), from the same rule the API applies. */
  change: PlanChange | null;
  /** The live subscription's plan and period end, for the words of an upgrade or downgrade. */
  current: { plan: PlanFields; periodEnd: string } | null;
  onClose: () => void;
  onDone: (result: PlanPurchaseResult) => void;
}

export function PlanPurchaseDialog({ plan, change, current, onClose, onDone }: PlanPurchaseDialogProps) {
  const [busy, setBusy] = useState(false);
  const title = plan === null ? "" : dialogTitle(plan, change);
  return (
    <Dialog
      open={plan !== null}
      onClose={onClose}
      title={title}
      description={plan === null ? undefined : validityText(plan)}
      dismissible={!busy}
    >
      {plan !== null && (
        <PlanPurchaseForm
          plan={plan}
          change={change}
          current={current}
          onCancel={onClose}
          onBusyChange={setBusy}
          onDone={onDone}
        />
      )}
    </Dialog>
  );
}

function dialogTitle(plan: PlanFields, change: PlanChange | null): string {
  switch (change?.kind) {
    case "UPGRADE":
      return `Upgrade to ${plan.name}`;
    case "DOWNGRADE":
      return `Switch to ${plan.name}`;
    case "RESUME":
      return `Keep ${plan.name}`;
    case "SUBSCRIBE":
      return `Subscribe to ${plan.name}`;
    default:
      return `Buy ${plan.name}`;
  }
}

/** Mounted once per opening, so every opening gets its own idempotency key. */
function PlanPurchaseForm({
  plan,
  change,
  current,
  onCancel,
  onBusyChange,
  onDone,
}: Omit<PlanPurchaseDialogProps, "plan" | "onClose"> & {
  plan: PlanFields;
  onCancel: () => void;
  onBusyChange: (busy: boolean) => void;
}) {
  const formId = useId();
  const { purchase, loading } = usePurchasePlan();
  const cards = useCardPayments();
  const [chosen, setToken] = useState<string | null>(null);
  const token = chosen ?? cards.defaultCard;
  const [problem, setProblem] = useState<Problem | null>(null);
  const attempt = useRef<{ key: string; request: string | null }>({ key: newIdempotencyKey(), request: null });

  const amountCents = change === null ? plan.priceCents : change.amountCents;
  const total = formatCents(amountCents, plan.currency);
  const free = amountCents === 0;
  const periodEnd = current === null ? null : formatDay(current.periodEnd);

  let what: string;
  switch (change?.kind) {
    case "UPGRADE":
      what = `Upgrade now: ${total} today, +${credits(change.credits)} this period. From ${periodEnd ?? "the next renewal"}, ${plan.name} renews at ${formatCents(plan.priceCents, plan.currency)} a month with ${credits(plan.credits)}.`;
      break;
    case "DOWNGRADE":
      what = `Nothing is charged today. ${current?.plan.name ?? "Your plan"} stays until ${periodEnd ?? "the period's end"}; then ${plan.name} renews at ${formatCents(plan.priceCents, plan.currency)} a month with ${credits(plan.credits)}.`;
      break;
    case "RESUME":
      what = `Nothing is charged today. ${plan.name} keeps renewing at ${formatCents(plan.priceCents, plan.currency)} a month${periodEnd === null ? "" : ` from ${periodEnd}`}.`;
      break;
    case "SUBSCRIBE":
      what = `${total} today for ${credits(plan.credits)} this month, then ${total} a month. Unused credits expire at the end of each monthly period; cancel any time.`;
      break;
    default:
      what =
        plan.creditValidityDays === null
          ? `${total} today for ${credits(plan.credits)} that never expire.`
          : `${total} today for ${credits(plan.credits)}, valid ${plan.creditValidityDays} days from today.`;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const request = JSON.stringify({ plan: plan.code, token: free ? null : token });
    if (attempt.current.request !== null && attempt.current.request !== request)
      attempt.current = { key: newIdempotencyKey(), request: null };
    attempt.current.request = request;
    setProblem(null);
    onBusyChange(true);
    try {
      const done = await purchase({ planCode: plan.code, quantity: 1, payment: { token }, idempotencyKey: attempt.current.key });
      attempt.current = { key: newIdempotencyKey(), request: null };
      onDone({
        planName: done.plan.name,
        planKind: done.plan.kind,
        change: change?.kind ?? "BUY",
        credits: done.credits,
        amountCents: done.amountCents,
        currency: done.currency,
        receiptNumber: done.receiptNumber,
      });
    } catch (e) {
      const p = describeProblem(e);
      if (FINAL_CODES.has(p.code)) attempt.current = { key: newIdempotencyKey(), request: null };
      setProblem(p);
    } finally {
      onBusyChange(false);
    }
  }

  const submitLabel = loading
    ? free
      ? "Saving…"
      : "Paying…"
    : free
      ? change?.kind === "DOWNGRADE"
        ? "Schedule the switch"
        : "Keep this plan"
      : `Pay ${total}`;

  return (
    <DialogForm
      id={formId}
      onSubmit={(e) => void submit(e)}
      aria-label={dialogTitle(plan, change)}
      onCancel={onCancel}
      busy={loading}
      submitLabel={submitLabel}
    >
      {problem !== null && <ProblemBanner problem={problem} />}
      <div className="plan-confirm">
        <div className="plan-confirm-line">
          <span>{plan.name}</span>
          <span className="num">{credits(change === null || change.kind === "SUBSCRIBE" ? plan.credits : change.credits)}</span>
        </div>
        <div className="plan-confirm-line plan-confirm-total">
          <span>Total today</span>
          <span className="money" data-testid="plan-total">
            {total}
          </span>
        </div>
        <p className="plan-confirm-what" data-testid="plan-what">
          {what}
        </p>
        {!free && <p className="fine-print">Prices include GST. A receipt is on the Billing page.</p>}
      </div>
      {!free && (
        <ChoiceGroup
          legend="Test card"
          name="paymentToken"
          value={token}
          onChange={setToken}
          options={cards.testCards}
          columns={2}
        />
      )}
      {!free && <p className="fine-print">Test mode: no real card is charged.</p>}
    </DialogForm>
  );
}
