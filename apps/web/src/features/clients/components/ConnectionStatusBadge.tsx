import type { ConnectionStatus } from "../../../gql/graphql";
import { Badge, type BadgeTone } from "../../../ui/Badge";

export type { ConnectionStatus };

export const CONNECTION_STATUS_LABELS = {
  PENDING: { label: "Pending", tone: "warning" },
  ACTIVE: { label: "Active", tone: "success" },
  DECLINED: { label: "Declined", tone: "danger" },
  REVOKED: { label: "Revoked", tone: "neutral" },
  EXPIRED: { label: "Expired", tone: "neutral" },
} satisfies Record<ConnectionStatus, { label: string; tone: BadgeTone }>;

export const CONNECTION_STATUSES = Object.keys(CONNECTION_STATUS_LABELS) as ConnectionStatus[];

export function ConnectionStatusBadge({ status }: { status: ConnectionStatus }) {
  const { label, tone } = CONNECTION_STATUS_LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
