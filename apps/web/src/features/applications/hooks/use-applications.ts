import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { ApplicationStatus } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const ApplicationsDocument = graphql(`
  query JobApplications($jobId: ID!, $status: ApplicationStatus) {
    applications(jobId: $jobId, status: $status) {
      ...ApplicationRow_application
    }
  }
`);

const SetApplicationStatusDocument = graphql(`
  mutation SetApplicationStatus($id: ID!, $status: ApplicationStatus!, $outcomeReason: String) {
    setApplicationStatus(id: $id, status: $status, outcomeReason: $outcomeReason) {
      ...ApplicationRow_application
    }
  }
`);

/** A job's applications, newest first as the API sends them; `status` narrows to one step. */
export function useApplications(jobId: string, status: ApplicationStatus | null) {
  const { data, loading, error, refetch } = useQuery(ApplicationsDocument, {
    variables: { jobId, status },
    fetchPolicy: "cache-and-network",
  });
  return {
    applications: data?.applications ?? [],
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/**
 * Moves one application; the answer updates the row in the cache, and the lists (per status) and
 * the job's count are asked for again so a filtered list does not keep a row that left it.
 */
export function useSetApplicationStatus() {
  const [mutate, { loading }] = useMutation(SetApplicationStatusDocument, { refetchQueries: ["JobApplications"] });
  async function setStatus(id: string, status: ApplicationStatus, outcomeReason: string | null) {
    const { data } = await mutate({ variables: { id, status, outcomeReason } });
    if (data == null) throw new Error("setApplicationStatus returned no data");
    return data.setApplicationStatus;
  }
  return { setStatus, loading };
}
