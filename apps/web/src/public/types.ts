/**
 * What the public pages read: the shapes of the API's public queries (PublicJob, PublicJobPage,
 * Portal), with dates as ISO strings, the same whether a loader ran on the server or in the browser.
 */
export type WorkTypeName = "FULL_TIME" | "PART_TIME" | "CONTRACT" | "CASUAL" | "TEMPORARY";
export type SalaryPeriodName = "HOUR" | "DAY" | "WEEK" | "MONTH" | "YEAR";

export interface PublicLocation {
  city: string;
  state: string | null;
  postcode: string | null;
  country: string;
}

export interface PublicSalary {
  min: number | null;
  max: number | null;
  period: SalaryPeriodName;
  currency: string;
}

/** A result on a board. */
export interface PublicJobCard {
  id: string;
  title: string;
  slug: string;
  path: string;
  employerName: string;
  workType: WorkTypeName;
  publishedAt: string;
  location: PublicLocation;
  salary: PublicSalary | null;
}

/** A whole ad. */
export interface PublicJob extends PublicJobCard {
  description: string;
  requirements: string | null;
  closesAt: string | null;
  open: boolean;
  jsonLd: string;
  /** The agency that posted it for the employer, if one did. */
  agencyName: string | null;
}

export interface PublicJobPage {
  nodes: PublicJobCard[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface PublicPortal {
  id: string;
  slug: string;
  title: string;
  intro: string | null;
  primaryColor: string;
  logoUrl: string | null;
  enabled: boolean;
  serviceProvider: { id: string; name: string };
}

/** A board search as it stands in the URL (?q=&location=&type=&salary=&after=). */
export interface BoardSearch {
  query: string;
  location: string;
  workType: WorkTypeName | "";
  minSalary: number | null;
  after: string | null;
}

export interface ApplyReceipt {
  id: string;
  jobTitle: string;
  submittedAt: string;
}

/** What the apply form sends (ApplyInput). */
export interface ApplyValues {
  portalSlug: string;
  jobId: string;
  name: string;
  email: string;
  phone: string | null;
  coverNote: string | null;
  resumeUploadId: string | null;
  consent: boolean;
  source: string | null;
}

/** An application the server refused: a message and the fields it names. */
export interface ApplyRefusal {
  message: string;
  code: string;
  fields: Record<string, string>;
}
