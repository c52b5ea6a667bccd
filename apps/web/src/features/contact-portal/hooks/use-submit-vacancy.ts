import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { VacancyInput } from "../../../gql/graphql";

const SubmitVacancyDocument = graphql(`
  mutation SubmitVacancy($input: VacancyInput!) {
    submitVacancy(input: $input) {
      ...ContactJobCard_job
    }
  }
`);

export type { VacancyInput };

/**
 * Sends a vacancy to the agency (R9): a DRAFT job in the company. The company's job list is
 * dropped from the cache so it is asked for again, with the new draft, wherever it shows next.
 */
export function useSubmitVacancy() {
  const [mutate, { loading }] = useMutation(SubmitVacancyDocument, {
    update(cache) {
      cache.evict({ id: "ROOT_QUERY", fieldName: "jobs" });
      cache.gc();
    },
  });
  async function submit(input: VacancyInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("The answer had no data.");
    return data.submitVacancy;
  }
  return { submit, loading };
}
