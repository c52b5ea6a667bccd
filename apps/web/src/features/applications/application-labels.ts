import type { ApplicationStatus } from "../../gql/graphql";
import type { BadgeTone } from "../../ui/Badge";

export type { ApplicationStatus };

/** The order a candidate moves through, and the words and colours for each step. */
export const APPLICATION_STATUSES: ApplicationStatus[] = ["NEW", "SHORTLISTED", "INTERVIEWED", "HIRED", "REJECTED"];

export const APPLICATION_STATUS_LABELS = {
  NEW: { label: "New", tone: "neutral" },
  SHORTLISTED: { label: "Shortlisted", tone: "info" },
  INTERVIEWED: { label: "Interviewed", tone: "warning" },
  HIRED: { label: "Hired", tone: "success" },
  REJECTED: { label: "Unsuccessful", tone: "danger" },
} satisfies Record<ApplicationStatus, { label: string; tone: BadgeTone }>;

/** Moving to REJECTED needs a reason (kept for the LMT record); the others may carry one. */
export function reasonRequired(status: ApplicationStatus): boolean {
  return status === "REJECTED";
}
