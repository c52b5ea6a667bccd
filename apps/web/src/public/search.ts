import type { BoardSearch, WorkTypeName } from "./types";

const WORK_TYPES = new Set<string>(["FULL_TIME", "PART_TIME", "CONTRACT", "CASUAL", "TEMPORARY"]);

/** A board search from its URL: ?q=&location=&type=&salary=&after= (anything unreadable is left out). */
export function parseSearch(params: URLSearchParams): BoardSearch {
  const type = params.get("type") ?? "";
  const salary = Number.parseInt(params.get("salary") ?? "", 10);
  return {
    query: (params.get("q") ?? "").trim().slice(0, 200),
    location: (params.get("location") ?? "").trim().slice(0, 120),
    workType: WORK_TYPES.has(type) ? (type as WorkTypeName) : "",
    minSalary: Number.isFinite(salary) && salary > 0 && salary <= 10_000_000 ? salary : null,
    after: params.get("after") || null,
  };
}

/** A board's address for a search (the inverse of parseSearch), plus parameters that travel along. */
export function boardHref(home: string, search: BoardSearch, keep: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (search.query !== "") params.set("q", search.query);
  if (search.location !== "") params.set("location", search.location);
  if (search.workType !== "") params.set("type", search.workType);
  if (search.minSalary !== null) params.set("salary", String(search.minSalary));
  for (const [name, value] of Object.entries(keep)) params.set(name, value);
  if (search.after !== null) params.set("after", search.after);
  const text = params.toString();
  return text === "" ? home : `${home}?${text}`;
}
