import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";

const SEARCH_DELAY_MS = 300;

/**
 * A list page's status filter and search, kept in the URL (`?status=pending&q=…`) so a reload or
 * a shared link shows the same list. The search box's text settles for a moment before it
 * reaches the URL; `status` is null for "All statuses" and for a value that is not one of `statuses`.
 */
export function useListFilters<S extends string>(statuses: readonly S[]) {
  const [params, setParams] = useSearchParams();
  const status = asStatus(statuses, params.get("status"));
  const search = params.get("q") ?? "";
  const [searchText, setSearchText] = useState(search);

  useEffect(() => {
    if (searchText.trim() === search) return;
    const timer = setTimeout(() => setFilter("q", searchText.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

  function setFilter(name: "q" | "status", value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === "") next.delete(name);
        else next.set(name, name === "status" ? value.toLowerCase() : value);
        return next;
      },
      { replace: true },
    );
  }

  return { status, search, searchText, setSearchText, setStatus: (value: string) => setFilter("status", value) };
}

function asStatus<S extends string>(statuses: readonly S[], value: string | null): S | null {
  const upper = (value ?? "").toUpperCase();
  return (statuses as readonly string[]).includes(upper) ? (upper as S) : null;
}
