import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { JobInput, JobStatus } from "../../../gql/graphql";
import { usePagedList } from "../../shared/hooks/use-paged-list";
import { shownQueryState } from "../../shared/hooks/shown-query";

export const JOBS_PAGE_SIZE = 20;

const JobsDocument = graphql(`
  query Jobs($status: JobStatus, $first: Int!, $after: String) {
    jobs(status: $status, first: $first, after: $after) {
      nodes {
        ...JobList_job
        payment {
          source
          amountCents
          payer {
            id
            name
          }
        }
      }
      totalCount
      endCursor
      hasNextPage
    }
  }
`);

export const JobDocument = graphql(`
  query Job($id: ID!) {
    job(id: $id) {
      ...JobDetail_job
    }
  }
`);

const CreateJobDocument = graphql(`
  mutation CreateJob($input: JobInput!) {
    createJob(input: $input) {
      ...JobDetail_job
    }
  }
`);

const UpdateJobDocument = graphql(`
  mutation UpdateJob($id: ID!, $input: JobInput!, $confirmLmtRecordChange: Boolean! = false) {
    updateJob(id: $id, input: $input, confirmLmtRecordChange: $confirmLmtRecordChange) {
      ...JobDetail_job
    }
  }
`);

const CloseJobDocument = graphql(`
  mutation CloseJob($id: ID!) {
    closeJob(id: $id) {
      ...JobDetail_job
    }
  }
`);

const DeleteDraftJobDocument = graphql(`
  mutation DeleteDraftJob($id: ID!) {
    deleteDraftJob(id: $id)
  }
`);

/** The current organization's job ads, newest first, one status at a time (or all). */
export function useJobs(status: JobStatus | null) {
  const { data, loading, error, refetch, fetchMore } = useQuery(JobsDocument, {
    variables: { status, first: JOBS_PAGE_SIZE },
    // Publishing, closing and ads running out change which tab a job is in: ask again each visit.
    fetchPolicy: "cache-and-network",
  });
  const { nodes, ...paging } = usePagedList(data?.jobs, (after) => fetchMore({ variables: { after } }));
  return { jobs: nodes, ...paging, ...shownQueryState({ data, loading, error, refetch }) };
}

/** One job ad of the current organization; `job` is null when it does not exist (or is another's). */
export function useJob(id: string) {
  const { data, loading, error, refetch } = useQuery(JobDocument, { variables: { id }, fetchPolicy: "cache-and-network" });
  return {
    job: data?.job ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/** createJob for a new ad, updateJob for an existing one (each save adds a revision, R8). */
export function useSaveJob() {
  const [create, { loading: creating }] = useMutation(CreateJobDocument, { refetchQueries: ["Jobs"] });
  const [update, { loading: updating }] = useMutation(UpdateJobDocument, { refetchQueries: ["Jobs"] });
  /** `confirmLmtRecordChange`: the agent agreed that editing a published LMT ad changes its record (R8). */
  async function save(id: string | null, input: JobInput, options: { confirmLmtRecordChange?: boolean } = {}) {
    if (id === null) {
      const { data } = await create({ variables: { input } });
      if (!data) throw new Error("The answer had no data.");
      return data.createJob;
    }
    const { data } = await update({ variables: { id, input, confirmLmtRecordChange: options.confirmLmtRecordChange ?? false } });
    if (!data) throw new Error("The answer had no data.");
    return data.updateJob;
  }
  return { save, loading: creating || updating };
}

export function useCloseJob() {
  const [mutate, { loading }] = useMutation(CloseJobDocument, { refetchQueries: ["Jobs"] });
  async function close(id: string): Promise<void> {
    await mutate({ variables: { id } });
  }
  return { close, loading };
}

/** Deletes a draft and forgets it in the cache, so no list shows it any more. */
export function useDeleteDraftJob() {
  const [mutate, { loading }] = useMutation(DeleteDraftJobDocument, {
    update(cache, { data }, { variables }) {
      if (data?.deleteDraftJob === true && variables !== undefined) {
        cache.evict({ id: cache.identify({ __typename: "Job", id: variables.id }) });
        cache.gc();
      }
    },
    refetchQueries: ["Jobs"],
  });
  async function deleteDraft(id: string): Promise<void> {
    await mutate({ variables: { id } });
  }
  return { deleteDraft, loading };
}
