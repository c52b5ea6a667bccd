import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { UsageQuery } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const UsageDocument = graphql(`
  query Usage($month: String!) {
    usage(month: $month) {
      month
      ads
      credits
      valueCents
      csvUrl
      clients {
        clientId
        clientName
        ads
        credits
        valueCents
        statementUrl
        lines {
          entryId
          day
          jobTitle
          publishedByName
          credits
          valueCents
        }
      }
    }
  }
`);

export type ClientUsage = UsageQuery["usage"]["clients"][number];

/** A month's credit spends by client (YYYY-MM). */
export function useUsage(month: string) {
  const { data, loading, error, refetch } = useQuery(UsageDocument, { variables: { month }, fetchPolicy: "cache-and-network" });
  return { usage: data?.usage ?? null, ...shownQueryState({ data, loading, error, refetch }) };
}
