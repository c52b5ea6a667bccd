import { useQuery } from "@apollo/client/react";
import { useSearchParams } from "react-router";
import { graphql } from "../../../gql";
import type { JobStatus, LmtTrackerSort } from "../../../gql/graphql";
import { shownQueryState } from "../../shared/hooks/shown-query";

export const LmtTrackerDocument = graphql(`
  query LmtTracker($filter: LmtTrackerFilter, $sort: LmtTrackerSort, $descending: Boolean) {
    lmtTracker(filter: $filter, sort: $sort, descending: $descending) {
      total
      csvUrl
      clients {
        id
        name
      }
      rows {
        jobId
        clientId
        clientName
        connectionId
        title
        status
        requiredDays
        compliant
        earliestLodgement
        latestLodgement
        redundancyOn
        readyToLodge
        windowClosesInDays
        nationalPlacements {
          board
          days
        }
        failingChecks {
          code
          label
        }
      }
    }
  }
`);

export const TRACKER_SORTS: readonly { value: LmtTrackerSort; label: string }[] = [
  { value: "CLIENT" as LmtTrackerSort, label: "Client" },
  { value: "ROLE" as LmtTrackerSort, label: "Role" },
  { value: "STATUS" as LmtTrackerSort, label: "Status" },
  { value: "EARLIEST_LODGEMENT" as LmtTrackerSort, label: "Earliest lodgement" },
  { value: "LATEST_LODGEMENT" as LmtTrackerSort, label: "Latest lodgement" },
  { value: "WINDOW_CLOSES" as LmtTrackerSort, label: "Window closes" },
];

const STATUSES = ["DRAFT", "PUBLISHED", "CLOSED"] as const;

/** The tracker's filters and order, kept in the URL (`?client=…&closing=1&sort=window_closes`). */
export function useTrackerFilters() {
  const [params, setParams] = useSearchParams();
  const status = (params.get("status") ?? "").toUpperCase();
  const sort = (params.get("sort") ?? "").toUpperCase();
  const filters = {
    clientId: params.get("client") ?? "",
    status: (STATUSES as readonly string[]).includes(status) ? (status as JobStatus) : null,
    readyToLodge: params.get("ready") === "1",
    windowClosing: params.get("closing") === "1",
    failingCheck: params.get("failing") === "1",
    sort: (TRACKER_SORTS.some((s) => s.value === sort) ? sort : "CLIENT") as LmtTrackerSort,
    descending: params.get("desc") === "1",
  };
  function set(name: "client" | "status" | "ready" | "closing" | "failing" | "sort" | "desc", value: string | boolean) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const text = typeof value === "boolean" ? (value ? "1" : "") : value;
        if (text === "") next.delete(name);
        else next.set(name, name === "status" || name === "sort" ? text.toLowerCase() : text);
        return next;
      },
      { replace: true },
    );
  }
  return { filters, set };
}

export function useLmtTracker(filters: ReturnType<typeof useTrackerFilters>["filters"]) {
  const query = useQuery(LmtTrackerDocument, {
    variables: {
      filter: {
        clientId: filters.clientId === "" ? null : filters.clientId,
        status: filters.status,
        readyToLodge: filters.readyToLodge || null,
        windowClosing: filters.windowClosing || null,
        failingCheck: filters.failingCheck || null,
      },
      sort: filters.sort,
      descending: filters.descending,
    },
    fetchPolicy: "cache-and-network",
  });
  return { tracker: query.data?.lmtTracker ?? null, ...shownQueryState(query) };
}
