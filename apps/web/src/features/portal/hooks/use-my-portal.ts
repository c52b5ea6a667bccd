import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { PortalInput } from "../../../gql/graphql";

const MyPortalDocument = graphql(`
  query MyPortal {
    myPortal {
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
  }
`);

const SavePortalDocument = graphql(`
  mutation SavePortal($input: PortalInput!) {
    savePortal(input: $input) {
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
  }
`);

/** The signed-in agency's portal settings; `portal` is null before the first save. */
export function useMyPortal() {
  const { data, loading, error, refetch } = useQuery(MyPortalDocument, { fetchPolicy: "cache-and-network" });
  return {
    portal: data?.myPortal ?? null,
    loading: loading && data === undefined,
    error: data === undefined ? error : undefined,
    refetch: () => void refetch(),
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
