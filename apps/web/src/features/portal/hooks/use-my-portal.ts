import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PortalInput } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

/**
 * One selection for the settings query and the save's answer: the answer is written into the
 * cache as MyPortal, so a field asked for by one and not the other would go missing there.
 */
export const MyPortalFragment = graphql(`
  fragment MyPortal_portal on Portal {
    id
    slug
    title
    intro
    primaryColor
    logoUrl
    enabled
    serviceProvider {
      id
      name
    }
  }
`);

const MyPortalDocument = graphql(`
  query MyPortal {
    myPortal {
      ...MyPortal_portal
    }
  }
`);

const SavePortalDocument = graphql(`
  mutation SavePortal($input: PortalInput!) {
    savePortal(input: $input) {
      ...MyPortal_portal
    }
  }
`);

/** The signed-in agency's portal settings; `portal` is null before the first save. */
export function useMyPortal() {
  const { data, loading, error, refetch } = useQuery(MyPortalDocument, { fetchPolicy: "cache-and-network" });
  return {
    portal: data?.myPortal ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

export function useSavePortal() {
  const [mutate, { loading }] = useMutation(SavePortalDocument, {
    update(cache, { data }) {
      if (data != null) cache.writeQuery({ query: MyPortalDocument, data: { myPortal: data.savePortal } });
    },
  });
  async function save(input: PortalInput) {
    const { data } = await mutate({ variables: { input } });
    if (data == null) throw new Error("savePortal returned no data");
    return data.savePortal;
  }
  return { save, loading };
}
