/** R10: a candidate's rights over the data their applications hold. */

export type CandidateDataRequestKind = "EXPORT" | "ERASURE";

/** How long an emailed link works: a copy can be fetched for a week, an erasure must be confirmed within a day. */
export const CANDIDATE_LINK_HOURS: Record<CandidateDataRequestKind, number> = { EXPORT: 7 * 24, ERASURE: 24 };

export function candidateLinkExpiry(kind: CandidateDataRequestKind, now: Date): Date {
  return new Date(now.getTime() + CANDIDATE_LINK_HOURS[kind] * 3_600_000);
}

export const ERASED_CANDIDATE_NAME = "Erased candidate";

/**
 * What an application keeps of its candidate after erasure: nothing that names or reaches them.
 * The email stays unique per application (the one-per-candidate index) and can never be delivered
 * (.invalid is reserved). Status and outcome reason stay: they are the LMT record's anonymous outcome.
 */
export function erasedCandidate(applicationId: string) {
  return {
    candidateName: ERASED_CANDIDATE_NAME,
    candidateEmail: `erased-${applicationId}@erased.invalid`,
    phone: null,
    coverNote: null,
  };
}

/**
 * An activity log line about an application, with the candidate's name taken out when it names
 * them: the log keeps what happened to the application, not who applied.
 */
export function withoutCandidateName(summary: string, candidateName: string): string {
  if (candidateName.trim() === "") return summary;
  return summary.split(`${candidateName}'s application`).join("an erased candidate's application");
}
