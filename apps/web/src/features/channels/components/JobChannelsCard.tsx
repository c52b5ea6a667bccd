import { useState } from "react";
import { describeProblem, type Problem } from "../../../apollo/error-messages";
import type { JobStatus } from "../../../gql/graphql";
import { Badge } from "../../../ui/Badge";
import { Banner } from "../../../ui/Banner";
import { Card } from "../../../ui/Card";
import { ConfirmDialog } from "../../../ui/ConfirmDialog";
import { DateTime } from "../../../ui/DateTime";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { Switch } from "../../../ui/Switch";
import { alwaysOnReason, channelFacts, lastStay } from "../channel-labels";
import { useJobChannels, useSetJobChannel, type JobChannelView } from "../hooks/use-job-channels";
import "../channels.css";

export interface JobChannelsCardProps {
  job: { id: string; title: string; status: JobStatus; lmt: boolean };
}

const DESCRIPTIONS: Record<JobStatus, string> = {
  DRAFT: "Where the ad goes when it is published.",
  PUBLISHED: "Where the ad runs now. A feed turned off takes the ad out of it today.",
  CLOSED: "Where the ad ran.",
};

/** Where the ad is, was, or will be, in words: "In since …", "Off since …", "Goes in at publish". */
function StateText({ view, status }: { view: JobChannelView; status: JobStatus }) {
  if (status === "DRAFT") return <>{view.on ? "Goes in at publish" : "Not chosen"}</>;
  const stay = lastStay(view);
  if (view.on && stay?.enteredAt != null)
    return (
      <>
        In since <DateTime value={stay.enteredAt} dateOnly />
      </>
    );
  if (stay?.leftAt != null)
    return (
      <>
        Off since <DateTime value={stay.leftAt} dateOnly />
      </>
    );
  return <>{status === "CLOSED" ? "Not used" : "Off"}</>;
}

/** The job page's channels: each one's state, and for a feed a switch (off ends its placement today). */
export function JobChannelsCard({ job }: JobChannelsCardProps) {
  const { channels, loading, error, refetch } = useJobChannels(job.id);
  const { setOn } = useSetJobChannel();
  const [pending, setPending] = useState<string | null>(null);
  const [confirmOff, setConfirmOff] = useState<JobChannelView | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [dialogProblem, setDialogProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const toggleable = job.status !== "CLOSED";

  async function change(view: JobChannelView, on: boolean, fromDialog: boolean) {
    const name = view.channel.name;
    setProblem(null);
    setDialogProblem(null);
    setDone(null);
    setPending(view.channel.slug);
    try {
      await setOn(job.id, view.channel.slug, on);
      setConfirmOff(null);
      if (job.status === "PUBLISHED")
        setDone(on ? `${name} is on: a new placement starts today.` : `${name} is off: its placement ended today.`);
    } catch (e) {
      if (fromDialog) setDialogProblem(describeProblem(e));
      else setProblem(describeProblem(e));
    } finally {
      setPending(null);
    }
  }

  function toggle(view: JobChannelView, on: boolean) {
    // Off for a running ad ends a placement of the advertising record: ask first.
    if (!on && job.status === "PUBLISHED") {
      setDialogProblem(null);
      setConfirmOff(view);
    } else void change(view, on, false);
  }

  return (
    <Card title="Channels" description={DESCRIPTIONS[job.status]} data-testid="job-channels">
      {loading ? (
        <Loading label="Loading the channels…" />
      ) : error !== undefined || channels === null ? (
        <ErrorState
          title="Couldn't load the channels"
          message={describeProblem(error).message}
          requestId={describeProblem(error).requestId}
          onRetry={refetch}
        />
      ) : (
        <div className="stack-sm">
          {problem !== null && (
            <Banner tone="danger" title={problem.title} onDismiss={() => setProblem(null)}>
              {problem.message}
              {problem.requestId !== null && (
                <>
                  {" "}
                  Reference: <code>{problem.requestId}</code>
                </>
              )}
            </Banner>
          )}
          {done !== null && (
            <Banner tone="success" onDismiss={() => setDone(null)}>
              {done}
            </Banner>
          )}
          <ul className="channel-list">
            {channels.map((view) => (
              <li key={view.channel.slug} className="channel-row" data-channel={view.channel.slug}>
                {view.choosable && toggleable ? (
                  <Switch
                    checked={view.on}
                    busy={pending === view.channel.slug}
                    disabled={pending !== null}
                    onChange={(on) => toggle(view, on)}
                    label={view.channel.name}
                    description={
                      <>
                        <StateText view={view} status={job.status} /> · {channelFacts(view.channel)}
                      </>
                    }
                  />
                ) : (
                  <div className="switch-row">
                    <div className="switch-text">
                      <span className="switch-label">{view.channel.name}</span>
                      <span className="switch-description">
                        <StateText view={view} status={job.status} /> · {channelFacts(view.channel)}
                        {!view.choosable && (
                          <>
                            <br />
                            {alwaysOnReason(view.channel)}
                          </>
                        )}
                      </span>
                    </div>
                    {view.choosable ? (
                      <Badge tone={view.on ? "success" : "neutral"}>{view.on ? "On" : "Off"}</Badge>
                    ) : (
                      <Badge tone={view.on ? "success" : "neutral"}>{view.on ? "Always on" : "Off"}</Badge>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ConfirmDialog
        open={confirmOff !== null}
        title={`Take the ad off ${confirmOff?.channel.name ?? "this channel"}?`}
        // Short: a channel's name can be long, and the dialog's two buttons share one line.
        confirmLabel="Turn it off"
        cancelLabel="Keep it on"
        busy={pending !== null}
        problem={dialogProblem}
        onConfirm={() => {
          if (confirmOff !== null) void change(confirmOff, false, true);
        }}
        onClose={() => {
          setDialogProblem(null);
          setConfirmOff(null);
        }}
      >
        <p>
          <strong>{job.title}</strong> leaves {confirmOff?.channel.name} today, and its placement there ends today
          {job.lmt ? " in the LMT report" : ""}. Turning it on again later starts a new placement.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
