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
  /** Whether the organization has had credits before: only then is it "out of" them. */
  hadCredits?: boolean;
}

/**
 * At 0 credits: send the agency (or employer) to Pricing Plans for a job pack or a subscription.
 * A new account has no plan to upgrade and has run out of nothing, so it is told what credits do.
 */
export function UpgradePrompt({ pricingPath = "/pricing", accessingAgencyName, hadCredits = false }: UpgradePromptProps) {
  const title =
    accessingAgencyName !== undefined ? "No shared credits" : hadCredits ? "You're out of credits" : "Credits for your job ads";
  return (
    <div className="upgrade-prompt" role="note" aria-label={title} data-testid="upgrade-prompt">
      <div className="upgrade-prompt-text">
        <p className="upgrade-prompt-title">{title}</p>
        <p className="upgrade-prompt-body">
          {accessingAgencyName === undefined
            ? hadCredits
              ? "A job pack or a monthly subscription publishes job ads for less than paying by card each time."
              : "Each job ad takes one credit. Pay by card as you publish, or buy a job pack or a monthly subscription to publish for less."
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
