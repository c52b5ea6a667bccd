import { useState } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import { Button } from "../../../ui/Button";
import { useSwitchToServiceProvider } from "../hooks/use-company-access";

export interface AccessingBannerProps {
  clientName: string;
  agencyName: string;
  /** Where "Switch into Manage Clients" lands: the agency's Manage Clients page. */
  manageClientsPath: string;
  /** Where "Switch into service provider" lands: the agency's dashboard. */
  agencyDashboardPath: string;
}

/**
 * Shown on every page while an agency user works inside a client's account (R7), so nobody
 * forgets whose account they are changing, with both ways back one click away.
 */
export function AccessingBanner({ clientName, agencyName, manageClientsPath, agencyDashboardPath }: AccessingBannerProps) {
  const { switchToServiceProvider, pending } = useSwitchToServiceProvider();
  const [problem, setProblem] = useState<Problem | null>(null);

  async function switchBack(destination: string, where: string) {
    const arrival = { title: `You're in ${agencyName}'s account`, text: `${where} You left ${clientName}'s account.` };
    setProblem(null);
    try {
      await switchToServiceProvider(agencyName, destination, arrival);
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
        <div className="accessing-banner-actions">
          <Button
            variant="secondary"
            size="sm"
            className="accessing-banner-action"
            loading={pending === manageClientsPath}
            disabled={pending !== null}
            onClick={() => void switchBack(manageClientsPath, "You're on Manage Clients.")}
          >
            Switch into Manage Clients
          </Button>
          <Button
            variant="secondary"
            size="sm"
            className="accessing-banner-action"
            loading={pending === agencyDashboardPath}
            disabled={pending !== null}
            onClick={() => void switchBack(agencyDashboardPath, "You're on your agency's dashboard.")}
          >
            Switch into service provider
          </Button>
        </div>
        {problem !== null && (
          <p className="accessing-banner-problem" role="alert">
            {problem.title}: {problem.message}
          </p>
        )}
      </div>
    </div>
  );
}
