import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

const SetCreditSharingDocument = graphql(`
  mutation SetCreditSharing($enabled: Boolean!) {
    setCreditSharing(enabled: $enabled) {
      id
      creditSharingEnabled
    }
  }
`);

/** Flips the switch at once (optimistic) and lets the cache settle on the API's answer. */
export function useSetCreditSharing(organizationId: string) {
  const [mutate, { loading }] = useMutation(SetCreditSharingDocument);
  async function setCreditSharing(enabled: boolean): Promise<void> {
    await mutate({
      variables: { enabled },
      optimisticResponse: { setCreditSharing: { __typename: "Organization", id: organizationId, creditSharingEnabled: enabled } },
    });
  }
  return { setCreditSharing, loading };
}
