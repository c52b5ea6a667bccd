import { Badge } from "../../../ui/Badge";
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from "../application-labels";

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { label, tone } = APPLICATION_STATUS_LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
