/** schema.org JobPosting for search engines (Google's job search reads it from a script tag). */
export interface JobPostingFacts {
  title: string;
  description: string;
  publishedAt: Date;
  closesAt: Date | null;
  employerName: string;
  workType: string;
  location: { city: string; state: string | null; postcode: string | null; country: string };
  salary: { min: number | null; max: number | null; period: string; currency: string } | null;
  /** Absolute link to the job page, when known. */
  url?: string;
  /** The ad's id: Google's `identifier`, named by the employer. */
  id?: string;
  /** Candidates apply on the page itself (our own apply form), so Google may show "Apply directly". */
  directApply?: boolean;
}

const WORK_TYPES: Record<string, string> = {
  FULL_TIME: "FULL_TIME",
  PART_TIME: "PART_TIME",
  CONTRACT: "CONTRACTOR",
  CASUAL: "PER_DIEM",
  TEMPORARY: "TEMPORARY",
};

/** Our salary periods are schema.org's unitText values (HOUR, DAY, WEEK, MONTH, YEAR). */
export function jobPosting(job: JobPostingFacts): Record<string, unknown> {
  const address: Record<string, string> = {
    "@type": "PostalAddress",
    addressLocality: job.location.city,
    addressCountry: job.location.country,
  };
  if (job.location.state !== null) address.addressRegion = job.location.state;
  if (job.location.postcode !== null) address.postalCode = job.location.postcode;
  const posting: Record<string, unknown> = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    title: job.title,
    description: job.description,
    datePosted: job.publishedAt.toISOString(),
    hiringOrganization: { "@type": "Organization", name: job.employerName },
    jobLocation: { "@type": "Place", address },
    employmentType: WORK_TYPES[job.workType] ?? job.workType,
  };
  if (job.closesAt !== null) posting.validThrough = job.closesAt.toISOString();
  if (job.url !== undefined) posting.url = job.url;
  if (job.id !== undefined) posting.identifier = { "@type": "PropertyValue", name: job.employerName, value: job.id };
  if (job.directApply !== undefined) posting.directApply = job.directApply;
  const s = job.salary;
  if (s !== null && (s.min !== null || s.max !== null)) {
    const value: Record<string, unknown> = { "@type": "QuantitativeValue", unitText: s.period };
    if (s.min !== null) value.minValue = s.min;
    if (s.max !== null) value.maxValue = s.max;
    if (s.min !== null && s.max === null) value.value = s.min;
    posting.baseSalary = { "@type": "MonetaryAmount", currency: s.currency, value };
  }
  return posting;
}

/** JSON safe to place inside <script type="application/ld+json">: no "</script>" or HTML comment can end it early. */
export function jobPostingJsonLd(job: JobPostingFacts): string {
  return JSON.stringify(jobPosting(job))
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
