import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const AccessTokensDocument = graphql(`
  query AccessTokens {
    accessTokens {
      ...AccessTokenList_token
    }
  }
`);

const CreateAccessTokenDocument = graphql(`
  mutation CreateAccessToken($name: String!) {
    createAccessToken(name: $name) {
      secret
      accessToken {
        ...AccessTokenList_token
      }
    }
  }
`);

const RevokeAccessTokenDocument = graphql(`
  mutation RevokeAccessToken($id: ID!) {
    revokeAccessToken(id: $id)
  }
`);

export function useAccessTokens() {
  const { data, loading, error, refetch } = useQuery(AccessTokensDocument);
  return {
    tokens: data?.accessTokens ?? [],
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/** The secret comes back once, here; the list is asked again so the new token shows in it. */
export function useCreateAccessToken() {
  const [mutate, { loading }] = useMutation(CreateAccessTokenDocument, { refetchQueries: ["AccessTokens"] });
  async function create(name: string) {
    const { data } = await mutate({ variables: { name } });
    if (!data) throw new Error("The answer had no data.");
    return data.createAccessToken;
  }
  return { create, loading };
}

export function useRevokeAccessToken() {
  const [mutate, { loading }] = useMutation(RevokeAccessTokenDocument, {
    refetchQueries: ["AccessTokens"],
    awaitRefetchQueries: true,
  });
  async function revoke(id: string): Promise<void> {
    await mutate({ variables: { id } });
  }
  return { revoke, loading };
}
