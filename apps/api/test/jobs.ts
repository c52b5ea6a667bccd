/** Job operations shared by the job tests. */
export const JOB_FIELDS = `id title status publishedAt closesAt durationDays lmt
  location { city state country } salary { min max period currency }
  payment { source amountCents payer { id name } } revisions { number title afterPublish author { email } }`;

export const CREATE_JOB = `mutation($input: JobInput!) { createJob(input: $input) { ${JOB_FIELDS} } }`;
export const UPDATE_JOB = `mutation($id: ID!, $input: JobInput!) { updateJob(id: $id, input: $input) { ${JOB_FIELDS} } }`;
export const PUBLISH_JOB = `mutation($id: ID!, $payment: PaymentInput, $key: String) { publishJob(id: $id, payment: $payment, idempotencyKey: $key) { ${JOB_FIELDS} } }`;
export const QUOTE = `query($id: ID!) { publishQuote(jobId: $id) { source serviceProviderCredits ownCredits priceCents currency canPublishWithCredits } }`;
export const BALANCE = `{ viewer { currentOrganization { id creditBalance } } }`;

export function jobInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Barista",
    description: "Make great coffee for our customers in a busy beachside cafe.",
    location: { city: "Manly", state: "NSW", postcode: "2095", country: "AU" },
    workType: "FULL_TIME",
    salary: { min: 65000, max: 72000, period: "YEAR", currency: "AUD" },
    requirements: "2 years of barista experience",
    ...overrides,
  };
}
