import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { shownQueryState } from "../../shared/hooks/shown-query";

const AgencyTodayDocument = graphql(`
  query AgencyToday {
    agencyToday {
      lmtReadyToLodge {
        jobId
        title
        clientName
        earliestLodgement
        latestLodgement
        windowClosesInDays
      }
      lmtWindowClosing {
        jobId
        title
        clientName
        latestLodgement
        windowClosesInDays
      }
      vacanciesWaiting {
        jobId
        title
        clientName
        submittedAt
      }
      invitationsPending {
        id
        companyName
        email
        invitedAt
        expiresAt
      }
      creditBalance
      creditAlertThreshold
      creditsLow
      creditsExpiringSoon {
        remaining
        expiresAt
      }
      nextCreditExpiry {
        remaining
        expiresAt
      }
      month
      publishedThisMonth {
        clientId
        clientName
        published
      }
    }
  }
`);

/** What needs the agency today; asked again on each visit (clients act elsewhere). */
export function useAgencyToday() {
  const query = useQuery(AgencyTodayDocument, { fetchPolicy: "cache-and-network" });
  return { today: query.data?.agencyToday ?? null, ...shownQueryState(query) };
}
