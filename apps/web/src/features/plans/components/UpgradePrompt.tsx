import { Link } from "react-router";
import "../plans.css";

export interface UpgradePromptProps {
  /** Where Pricing Plans lives: paths.pricing() (features can't import routes/, hence the default). */
  pricingPath?: string;
  /**
   * Set while an agency works inside a client's account: plans are bought in the agency's own
   * account, so the prompt says to switch back rather than linking to a page the client owns.
   */
  accessingAgencyName?: string;
}

/** At 0 credits: send the agency (or employer) to Pricing Plans for a job pack or a subscription. */
export function UpgradePrompt({ pricingPath = "/pricing", accessingAgencyName }: UpgradePromptProps) {
  return (
    <div className="upgrade-prompt" role="note" aria-label="Upgrade your plan" data-testid="upgrade-prompt">
      <div className="upgrade-prompt-text">
        <p className="upgrade-prompt-title">Upgrade your plan</p>
        <p className="upgrade-prompt-body">
          {accessingAgencyName === undefined
            ? "You're out of credits. A job pack or a monthly subscription publishes job ads for less than paying by card each time."
            : `No shared credits from ${accessingAgencyName}. To pay for this client's ads with credits, switch into Manage Clients, open Pricing → Pricing Plans, buy a job pack or a subscription and turn Share Credits on.`}
        </p>
      </div>
      {accessingAgencyName === undefined && (
        <Link className="btn btn-primary" to={pricingPath}>
          See pricing plans
        </Link>
      )}
    </div>
  );
}
