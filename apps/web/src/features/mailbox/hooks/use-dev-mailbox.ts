import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const DevMailboxDocument = graphql(`
  query DevMailbox($to: String) {
    devMailbox(to: $to) {
      id
      to
      subject
      text
      createdAt
      sentAt
    }
  }
`);

/** Recent mail the server wrote, newest first (development servers without SMTP only). */
export function useDevMailbox(to: string) {
  const { data, loading, error, refetch, networkStatus } = useQuery(DevMailboxDocument, {
    variables: { to: to.trim() === "" ? null : to.trim() },
    fetchPolicy: "network-only",
    notifyOnNetworkStatusChange: true,
  });
  return {
    mails: data?.devMailbox ?? [],
    ...shownQueryState({ data, loading, error, refetch }),
    refreshing: networkStatus === 4,
  };
}
