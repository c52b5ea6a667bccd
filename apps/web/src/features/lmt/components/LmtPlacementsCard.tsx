import { useState } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import type { LmtPlacementInput } from "../../../gql/graphql";
import { Badge } from "../../../ui/Badge";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { Card } from "../../../ui/Card";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { EmptyState } from "../../../ui/EmptyState";
import { Table, type Column } from "../../../ui/Table";
import type { LmtPlacementRow, LmtReportData } from "../hooks/use-lmt-report";
import { formatDay, plural } from "../lmt-format";
import { AddPlacementForm } from "./AddPlacementForm";
import { CopyLinkButton } from "./CopyLinkButton";

export interface LmtPlacementsCardProps {
  report: LmtReportData;
  defaultStart: string;
  adding: boolean;
  removing: boolean;
  onAdd: (input: LmtPlacementInput) => Promise<void>;
  onRemove: (id: string) => Promise<void>;
  /** Read from the agency's own account (the tracker): shown, not changed. */
  readOnly?: boolean;
}

/**
 * A stay of the ad in a channel (issue 14; the API's id "channel:<stay>"): it fills itself in, and is
 * ended by turning the channel off on the job page, never removed here.
 */
const fromChannel = (p: LmtPlacementRow) => p.id.startsWith("channel:");

/** Where the ad ran: the job's own portal ad (always), its channels, and the boards the agent records. */
export function LmtPlacementsCard({
  report,
  defaultStart,
  adding,
  removing,
  onAdd,
  onRemove,
  readOnly = false,
}: LmtPlacementsCardProps) {
  const [formOpen, setFormOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [removal, setRemoval] = useState<LmtPlacementRow | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function add(input: LmtPlacementInput) {
    await onAdd(input);
    setFormOpen(false);
    setAdded(input.board);
  }

  async function remove() {
    if (removal === null) return;
    setProblem(null);
    try {
      await onRemove(removal.id);
      setRemoval(null);
    } catch (e) {
      setProblem(describeProblem(e));
    }
  }

  const columns: readonly Column<LmtPlacementRow>[] = [
    {
      key: "board",
      header: "Board",
      label: "Board",
      cell: (p) => (
        <span className="cell-stack">
          <span className="strong">
            {p.url != null ? (
              <a href={p.url} target="_blank" rel="noreferrer noopener">
                {p.board}
              </a>
            ) : (
              p.board
            )}
          </span>
          {p.isPortalAd && <span className="muted">This job's portal ad</span>}
          {fromChannel(p) && <span className="muted">A channel of the ad: see its job page</span>}
        </span>
      ),
    },
    {
      key: "reach",
      header: "Reach",
      label: "Reach",
      cell: (p) => (p.nationalReach ? <Badge tone="success">National</Badge> : <Badge tone="neutral">Not national</Badge>),
    },
    {
      key: "dates",
      header: "Dates",
      label: "Dates",
      cell: (p) => (
        <span>
          {formatDay(p.startsOn)} – {p.endsOn == null ? <em>still running</em> : formatDay(p.endsOn)}
        </span>
      ),
    },
    { key: "days", header: "Days", label: "Days", align: "end", cell: (p) => <span className="num">{p.days}</span> },
    {
      key: "applications",
      header: "Applications",
      label: "Applications",
      align: "end",
      cell: (p) => <span className="num">{p.applicationCount}</span>,
    },
    {
      key: "views",
      header: "Views",
      label: "Views",
      align: "end",
      cell: (p) => (p.views == null ? <span className="muted">—</span> : <span className="num">{p.views}</span>),
    },
    {
      key: "actions",
      header: <span className="visually-hidden">Actions</span>,
      label: "",
      align: "end",
      hideLabelWhenCollapsed: true,
      cell: (p) => (
        <span className="lmt-row-actions">
          {p.trackingUrl != null && <CopyLinkButton url={p.trackingUrl} what={`(the tracking link for ${p.board})`} />}
          {!p.isPortalAd && !fromChannel(p) && !readOnly && (
            <Button
              size="sm"
              variant="ghost"
              className="text-danger"
              onClick={() => setRemoval(p)}
              aria-label={`Remove ${p.board}`}
            >
              Remove
            </Button>
          )}
        </span>
      ),
    },
  ];

  return (
    <Card
      title="Placements"
      description="Each ad of this role. Applications count for a placement when they came through its tracking link (source code)."
      className="card-flush"
      data-testid="lmt-placements"
      actions={
        !formOpen && !readOnly ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setAdded(null);
              setFormOpen(true);
            }}
          >
            Add placement
          </Button>
        ) : undefined
      }
    >
      <div className="lmt-card-body">
        {added !== null && (
          <Banner tone="success" onDismiss={() => setAdded(null)}>
            {added} added to the placements.
          </Banner>
        )}
        {formOpen && (
          <AddPlacementForm defaultStart={defaultStart} busy={adding} onAdd={add} onCancel={() => setFormOpen(false)} />
        )}
      </div>
      {report.placements.length === 0 ? (
        <div className="lmt-card-body">
          <EmptyState icon="document" title="No placements yet">
            The job's portal ad counts as one once it is published; add the others here.
          </EmptyState>
        </div>
      ) : (
        <Table caption="Placements" columns={columns} rows={report.placements} rowKey={(p) => p.id} />
      )}
      <p className="lmt-card-foot muted">
        {plural(report.placements.length, "placement")} · {plural(report.daysAdvertised, "day")} advertised in all
      </p>
      <ConfirmDialog
        open={removal !== null}
        title="Remove this placement?"
        confirmLabel="Remove placement"
        cancelLabel="Keep it"
        busy={removing}
        problem={problem}
        onConfirm={() => void remove()}
        onClose={() => {
          setProblem(null);
          setRemoval(null);
        }}
      >
        <p>
          <strong>{removal?.board}</strong> ({formatDay(removal?.startsOn)} –{" "}
          {removal?.endsOn == null ? "still running" : formatDay(removal.endsOn)}) comes out of the LMT record, and its
          applications count for no placement.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
