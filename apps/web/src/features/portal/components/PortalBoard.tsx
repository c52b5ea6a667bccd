import { Form, Link } from "react-router";
import type { BoardSearch, PublicJobCard, PublicJobPage } from "../../../public/types";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { TextInput } from "../../../ui/Field";
import { WORK_TYPE_LABELS } from "../../jobs/job-labels";
import { PortalJobCard } from "./PortalJobCard";

export interface PortalBoardProps {
  /** The board's own address: the search form sends its fields there (GET, so it works without JavaScript). */
  action: string;
  search: BoardSearch;
  page: PublicJobPage;
  /** The national board also searches by work type and minimum salary. */
  filters: boolean;
  jobPath: (job: PublicJobCard) => string;
  /** The next cursor page's address. */
  nextPath: string | null;
  /** "Now" as the server rendered it, so "Posted 3 days ago" reads the same after hydration. */
  now: string;
  /** Query parameters that travel with every search (e.g. ?source=). */
  keep?: Record<string, string>;
}

const SALARY_STEPS = [40_000, 60_000, 80_000, 100_000, 150_000];

/** Results count: the API counts up to 1000, which means "1000 or more". */
export function countText(n: number, searching: boolean): string {
  const shown = n >= 1000 ? "1000+" : String(n);
  const noun = n === 1 ? "job" : "jobs";
  return searching ? `${shown} ${noun} found` : `${shown} open ${noun}`;
}

/** Search by words and place (and on the national board work type and salary), newest first, in cursor pages. */
export function PortalBoard({ action, search, page, filters, jobPath, nextPath, now, keep = {} }: PortalBoardProps) {
  const searching = search.query !== "" || search.location !== "" || search.workType !== "" || search.minSalary !== null;
  const at = new Date(now);
  return (
    <div className="portal-board">
      <Form
        className={filters ? "portal-search portal-search-filters" : "portal-search"}
        method="get"
        action={action}
        role="search"
        aria-label="Search jobs"
      >
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <TextInput
          fieldId="search-q"
          label="What"
          type="search"
          name="q"
          placeholder="Job title, skill or keyword"
          defaultValue={search.query}
          enterKeyHint="search"
        />
        <TextInput
          fieldId="search-location"
          label="Where"
          type="search"
          name="location"
          placeholder="Suburb, city, state or postcode"
          defaultValue={search.location}
          enterKeyHint="search"
        />
        {filters && (
          <>
            <div className="field">
              <label className="field-label" htmlFor="search-type">
                Work type
              </label>
              <select id="search-type" className="input select" name="type" defaultValue={search.workType}>
                <option value="">Any</option>
                {Object.entries(WORK_TYPE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor="search-salary">
                Pay at least
              </label>
              <select
                id="search-salary"
                className="input select"
                name="salary"
                defaultValue={search.minSalary === null ? "" : String(search.minSalary)}
              >
                <option value="">Any</option>
                {SALARY_STEPS.map((amount) => (
                  <option key={amount} value={amount}>
                    {`$${amount / 1000}k a year`}
                  </option>
                ))}
              </select>
            </div>
          </>
        )}
        <Button type="submit" variant="primary" className="portal-btn">
          Search
        </Button>
      </Form>

      {page.nodes.length === 0 ? (
        <EmptyState
          icon="search"
          title={search.after !== null ? "No more jobs" : searching ? "No jobs match your search" : "No open jobs right now"}
          action={
            searching || search.after !== null ? (
              <Link className="btn btn-secondary" to={action}>
                Show all jobs
              </Link>
            ) : undefined
          }
        >
          {searching ? "Try fewer words, or another place." : "New jobs are posted here often. Check back soon."}
        </EmptyState>
      ) : (
        <>
          <p className="portal-count" aria-live="polite" data-testid="portal-count">
            {countText(page.totalCount, searching)}
          </p>
          <ul className="portal-job-list" aria-label="Jobs">
            {page.nodes.map((job) => (
              <li key={job.id}>
                <PortalJobCard job={job} to={jobPath(job)} now={at} />
              </li>
            ))}
          </ul>
          {nextPath !== null && (
            <nav className="portal-more" aria-label="More results">
              <Link className="btn btn-secondary" to={nextPath} rel="next">
                More jobs
              </Link>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
