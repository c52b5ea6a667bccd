import { useId, useRef, useState, type FormEvent } from "react";
import { PAYG_MAX_QUANTITY, formatCents, multiplyCents } from "@app/domain";
import { describeProblem, formProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Dialog, DialogBody, DialogFooter } from "../../../ui/Dialog";
import { ChoiceGroup, TextInput } from "../../../ui/Field";
import { Loading } from "../../../ui/Spinner";
import { ErrorState } from "../../../ui/ErrorState";
import { useCardPayments } from "../../payments/card-payments";
import { newIdempotencyKey } from "../hooks/idempotency-key";
import { PAY_AS_YOU_GO_CODE, usePayAsYouGoPlan } from "../hooks/use-pay-as-you-go-plan";
import { usePurchaseCredits } from "../hooks/use-purchase-credits";

export interface CompletedPurchase {
  credits: number;
  amountCents: number;
  currency: string;
  receiptNumber: string | null;
}

export interface BuyCreditsDialogProps {
  open: boolean;
  onClose: () => void;
  onPurchased: (purchase: CompletedPurchase) => void;
}

export function BuyCreditsDialog({ open, onClose, onPurchased }: BuyCreditsDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Buy credits"
      description="Pay-as-you-go credits never expire. One credit publishes one job ad."
      dismissible={!busy}
    >
      <BuyCreditsForm onCancel={onClose} onBusyChange={setBusy} onPurchased={onPurchased} />
    </Dialog>
  );
}

/** Mounted once per opening of the dialog, so every opening gets its own idempotency key. */
function BuyCreditsForm({
  onCancel,
  onBusyChange,
  onPurchased,
}: {
  onCancel: () => void;
  onBusyChange: (busy: boolean) => void;
  onPurchased: (p: CompletedPurchase) => void;
}) {
  const formId = useId();
  const { plan, loading, error, refetch } = usePayAsYouGoPlan();
  const { purchase, loading: paying } = usePurchaseCredits();
  const [quantityText, setQuantityText] = useState("1");
  const cards = useCardPayments();
  const [chosen, setToken] = useState<string | null>(null);
  const token = chosen ?? cards.defaultCard;
  const [quantityError, setQuantityError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<{ problem: Problem; unplaced: string[] } | null>(null);
  // A retry of the very same request (after a lost answer) reuses the key, so it cannot charge
  // twice; a changed request, or one the card provider already refused, gets a new key.
  const attempt = useRef<{ key: string; request: string | null }>({ key: newIdempotencyKey(), request: null });

  if (loading)
    return (
      <DialogBody>
        <Loading label="Loading prices…" />
      </DialogBody>
    );
  if (error !== undefined || plan === null) {
    const p = error === undefined ? null : describeProblem(error);
    return (
      <DialogBody>
        <ErrorState
          title={p?.title ?? "Pay-as-you-go is not available"}
          message={p?.message ?? "There is no pay-as-you-go plan right now. Contact support."}
          requestId={p?.requestId}
          onRetry={refetch}
        />
      </DialogBody>
    );
  }

  const quantity = /^\d+$/.test(quantityText.trim()) ? Number(quantityText.trim()) : NaN;
  const quantityValid = Number.isInteger(quantity) && quantity >= 1 && quantity <= PAYG_MAX_QUANTITY;
  const total = quantityValid ? formatCents(multiplyCents(plan.priceCents, quantity), plan.currency) : null;
  // Said as it is typed, beside the field: a blank total and a dead Pay button explain nothing.
  const typedProblem =
    quantityText.trim() === "" || quantityValid
      ? undefined
      : quantity > PAYG_MAX_QUANTITY
        ? `You can buy up to ${PAYG_MAX_QUANTITY} credits at a time. For more, buy again or see the job packs under Pricing.`
        : `Enter a whole number of credits, from 1 to ${PAYG_MAX_QUANTITY}.`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (paying || plan === null) return;
    if (!quantityValid) {
      setQuantityError(typedProblem ?? `Enter a whole number of credits, from 1 to ${PAYG_MAX_QUANTITY}.`);
      (event.currentTarget.elements.namedItem("quantity") as HTMLInputElement | null)?.focus();
      return;
    }
    const request = JSON.stringify({ quantity, token });
    if (attempt.current.request !== null && attempt.current.request !== request)
      attempt.current = { key: newIdempotencyKey(), request: null };
    attempt.current.request = request;
    setProblem(null);
    setQuantityError(undefined);
    onBusyChange(true);
    try {
      const done = await purchase({
        planCode: PAY_AS_YOU_GO_CODE,
        quantity,
        payment: { token },
        idempotencyKey: attempt.current.key,
      });
      onPurchased({
        credits: done.credits,
        amountCents: done.amountCents,
        currency: done.currency,
        receiptNumber: done.receiptNumber,
      });
    } catch (e) {
      const result = formProblem(e, ["quantity"] as const);
      const final = ["PAYMENT_DECLINED", "BAD_USER_INPUT", "CONFLICT"].includes(result.problem.code);
      if (final) attempt.current = { key: newIdempotencyKey(), request: null };
      setQuantityError(result.fieldErrors.quantity);
      setProblem({ problem: result.problem, unplaced: result.unplaced });
    } finally {
      onBusyChange(false);
    }
  }

  return (
    <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
      <DialogBody>
        <div className="form">
          {problem !== null && (
            <Banner tone="danger" title={problem.problem.title}>
              {problem.unplaced.length > 0 ? problem.unplaced.join(" ") : problem.problem.message}
              {problem.problem.requestId !== null && (
                <>
                  {" "}
                  Reference: <code>{problem.problem.requestId}</code>
                </>
              )}
            </Banner>
          )}
          <div className="purchase-line">
            <TextInput
              label="Credits"
              type="number"
              inputMode="numeric"
              name="quantity"
              min={1}
              max={PAYG_MAX_QUANTITY}
              step={1}
              required
              value={quantityText}
              onChange={(e) => {
                setQuantityText(e.target.value);
                setQuantityError(undefined);
              }}
              error={quantityError ?? typedProblem}
              hint={`${formatCents(plan.priceCents, plan.currency)} each · 1 to ${PAYG_MAX_QUANTITY}`}
              data-autofocus
            />
            <div className="purchase-total" aria-live="polite">
              <span className="purchase-total-label">Total</span>
              <span className="purchase-total-value money" data-testid="purchase-total">
                {total ?? "—"}
              </span>
              <span className="purchase-total-note">{plan.currency}</span>
            </div>
          </div>
          <ChoiceGroup
            legend="Test card"
            name="paymentToken"
            value={token}
            onChange={setToken}
            options={cards.testCards}
            columns={2}
          />
          <p className="fine-print">Test mode: no real card is charged.</p>
        </div>
      </DialogBody>
      <DialogFooter>
        <Button variant="ghost" onClick={onCancel} disabled={paying}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={paying}>
          {paying ? "Paying…" : total === null ? "Pay" : `Pay ${total}`}
        </Button>
      </DialogFooter>
    </form>
  );
}
