import { useMutation, useQuery } from "@apollo/client/react";
import type { ApolloCache } from "@apollo/client";
import { graphql } from "../../../gql";
import type { LmtPlacementInput, LmtReportQuery } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

/*
 * The report is one flat selection (no fragment spreads): the API limits queries to depth 6
 * and counts a spread as a level. Every mutation answers with the whole report again.
 */
export const LmtReportDocument = graphql(`
  query LmtReport($jobId: ID!) {
    lmtReport(jobId: $jobId) {
      readOnly
      employerName
      job {
        id
        title
        status
        lmt
        showSalary
        publishedAt
        closesAt
        durationDays
        occupationCode
      }
      compliant
      checks {
        code
        label
        passed
        detail
        atPublish
      }
      advertisedFrom
      advertisedUntil
      daysAdvertised
      applicationCount
      csvUrl
      pdfUrl
      evidenceUrl
      advertiserName
      placements {
        id
        isPortalAd
        board
        nationalReach
        url
        sourceCode
        trackingUrl
        startsOn
        endsOn
        days
        applicationCount
        views
      }
      runs {
        board
        nationalReach
        startsOn
        endsOn
        days
        counted
        gaps {
          after
          resumedOn
          days
        }
      }
      earliestLodgement
      latestLodgement
      intendedLodgement
      redundancyOn
      portalNationalReach
      salary {
        min
        max
        period
        currency
      }
      salaryText
      annualEarnings
      salaryThreshold
      revisions {
        number
        title
        createdAt
        afterPublish
        author {
          id
          name
        }
      }
      firstPublishedRevision {
        number
        title
        createdAt
      }
      applications {
        id
        candidateName
        source
        placementId
        placementBoard
        status
        outcomeReason
        appliedAt
      }
      outcomes {
        status
        count
      }
      generatedAt
    }
  }
`);

const AddLmtPlacementDocument = graphql(`
  mutation AddLmtPlacement($jobId: ID!, $input: LmtPlacementInput!) {
    addLmtPlacement(jobId: $jobId, input: $input) {
      generatedAt
    }
  }
`);

const RemoveLmtPlacementDocument = graphql(`
  mutation RemoveLmtPlacement($id: ID!) {
    removeLmtPlacement(id: $id) {
      generatedAt
    }
  }
`);

const SetLmtDatesDocument = graphql(`
  mutation SetLmtDates($jobId: ID!, $intendedLodgement: String, $redundancyOn: String, $portalNationalReach: Boolean) {
    setLmtDates(
      jobId: $jobId
      intendedLodgement: $intendedLodgement
      redundancyOn: $redundancyOn
      portalNationalReach: $portalNationalReach
    ) {
      generatedAt
    }
  }
`);

export type LmtReportData = LmtReportQuery["lmtReport"];
export type LmtPlacementRow = LmtReportData["placements"][number];

/** The LMT report of one job of the current organization. */
export function useLmtReport(jobId: string) {
  const { data, loading, error, refetch } = useQuery(LmtReportDocument, {
    variables: { jobId },
    fetchPolicy: "cache-and-network",
  });
  return {
    report: data?.lmtReport ?? null,
    ...shownQueryState({ data, loading, error, refetch }),
  };
}

/*
 * The mutations answer with the report, but a report has no id to normalise it by: rather than
 * ask for every field twice, each mutation asks the report again (one small round trip).
 */
function refetchReport(jobId: string) {
  return [{ query: LmtReportDocument, variables: { jobId } }];
}

function forgetChecks(cache: ApolloCache) {
  cache.evict({ id: "ROOT_QUERY", fieldName: "lmtChecks" });
}

export function useLmtReportActions(jobId: string) {
  const options = { refetchQueries: refetchReport(jobId), awaitRefetchQueries: true, update: forgetChecks };
  const [add, { loading: adding }] = useMutation(AddLmtPlacementDocument, options);
  const [remove, { loading: removing }] = useMutation(RemoveLmtPlacementDocument, options);
  const [setDates, { loading: savingDates }] = useMutation(SetLmtDatesDocument, options);
  return {
    addPlacement: async (input: LmtPlacementInput) => void (await add({ variables: { jobId, input } })),
    removePlacement: async (id: string) => void (await remove({ variables: { id } })),
    /** Both dates are sent every time (null clears one); national reach only when given. */
    setDates: async (dates: {
      intendedLodgement: string | null;
      redundancyOn: string | null;
      portalNationalReach?: boolean | null;
    }) => void (await setDates({ variables: { jobId, ...dates, portalNationalReach: dates.portalNationalReach ?? null } })),
    adding,
    removing,
    savingDates,
  };
}
