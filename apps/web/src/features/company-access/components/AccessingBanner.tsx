import { useState } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { useSwitchToServiceProvider } from "../hooks/use-company-access";

export interface AccessingBannerProps {
  clientName: string;
  agencyName: string;
  /** Where "Switch into Manage Clients" lands: the agency's Manage Clients page. */
  manageClientsPath: string;
}

/**
 * Shown on every page while an agency user works inside a client's account (R7), so nobody
 * forgets whose account they are changing, with the way back one click away.
 */
export function AccessingBanner({ clientName, agencyName, manageClientsPath }: AccessingBannerProps) {
  const { switchToServiceProvider, loading } = useSwitchToServiceProvider();
  const [problem, setProblem] = useState<Problem | null>(null);

  async function switchBack() {
    setProblem(null);
    try {
      await switchToServiceProvider(agencyName, manageClientsPath);
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  return (
    <div className="accessing-banner" role="region" aria-label="Client account" data-testid="accessing-banner">
      <div className="accessing-banner-inner">
        <span className="accessing-banner-mark" aria-hidden="true">
          ◆
        </span>
        <p className="accessing-banner-text">
          You are working in <strong>{clientName}</strong>'s account as <strong>{agencyName}</strong>
        </p>
        <Button
          variant="secondary"
          size="sm"
          className="accessing-banner-action"
          loading={loading}
          onClick={() => void switchBack()}
        >
          Switch into Manage Clients
        </Button>
        {problem !== null && (
          <p className="accessing-banner-problem" role="alert">
            {problem.title}: {problem.message}
          </p>
        )}
      </div>
    </div>
  );
}
