import type { ReactNode } from "react";
import { graphql } from "../../../gql";
import type { CreditBalanceCard_OrganizationFragment } from "../../../gql/graphql";
import { Badge } from "../../../ui/Badge";
import { Card } from "../../../ui/Card";

export const CreditBalanceCardFragment = graphql(`
  fragment CreditBalanceCard_organization on Organization {
    id
    kind
    creditBalance
    creditSharingEnabled
  }
`);

export interface CreditBalanceCardProps {
  organization: CreditBalanceCard_OrganizationFragment;
  /** The "Buy credits" control, owned by the page so its result can be announced there. */
  action: ReactNode;
  /** For another organization's balance (an agency looking at a client's): its own heading and note. */
  title?: string;
  note?: string;
}

export function CreditBalanceCard({ organization, action, title = "Credit balance", note }: CreditBalanceCardProps) {
  const shared = organization.kind === "SERVICE_PROVIDER" && organization.creditSharingEnabled;
  const n = organization.creditBalance;
  return (
    <Card title={title} actions={shared ? <Badge tone="shared">Shared with clients</Badge> : undefined} className="balance-card">
      <p className="balance">
        <span className="balance-value num" data-testid="credit-balance">
          {n}
        </span>
        <span className="balance-unit">{n === 1 ? "credit" : "credits"} available</span>
      </p>
      <p className={shared ? "balance-note balance-note-shared" : "balance-note"}>
        {note !== undefined
          ? note
          : shared
            ? `Clients you access publish with these ${n === 1 ? "credit" : "credits"} first.`
            : n === 0
              ? "Buy credits to publish job ads without paying by card each time."
              : "Each job ad you publish uses one credit."}
      </p>
      {action != null && <div className="balance-action">{action}</div>}
    </Card>
  );
}
