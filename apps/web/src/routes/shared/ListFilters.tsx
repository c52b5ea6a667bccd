import { Select, TextInput } from "../../ui/Field";
import type { useListFilters } from "./use-list-filters";

export interface ListFiltersProps {
  /** The search landmark's name, e.g. "Filter clients". */
  label: string;
  searchPlaceholder: string;
  statusLabel: string;
  /** "All statuses" (value "") first, then each status. */
  statusOptions: readonly { value: string; label: string }[];
  filters: ReturnType<typeof useListFilters>;
}

/** A list's search box and status select, above the list in its card. */
export function ListFilters({ label, searchPlaceholder, statusLabel, statusOptions, filters }: ListFiltersProps) {
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      <TextInput
        label="Search"
        type="search"
        name="q"
        placeholder={searchPlaceholder}
        value={filters.searchText}
        onChange={(e) => filters.setSearchText(e.target.value)}
        maxLength={100}
      />
      <Select
        label={statusLabel}
        name="status"
        value={filters.status ?? ""}
        options={statusOptions}
        onChange={(e) => filters.setStatus(e.target.value)}
      />
    </form>
  );
}
