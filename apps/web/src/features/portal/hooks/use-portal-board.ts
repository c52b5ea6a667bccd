import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePagedList } from "../../shared/hooks/use-paged-list";
import { shownQueryState } from "../../shared/hooks/shown-query";

export const PORTAL_PAGE_SIZE = 10;

const PublicPortalDocument = graphql(`
  query PublicPortal($slug: String!) {
    portal(slug: $slug) {
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

const PortalJobsDocument = graphql(`
  query PortalJobs($slug: String!, $query: String, $location: String, $first: Int!, $after: String) {
    portalJobs(slug: $slug, query: $query, location: $location, first: $first, after: $after) {
      nodes {
        id
        title
        employerName
        workType
        publishedAt
        location {
          city
          state
          postcode
          country
        }
        salary {
          min
          max
          period
          currency
        }
      }
      endCursor
      hasNextPage
      totalCount
    }
  }
`);

/** A portal by slug: null when there is none or it is switched off (the API answers null for both). */
export function usePublicPortal(slug: string) {
  const { data, loading, error, refetch } = useQuery(PublicPortalDocument, { variables: { slug } });
  return {
    portal: data?.portal ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/** The board's open jobs, newest first; "Load more" appends the next cursor page. */
export function usePortalJobs(slug: string, query: string, location: string, options: { skip?: boolean } = {}) {
  const variables = {
    slug,
    query: query === "" ? null : query,
    location: location === "" ? null : location,
    first: PORTAL_PAGE_SIZE,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(PortalJobsDocument, {
    variables,
    fetchPolicy: "cache-and-network",
    skip: options.skip === true,
  });
  const { nodes, ...paging } = usePagedList(data?.portalJobs, (after) =>
    fetchMore({
      variables: { after },
      // Appended here rather than by a cache field policy: the board is its own small world.
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        portalJobs: { ...fetchMoreResult.portalJobs, nodes: [...previous.portalJobs.nodes, ...fetchMoreResult.portalJobs.nodes] },
      }),
    }),
  );
  return { jobs: nodes, ...paging, ...shownQueryState({ data, loading, error, refetch }) };
}

export type PublicPortal = NonNullable<ReturnType<typeof usePublicPortal>["portal"]>;
