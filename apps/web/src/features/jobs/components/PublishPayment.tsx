import { useRef, useState, type FormEvent } from "react";
import { formatCents } from "@app/domain";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import type { JobDetail_JobFragment, PublishQuoteQuery } from "../../../gql/graphql";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { ChoiceGroup } from "../../../ui/Field";
import { useCardPayments } from "../../payments/card-payments";
import { newIdempotencyKey } from "../../credits/hooks/idempotency-key";
import { UpgradePrompt } from "../../plans/components/UpgradePrompt";
import { usePublishJob } from "../hooks/use-publish-job";

type CardChoice = string;

/** Answers after which the same request would fail the same way: the next attempt is a new one. */
const FINAL_CODES = new Set(["PAYMENT_DECLINED", "INSUFFICIENT_CREDITS", "BAD_USER_INPUT", "CONFLICT", "FORBIDDEN", "NOT_FOUND"]);

export interface PublishPaymentProps {
  jobId: string;
  quote: PublishQuoteQuery["publishQuote"];
  /** Set while an agency works inside the client's account. */
  accessing: { clientName: string; agencyName: string } | null;
  onQuoteStale: () => void;
  onPublished: (job: JobDetail_JobFragment) => void;
}

/**
 * The payment step (R1): the client's own credits, the agency's shared credits in the shared
 * colour, who will pay, exactly as publishQuote decided, and a card when no credits can pay.
 */
export function PublishPayment({ jobId, quote, accessing, onQuoteStale, onPublished }: PublishPaymentProps) {
  const { publish, loading } = usePublishJob();
  // A publish pays at once: cards that need 3-D Secure are for purchases.
  const testCards = useCardPayments().testCards.filter((c) => c.value !== "pm_card_authenticationRequired");
  const [card, setCard] = useState<CardChoice>("");
  const [problem, setProblem] = useState<Problem | null>(null);
  // One key per attempt; only a retry of the very same request after a lost answer reuses it.
  const attempt = useRef<{ key: string; request: string | null }>({ key: newIdempotencyKey(), request: null });
  const price = formatCents(quote.priceCents, quote.currency);
  const byCard = !quote.canPublishWithCredits;
  const shared = quote.source === "SERVICE_PROVIDER_CREDITS";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading || (byCard && card === "")) return;
    const payment = byCard ? { token: card } : null;
    const request = JSON.stringify(payment);
    if (attempt.current.request !== null && attempt.current.request !== request)
      attempt.current = { key: newIdempotencyKey(), request: null };
    attempt.current.request = request;
    setProblem(null);
    try {
      const job = await publish(jobId, payment, attempt.current.key);
      attempt.current = { key: newIdempotencyKey(), request: null };
      onPublished(job);
    } catch (e) {
      const p = describeProblem(e);
      if (FINAL_CODES.has(p.code)) attempt.current = { key: newIdempotencyKey(), request: null };
      // Balances changed since the quote (another publish, sharing switched off): ask again.
      if (p.code === "INSUFFICIENT_CREDITS") onQuoteStale();
      setProblem(p);
    }
  }

  let payer: string;
  if (shared) payer = `Paid with ${accessing?.agencyName ?? "your agency"}'s shared credits`;
  else if (quote.source === "OWN_CREDITS")
    payer = accessing === null ? "Paid with your own credits" : `Paid with ${accessing.clientName}'s own credits`;
  else payer = `Payment required: ${price}`;

  const noCredits = quote.ownCredits === 0 && quote.serviceProviderCredits === 0;
  const n = quote.serviceProviderCredits;

  return (
    <Card title="Payment" description="One credit publishes one job ad for its whole run.">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Publish job ad">
        <div className="credit-sources">
          <div className="credit-source">
            <span className="credit-source-label">
              {accessing === null ? "Your credits" : `${accessing.clientName}'s own credits`}
            </span>
            <span className="credit-source-value num" data-testid="own-credits">
              {quote.ownCredits}
            </span>
          </div>
          {accessing !== null && (
            <div className="credit-source credit-source-shared" data-testid="agency-credits">
              <span className="credit-source-label">Shared by {accessing.agencyName}</span>
              <span className="credit-source-value num" data-testid="agency-shared-credits">
                {n}
              </span>
              <span className="credit-source-note">
                {n === 0
                  ? "Your agency has no shared credits available"
                  : `Your agency has ${n} ${n === 1 ? "credit" : "credits"} available`}
              </span>
            </div>
          )}
        </div>

        <div className={shared ? "payer payer-shared" : byCard ? "payer payer-card" : "payer"} data-testid="payer">
          <p className="payer-title">{payer}</p>
          <p className="payer-note">
            {shared
              ? `1 credit comes from ${accessing?.agencyName ?? "your agency"}'s balance, even when ${accessing?.clientName ?? "the company"} has credits of its own.`
              : quote.source === "OWN_CREDITS"
                ? "1 credit comes from the company's own balance."
                : `No credits can pay for this ad. Pay ${price} by card to publish it.`}
          </p>
        </div>

        {byCard && (
          <>
            <ChoiceGroup
              legend="Pay by card"
              name="paymentToken"
              value={card}
              onChange={setCard}
              options={testCards}
              columns={2}
            />
            <p className="fine-print">Test mode: no real card is charged.</p>
          </>
        )}
        {byCard && noCredits && <UpgradePrompt accessingAgencyName={accessing?.agencyName} />}
        {problem !== null && (
          <Banner tone="danger" title={problem.code === "BAD_USER_INPUT" ? "This ad can't be published yet" : problem.title}>
            {problem.message}
            {problem.code === "BAD_USER_INPUT" && Object.keys(problem.fields).length > 0 && (
              <ul style={{ margin: "var(--space-2) 0 0", paddingLeft: "var(--space-5)" }} data-testid="publish-failing-checks">
                {Object.entries(problem.fields).map(([code, message]) => (
                  <li key={code}>{message}</li>
                ))}
              </ul>
            )}
            {problem.requestId !== null && (
              <>
                {" "}
                Reference: <code>{problem.requestId}</code>
              </>
            )}
          </Banner>
        )}
        <div className="form-actions">
          {!byCard ? (
            <Button type="submit" variant={shared ? "shared" : "primary"} loading={loading} className="btn-wide">
              Publish job ad
            </Button>
          ) : card === "" ? (
            <Button type="submit" variant="primary" disabled className="btn-wide">
              Payment required: {price}
            </Button>
          ) : (
            <Button type="submit" variant="primary" loading={loading} className="btn-wide">
              {loading ? "Paying…" : `Pay ${price} and publish`}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
