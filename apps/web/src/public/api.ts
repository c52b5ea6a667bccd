import type { ApplyReceipt, ApplyValues, PublicJob, PublicJobPage, PublicPortal, WorkTypeName } from "./types";

/**
 * The public pages' data: the API's public GraphQL queries. On the server a loader's `context`
 * executes them in-process; in the browser they go to /graphql with fetch (no Apollo Client, so
 * the public bundle stays small).
 */
export interface ExecutionResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: { code?: unknown; fields?: unknown } }[];
}
export type Execute = (query: string, variables: Record<string, unknown>) => Promise<ExecutionResult>;

const CARD = `id title slug path employerName workType publishedAt location { city state postcode country } salary { min max period currency }`;
const FULL = `${CARD} description requirements closesAt open jsonLd agencyName`;

export const DOCUMENTS = {
  boardJobs: `query BoardJobs($query: String, $location: String, $workType: WorkType, $minSalary: Int, $first: Int!, $after: String) {
  boardJobs(query: $query, location: $location, workType: $workType, minSalary: $minSalary, first: $first, after: $after) {
    nodes { ${CARD} } endCursor hasNextPage totalCount } }`,
  boardJob: `query BoardJob($id: ID!) { boardJob(id: $id) { ${FULL} } }`,
  portal: `query PublicPortal($slug: String!) { portal(slug: $slug) {
    id slug title intro primaryColor logoUrl enabled serviceProvider { id name } } }`,
  portalJobs: `query PortalJobs($slug: String!, $query: String, $location: String, $first: Int!, $after: String) {
  portalJobs(slug: $slug, query: $query, location: $location, first: $first, after: $after) {
    nodes { ${CARD} } endCursor hasNextPage totalCount } }`,
  portalJob: `query PortalJob($slug: String!, $id: ID!) { portalJob(slug: $slug, id: $id) { ${FULL} } }`,
  apply: `mutation ApplyToJob($input: ApplyInput!) { applyToJob(input: $input) { id jobTitle submittedAt } }`,
} as const;

export const PAGE_SIZE = 20;

/** A GraphQL error with the contract's code and field messages. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** POST /graphql from the browser. */
export const fetchExecute: Execute = async (query, variables) => {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError("Can't reach the server. Check your connection and try again.", "NETWORK", {});
  }
  return ((await response.json().catch(() => null)) as ExecutionResult | null) ?? {};
};

/** The data, or the first error as an ApiError (its contract code and field messages). */
function unwrap(result: ExecutionResult): Record<string, unknown> {
  const error = result.errors?.[0];
  if (error === undefined && result.data != null) return result.data;
  const code = error?.extensions?.code;
  const fields = error?.extensions?.fields;
  throw new ApiError(
    error?.message ?? "Something went wrong on our side. Try again in a moment.",
    typeof code === "string" ? code : "INTERNAL_SERVER_ERROR",
    fields !== null && typeof fields === "object" ? (fields as Record<string, string>) : {},
  );
}

export function publicApi(run: Execute) {
  const execute = async (query: string, variables: Record<string, unknown>) => unwrap(await run(query, variables));
  return {
    async boardJobs(v: {
      query: string;
      location: string;
      workType: WorkTypeName | "";
      minSalary: number | null;
      after: string | null;
    }) {
      const data = await execute(DOCUMENTS.boardJobs, {
        query: v.query || null,
        location: v.location || null,
        workType: v.workType || null,
        minSalary: v.minSalary,
        first: PAGE_SIZE,
        after: v.after,
      });
      return data.boardJobs as PublicJobPage;
    },
    async boardJob(id: string) {
      return (await execute(DOCUMENTS.boardJob, { id })).boardJob as PublicJob | null;
    },
    async portal(slug: string) {
      return (await execute(DOCUMENTS.portal, { slug })).portal as PublicPortal | null;
    },
    async portalJobs(slug: string, v: { query: string; location: string; after: string | null }) {
      const data = await execute(DOCUMENTS.portalJobs, {
        slug,
        query: v.query || null,
        location: v.location || null,
        first: PAGE_SIZE,
        after: v.after,
      });
      return data.portalJobs as PublicJobPage;
    },
    async portalJob(slug: string, id: string) {
      return (await execute(DOCUMENTS.portalJob, { slug, id })).portalJob as PublicJob | null;
    },
    async apply(input: ApplyValues) {
      return (await execute(DOCUMENTS.apply, { input })).applyToJob as ApplyReceipt;
    },
  };
}

export type PublicApi = ReturnType<typeof publicApi>;

/**
 * What the server hands every loader and action as `context`: its in-process GraphQL, and the
 * one thing a browser without JavaScript sends that GraphQL cannot take, the apply form with its file.
 */
export interface ServerContext {
  execute: Execute;
  /** Stores the CV (POST /uploads' rules) and applies; an ApiError names what was refused. */
  applyWithFile(input: Omit<ApplyValues, "resumeUploadId">, file: File | null): Promise<ApplyReceipt>;
}

/** The API for a loader: the server's when it runs there, else fetch. */
export function apiFor(context: unknown): PublicApi {
  const server = context as Partial<ServerContext> | undefined;
  return publicApi(server?.execute ?? fetchExecute);
}

export function serverContext(context: unknown): ServerContext | null {
  const server = context as Partial<ServerContext> | undefined;
  return typeof server?.applyWithFile === "function" ? (server as ServerContext) : null;
}
