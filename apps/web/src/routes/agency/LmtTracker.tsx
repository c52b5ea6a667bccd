import { describeProblem } from "../../apollo/error-messages";
import { LmtTrackerTable } from "../../features/lmt/components/LmtTrackerTable";
import { TRACKER_SORTS, useLmtTracker, useTrackerFilters } from "../../features/lmt/hooks/use-lmt-tracker";
import { Card } from "../../ui/Card";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorState } from "../../ui/ErrorState";
import { Select } from "../../ui/Field";
import { PageHeader } from "../../ui/PageHeader";
import { Loading } from "../../ui/Spinner";
import { paths } from "../paths";

const STATUS_OPTIONS = [
  { value: "", label: "All statuses" },
  { value: "DRAFT", label: "Draft" },
  { value: "PUBLISHED", label: "Published" },
  { value: "CLOSED", label: "Closed" },
];

/** Every LMT ad of every active client, from the agency's own account (issue 17). */
export function LmtTracker() {
  const { filters, set } = useTrackerFilters();
  const { tracker, loading, error, refetch } = useLmtTracker(filters);

  if (loading) return <Loading fill label="Loading the LMT tracker…" />;
  if (error !== undefined || tracker === null) {
    const p = describeProblem(error);
    return <ErrorState title="Couldn't load the LMT tracker" message={p.message} requestId={p.requestId} onRetry={refetch} />;
  }
  const filtered = tracker.rows.length !== tracker.total;

  return (
    <div className="stack">
      <title>LMT tracker</title>
      <PageHeader
        eyebrow="Labour Market Testing"
        title="LMT tracker"
        description="Every LMT ad of every active client: how long each national ad has run, what fails, and when to lodge. Editing an ad needs Access company."
        actions={
          <a className="btn btn-secondary" href={tracker.csvUrl} download data-testid="tracker-csv">
            Download CSV
          </a>
        }
      />
      <Card className="card-flush">
        <form className="filters tracker-filters" role="search" aria-label="Filter LMT ads" onSubmit={(e) => e.preventDefault()}>
          <Select
            label="Client"
            name="client"
            value={filters.clientId}
            options={[{ value: "", label: "All clients" }, ...tracker.clients.map((c) => ({ value: c.id, label: c.name }))]}
            onChange={(e) => set("client", e.target.value)}
          />
          <Select
            label="Status"
            name="status"
            value={filters.status ?? ""}
            options={STATUS_OPTIONS}
            onChange={(e) => set("status", e.target.value)}
          />
          <Select
            label="Sort by"
            name="sort"
            value={filters.sort}
            options={TRACKER_SORTS}
            onChange={(e) => set("sort", e.target.value)}
          />
          <Select
            label="Order"
            name="desc"
            value={filters.descending ? "1" : ""}
            options={[
              { value: "", label: "Ascending" },
              { value: "1", label: "Descending" },
            ]}
            onChange={(e) => set("desc", e.target.value)}
          />
          <fieldset className="tracker-toggles">
            <legend className="visually-hidden">Show only</legend>
            <label className="checkbox-label">
              <input type="checkbox" checked={filters.readyToLodge} onChange={(e) => set("ready", e.target.checked)} />
              Ready to lodge
            </label>
            <label className="checkbox-label">
              <input type="checkbox" checked={filters.windowClosing} onChange={(e) => set("closing", e.target.checked)} />
              Window closes within 14 days
            </label>
            <label className="checkbox-label">
              <input type="checkbox" checked={filters.failingCheck} onChange={(e) => set("failing", e.target.checked)} />
              Failing a check
            </label>
          </fieldset>
        </form>
        <p className="tracker-count muted" role="status" data-testid="tracker-count">
          {filtered
            ? `${tracker.rows.length} of ${tracker.total} LMT ads`
            : `${tracker.total} LMT ad${tracker.total === 1 ? "" : "s"}`}
        </p>
        {tracker.rows.length === 0 ? (
          <div className="lmt-card-body">
            <EmptyState title={filtered ? "No LMT ad matches these filters" : "No LMT ads yet"}>
              {filtered
                ? "Clear a filter to see more."
                : "LMT ads your active clients run show here, with their days advertised and lodgement dates."}
            </EmptyState>
          </div>
        ) : (
          <LmtTrackerTable rows={tracker.rows} reportPath={paths.agencyLmtReport} />
        )}
      </Card>
    </div>
  );
}
