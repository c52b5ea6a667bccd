import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { CompanyDetailsInput } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const CompanyDetailsDocument = graphql(`
  query CompanyDetails {
    viewer {
      currentOrganization {
        ...CompanyDetails_organization
      }
    }
  }
`);

export const CompanyDetailsFragment = graphql(`
  fragment CompanyDetails_organization on Organization {
    id
    name
    phone
    website
    address
  }
`);

const UpdateCompanyDetailsDocument = graphql(`
  mutation UpdateCompanyDetails($input: CompanyDetailsInput!) {
    updateCompanyDetails(input: $input) {
      ...CompanyDetails_organization
    }
  }
`);

export type { CompanyDetailsInput };

/** The details of the company the session acts as (a contact's own company). */
export function useCompanyDetails() {
  const { data, loading, error, refetch } = useQuery(CompanyDetailsDocument, { fetchPolicy: "cache-and-network" });
  return {
    company: data?.viewer?.currentOrganization ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/** Saves them; the answer updates the organization in the cache (its name in the header too). */
export function useUpdateCompanyDetails() {
  const [mutate, { loading }] = useMutation(UpdateCompanyDetailsDocument);
  async function save(input: CompanyDetailsInput) {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error("The answer had no data.");
    return data.updateCompanyDetails;
  }
  return { save, loading };
}
