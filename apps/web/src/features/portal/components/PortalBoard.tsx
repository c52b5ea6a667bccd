import { useEffect, useState, type FormEvent } from "react";
import { describeProblem } from "../../../apollo/error-messages";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { EmptyState } from "../../../ui/EmptyState";
import { ErrorState } from "../../../ui/ErrorState";
import { TextInput } from "../../../ui/Field";
import { Loading } from "../../../ui/Spinner";
import { usePortalJobs } from "../hooks/use-portal-board";
import { PortalJobCard } from "./PortalJobCard";

export interface PortalBoardProps {
  slug: string;
  query: string;
  location: string;
  onSearch: (search: { query: string; location: string }) => void;
  jobPath: (id: string) => string;
}

/** Results count: the API counts up to 1000, which means "1000 or more". */
function countText(n: number, searching: boolean): string {
  const shown = n >= 1000 ? "1000+" : String(n);
  const noun = n === 1 ? "job" : "jobs";
  return searching ? `${shown} ${noun} found` : `${shown} open ${noun}`;
}

/** Search by words and place, newest first, with "Load more". The search lives in the URL. */
export function PortalBoard({ slug, query, location, onSearch, jobPath }: PortalBoardProps) {
  const [words, setWords] = useState(query);
  const [place, setPlace] = useState(location);
  useEffect(() => {
    setWords(query);
    setPlace(location);
  }, [query, location]);
  const { jobs, totalCount, hasNextPage, loading, error, refetch, loadMore, loadingMore, loadMoreError } = usePortalJobs(
    slug,
    query,
    location,
  );
  const searching = query !== "" || location !== "";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ query: words.trim(), location: place.trim() });
  }

  return (
    <div className="portal-board">
      <form className="portal-search" role="search" aria-label="Search jobs" onSubmit={submit}>
        <TextInput
          label="What"
          type="search"
          name="q"
          placeholder="Job title, skill or keyword"
          value={words}
          onChange={(e) => setWords(e.target.value)}
          enterKeyHint="search"
        />
        <TextInput
          label="Where"
          type="search"
          name="location"
          placeholder="Suburb, city, state or postcode"
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          enterKeyHint="search"
        />
        <Button type="submit" variant="primary" className="portal-btn">
          Search
        </Button>
      </form>

      {loading ? (
        <Loading label="Loading jobs…" />
      ) : error !== undefined ? (
        <ErrorState
          title="Couldn't load the jobs"
          message={describeProblem(error).message}
          requestId={describeProblem(error).requestId}
          onRetry={refetch}
        />
      ) : jobs.length === 0 ? (
        <EmptyState
          icon="search"
          title={searching ? "No jobs match your search" : "No open jobs right now"}
          action={
            searching ? (
              <Button variant="secondary" onClick={() => onSearch({ query: "", location: "" })}>
                Show all jobs
              </Button>
            ) : undefined
          }
        >
          {searching ? "Try fewer words, or another place." : "New jobs are posted here often. Check back soon."}
        </EmptyState>
      ) : (
        <>
          <p className="portal-count" aria-live="polite" data-testid="portal-count">
            {totalCount === null ? "" : countText(totalCount, searching)}
          </p>
          <ul className="portal-job-list" aria-label="Jobs">
            {jobs.map((job) => (
              <li key={job.id}>
                <PortalJobCard job={job} to={jobPath(job.id)} />
              </li>
            ))}
          </ul>
          {loadMoreError !== null && <Banner tone="danger">{describeProblem(loadMoreError).message}</Banner>}
          {hasNextPage && (
            <div className="portal-more">
              <Button variant="secondary" loading={loadingMore} onClick={() => void loadMore()}>
                Load more jobs
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
