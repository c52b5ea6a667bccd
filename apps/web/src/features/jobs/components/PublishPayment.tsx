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
import { useSwitchToServiceProvider } from "../../company-access/hooks/use-company-access";
import { usePublishJob } from "../hooks/use-publish-job";

type CardChoice = string;

const credits = (n: number) => `${n} ${n === 1 ? "credit" : "credits"}`;

/**
 * The agency holds credits but Share Credits is off: say so, and offer the switch. Share Credits is
 * the agency's own setting, changed in its own account (R7), so the offer leads there.
 */
function ShareCreditsOffer({
  agencyName,
  clientName,
  credits: n,
  path,
}: {
  agencyName: string;
  clientName: string;
  credits: number;
  path: string;
}) {
  const { switchToServiceProvider, pending } = useSwitchToServiceProvider();
  const [problem, setProblem] = useState<Problem | null>(null);
  async function go() {
    setProblem(null);
    try {
      await switchToServiceProvider(agencyName, path, {
        title: `You're in ${agencyName}'s account`,
        text: `Turn on Share Credits below, then access ${clientName} again to publish with your credits.`,
      });
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }
  return (
    <Banner
      tone="shared"
      title="Share Credits is off"
      actions={
        <Button variant="shared" size="sm" loading={pending !== null} onClick={() => void go()}>
          Turn on Share Credits
        </Button>
      }
    >
      {agencyName} has {credits(n)} it would share with {clientName}. With Share Credits on, this ad is paid with 1 of them
      instead of a card.
      {problem !== null && <span role="alert"> {problem.message}</span>}
    </Banner>
  );
}

/** Answers after which the same request would fail the same way: the next attempt is a new one. */
const FINAL_CODES = new Set([
  "PAYMENT_DECLINED",
  "INSUFFICIENT_CREDITS",
  "BAD_USER_INPUT",
  "CONFLICT",
  "FORBIDDEN",
  "NOT_FOUND",
  "EMAIL_NOT_VERIFIED",
]);

export interface PublishPaymentProps {
  jobId: string;
  quote: PublishQuoteQuery["publishQuote"];
  /** Set while an agency works inside the client's account. */
  accessing: { clientName: string; agencyName: string } | null;
  /** The agency's Share Credits switch, in its own account. */
  shareCreditsPath: string;
  onQuoteStale: () => void;
  onPublished: (job: JobDetail_JobFragment) => void;
  /** Runs just before the publish, in the same attempt (the draft's channels are saved here). */
  beforePublish?: () => Promise<void>;
}

/**
 * The payment step (R1): the client's own credits, the agency's shared credits in the shared
 * colour, who will pay, exactly as publishQuote decided, and a card when no credits can pay.
 */
export function PublishPayment({
  jobId,
  quote,
  accessing,
  shareCreditsPath,
  onQuoteStale,
  onPublished,
  beforePublish,
}: PublishPaymentProps) {
  const { publish, loading: publishing } = usePublishJob();
  const [preparing, setPreparing] = useState(false);
  const loading = publishing || preparing;
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
      if (beforePublish !== undefined) {
        setPreparing(true);
        try {
          await beforePublish();
        } finally {
          setPreparing(false);
        }
      }
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

  const n = quote.serviceProviderCredits;
  // Share Credits off with credits to share: the advice is to switch it on, not to buy credits.
  const sharingOff = accessing !== null && quote.serviceProviderSharingEnabled === false;
  const wouldShare = sharingOff ? (quote.serviceProviderBalance ?? 0) : 0;
  const noCredits = quote.ownCredits === 0 && quote.serviceProviderCredits === 0 && wouldShare === 0;

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
                {sharingOff
                  ? `Share Credits is off: ${wouldShare === 0 ? "your agency has no credits to share" : `your agency would share ${credits(wouldShare)}`}`
                  : n === 0
                    ? "Your agency has no shared credits available"
                    : `Your agency has ${credits(n)} available`}
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
        {sharingOff && wouldShare > 0 && accessing !== null && (
          <ShareCreditsOffer
            agencyName={accessing.agencyName}
            clientName={accessing.clientName}
            credits={wouldShare}
            path={shareCreditsPath}
          />
        )}
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
