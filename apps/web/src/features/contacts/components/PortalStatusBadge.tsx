import { PORTAL_STATUS_LABELS } from "@app/domain";
import type { PortalAccountStatus } from "../../../gql/graphql";
import { Badge, type BadgeTone } from "../../../ui/Badge";

export type { PortalAccountStatus };

/** R9: grey until invited, amber while the invitation waits, green once the contact has signed in. */
const TONES = {
  NOT_REGISTERED: "neutral",
  PENDING_ACTIVATION: "warning",
  CONNECTED: "success",
} satisfies Record<PortalAccountStatus, BadgeTone>;

export const PORTAL_STATUSES = Object.keys(TONES) as PortalAccountStatus[];

export function portalStatusLabel(status: PortalAccountStatus): string {
  return PORTAL_STATUS_LABELS[status];
}

export function PortalStatusBadge({ status }: { status: PortalAccountStatus }) {
  return <Badge tone={TONES[status]}>{PORTAL_STATUS_LABELS[status]}</Badge>;
}
