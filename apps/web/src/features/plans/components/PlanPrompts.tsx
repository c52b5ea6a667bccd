import { usePlanOverview } from "../hooks/use-plan-overview";
import { SharePrompt } from "./SharePrompt";
import { UpgradePrompt } from "./UpgradePrompt";

/**
 * The dashboard's nudges, from the same answer as the plan card: "Share these credits with your
 * clients?" for an agency with job pack or subscription credits and Share Credits off, and
 * a pointer to Pricing Plans at 0 credits. Nothing while loading or on an error (the plan card shows those).
 */
export function PlanPrompts({ pricingPath }: { pricingPath: string }) {
  const { data } = usePlanOverview();
  const organization = data?.viewer?.currentOrganization ?? null;
  if (data === null || organization === null) return null;
  const planCredits = data.creditLots.some(
    (l) => l.remaining > 0 && (l.planKind === "JOB_PACK" || l.planKind === "SUBSCRIPTION"),
  );
  const share = organization.kind === "SERVICE_PROVIDER" && !organization.creditSharingEnabled && planCredits;
  const upgrade = organization.creditBalance === 0;
  if (!share && !upgrade) return null;
  return (
    <>
      {share && <SharePrompt organizationId={organization.id} credits={organization.creditBalance} />}
      {upgrade && (
        <UpgradePrompt
          pricingPath={pricingPath}
          hadCredits={data.creditLots.length > 0 || data.purchases.some((p) => p.status === "SUCCEEDED")}
        />
      )}
    </>
  );
}
