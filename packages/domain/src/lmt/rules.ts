/**
 * The Labour Market Testing rules in force (LIN 18/036 as amended), as data: each set applies
 * from its date until the next one. Callers pass the table in, so a change of rules is a new row.
 */
export interface LmtRuleSet {
  /** First day the set applies (YYYY-MM-DD, Australian legal date). */
  effectiveFrom: string;
  /** Annual earnings under this (whole dollars) must be shown in the ad. */
  salaryDisclosureThreshold: number;
  minRunDays: number;
  minNationalPlacements: number;
  /** Every counted ad ran within this many months before the nomination is lodged. */
  lodgementWindowMonths: number;
}

export const LMT_RULE_SETS: readonly LmtRuleSet[] = [
  {
    effectiveFrom: "2018-03-18",
    salaryDisclosureThreshold: 96_400,
    minRunDays: 28,
    minNationalPlacements: 2,
    lodgementWindowMonths: 4,
  },
];

/** The rule set in force on a day; the earliest one for days before any. */
export function rulesOn(day: string, table: readonly LmtRuleSet[] = LMT_RULE_SETS): LmtRuleSet {
  const sorted = [...table].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  let found = sorted[0];
  if (found === undefined) throw new Error("no LMT rule sets");
  for (const set of sorted) if (set.effectiveFrom <= day) found = set;
  return found;
}
