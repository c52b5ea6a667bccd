import { jobInput } from "./jobs.js";

/** A Labour Market Testing ad that passes every publish check: a chef paid $70,000-$78,000 a year. */
export function lmtJobInput(overrides: Record<string, unknown> = {}) {
  return jobInput({
    title: "Chef de Partie",
    description: "Lead the grill section of our busy kitchen. You will work with a team of six and train junior cooks.",
    requirements: "Certificate IV in Commercial Cookery and 2 years of experience as a chef",
    salary: { min: 70000, max: 78000, period: "YEAR", currency: "AUD" },
    occupationCode: "351311",
    lmt: true,
    durationDays: 28,
    ...overrides,
  });
}

export const ADD_PLACEMENT = `mutation($jobId: ID!, $input: LmtPlacementInput!) { addLmtPlacement(jobId: $jobId, input: $input) { placements { id } } }`;
export const SET_LMT_DATES = `mutation($jobId: ID!, $lodge: String, $redundancy: String, $portal: Boolean) {
  setLmtDates(jobId: $jobId, intendedLodgement: $lodge, redundancyOn: $redundancy, portalNationalReach: $portal) { earliestLodgement latestLodgement } }`;
export const DEV_MAILBOX = `query($to: String) { devMailbox(to: $to) { id subject text headerList { name value } } }`;
