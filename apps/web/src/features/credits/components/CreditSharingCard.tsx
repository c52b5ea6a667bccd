import { useEffect, useRef, useState } from "react";
import { useLocation } from "react-router";
import { graphql } from "../../../gql";
import type { CreditSharingCard_OrganizationFragment } from "../../../gql/graphql";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Card } from "../../../ui/Card";
import { Switch } from "../../../ui/Switch";
import { useSetCreditSharing } from "../hooks/use-set-credit-sharing";

export const CreditSharingCardFragment = graphql(`
  fragment CreditSharingCard_organization on Organization {
    id
    creditSharingEnabled
  }
`);

/** The page anchor of the Share Credits switch on the agency dashboard. */
export const SHARE_CREDITS_ANCHOR = "share-credits";

export function CreditSharingCard({ organization }: { organization: CreditSharingCard_OrganizationFragment }) {
  const { setCreditSharing, loading } = useSetCreditSharing(organization.id);
  const [problem, setProblem] = useState<Problem | null>(null);
  const card = useRef<HTMLDivElement>(null);
  const { hash } = useLocation();
  // Sent here to turn sharing on (the payment screen's offer): the switch has the focus.
  useEffect(() => {
    if (hash !== `#${SHARE_CREDITS_ANCHOR}`) return;
    card.current?.scrollIntoView({ block: "center" });
    card.current?.querySelector<HTMLElement>('[role="switch"]')?.focus();
  }, [hash]);

  async function change(enabled: boolean) {
    setProblem(null);
    try {
      await setCreditSharing(enabled);
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  return (
    // The switch's own label is the card's heading: a separate title would say the same twice.
    <Card tone={organization.creditSharingEnabled ? "shared" : "default"} className="sharing-card">
      <div className="stack-sm" id={SHARE_CREDITS_ANCHOR} ref={card}>
        <Switch
          label="Share Credits"
          description="Clients you access publish with your credits first."
          checked={organization.creditSharingEnabled}
          onChange={(enabled) => void change(enabled)}
          busy={loading}
        />
        <p className="fine-print">
          {organization.creditSharingEnabled
            ? "On: when you post a job inside a client's account, it is paid from your balance."
            : "Off: jobs you post for clients use the client's own credits, or a card payment."}
        </p>
        {problem !== null && (
          <Banner tone="danger" title="Couldn't change credit sharing">
            {problem.message}
          </Banner>
        )}
      </div>
    </Card>
  );
}
