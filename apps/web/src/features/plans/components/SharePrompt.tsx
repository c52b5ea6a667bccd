import { useState } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { useSetCreditSharing } from "../../credits/hooks/use-set-credit-sharing";

/**
 * After an agency buys a job pack or a subscription with Share Credits off: offer to turn it on,
 * so the clients it advertises for publish with the new credits. Dismissing hides it for this visit.
 */
export function SharePrompt({ organizationId, credits }: { organizationId: string; credits: number }) {
  const { setCreditSharing, loading } = useSetCreditSharing(organizationId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;

  async function turnOn() {
    setProblem(null);
    try {
      await setCreditSharing(true);
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  return (
    <Banner
      tone="shared"
      title="Share these credits with your clients?"
      onDismiss={() => setDismissed(true)}
      actions={
        <Button variant="shared" size="sm" loading={loading} onClick={() => void turnOn()}>
          Turn on Share Credits
        </Button>
      }
    >
      With Share Credits on, job ads you post inside a client's account are paid from your{" "}
      {credits === 1 ? "credit" : `${credits} credits`} first, instead of the client's own credits or a card.
      {problem !== null && (
        <span className="share-prompt-error" role="alert">
          {" "}
          {problem.message}
        </span>
      )}
    </Banner>
  );
}
