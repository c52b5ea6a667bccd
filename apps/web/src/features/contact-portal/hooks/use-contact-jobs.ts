import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePagedList } from "../../shared/hooks/use-paged-list";
import { shownQueryState } from "../../shared/hooks/shown-query";

export const CONTACT_JOBS_PAGE_SIZE = 20;

const ContactJobsDocument = graphql(`
  query ContactJobs($first: Int!, $after: String) {
    jobs(first: $first, after: $after) {
      nodes {
        ...ContactJobCard_job
      }
      totalCount
      endCursor
      hasNextPage
    }
  }
`);

const ContactJobDocument = graphql(`
  query ContactJob($id: ID!) {
    job(id: $id) {
      ...ContactJobCard_job
    }
  }
`);

const ContactCandidatesDocument = graphql(`
  query ContactCandidates($jobId: ID!) {
    applications(jobId: $jobId) {
      ...ContactCandidate_application
    }
  }
`);

/** The company's job ads in every status (drafts too), newest first, with "Load more". */
export function useContactJobs() {
  const { data, loading, error, refetch, fetchMore } = useQuery(ContactJobsDocument, {
    variables: { first: CONTACT_JOBS_PAGE_SIZE },
    // The agency publishes and closes ads meanwhile, and a vacancy just sent must show: ask again each visit.
    fetchPolicy: "cache-and-network",
  });
  // Pages join in the cache's `jobs` field policy (apollo/client.ts).
  const { nodes, ...paging } = usePagedList(data?.jobs, (after) => fetchMore({ variables: { after } }));
  return { jobs: nodes, ...paging, ...shownQueryState({ data, loading, error, refetch }) };
}

/** One of the company's job ads; null when there is none with this id in the company. */
export function useContactJob(id: string) {
  const { data, loading, error, refetch } = useQuery(ContactJobDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  return {
    job: data?.job ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/** A job's candidates, newest first as the API sends them (read-only for a contact). */
export function useContactCandidates(jobId: string) {
  const { data, loading, error, refetch } = useQuery(ContactCandidatesDocument, {
    variables: { jobId },
    fetchPolicy: "cache-and-network",
  });
  return {
    candidates: data?.applications ?? [],
    ...shownQueryState({ data, loading, error, refetch }),
  };
}
