import { Badge } from "../../../ui/Badge";
import { JOB_STATUS_LABELS, type JobStatus } from "../job-labels";

export function JobStatusBadge({ status }: { status: JobStatus }) {
  const { label, tone } = JOB_STATUS_LABELS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
