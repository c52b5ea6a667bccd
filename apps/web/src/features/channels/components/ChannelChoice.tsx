import { useId } from "react";
import { describeProblem } from "../../../apollo/error-messages";
import { Card } from "../../../ui/Card";
import { ErrorState } from "../../../ui/ErrorState";
import { Loading } from "../../../ui/Spinner";
import { alwaysOnReason, channelFacts } from "../channel-labels";
import type { JobChannelView } from "../hooks/use-job-channels";
import "../channels.css";

export interface ChannelChoiceProps {
  channels: readonly JobChannelView[] | null;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** The feeds ticked (slugs of choosable channels). */
  chosen: ReadonlySet<string>;
  onChange: (slug: string, on: boolean) => void;
  lmt: boolean;
  disabled?: boolean;
}

function ChannelOption({
  view,
  checked,
  disabled,
  onChange,
}: {
  view: JobChannelView;
  checked: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
}) {
  const inputId = useId();
  const noteId = useId();
  const fixed = !view.choosable;
  return (
    <li
      className={["choice", "channel-choice", fixed || checked ? "choice-selected" : "", fixed ? "channel-choice-fixed" : ""]
        .filter(Boolean)
        .join(" ")}
      data-channel={view.channel.slug}
    >
      <input
        id={inputId}
        type="checkbox"
        checked={fixed || checked}
        disabled={fixed || disabled}
        aria-describedby={noteId}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="choice-text">
        <label className="choice-label" htmlFor={inputId}>
          {view.channel.name}
        </label>
        <span className="choice-description" id={noteId}>
          {channelFacts(view.channel)}
          {fixed && (
            <>
              <br />
              {alwaysOnReason(view.channel)}
            </>
          )}
        </span>
      </span>
    </li>
  );
}

/**
 * The payment screen's channels: every channel the ad will go to at publish, as the API proposes for
 * this draft (an LMT ad: every national one). The national board and Google for Jobs cannot be untaken.
 */
export function ChannelChoice({
  channels,
  loading,
  error,
  onRetry,
  chosen,
  onChange,
  lmt,
  disabled = false,
}: ChannelChoiceProps) {
  return (
    <Card
      title="Channels"
      description={
        lmt
          ? "Where the ad goes when it is published. Each channel it runs in is a placement in the LMT report."
          : "Where the ad goes when it is published."
      }
      data-testid="channel-choice"
    >
      {loading ? (
        <Loading label="Loading the channels…" />
      ) : error !== undefined || channels === null ? (
        <ErrorState
          title="Couldn't load the channels"
          message={describeProblem(error).message}
          requestId={describeProblem(error).requestId}
          onRetry={onRetry}
        />
      ) : (
        <fieldset className="channel-fieldset">
          <legend className="visually-hidden">Channels this ad goes to</legend>
          <ul className="choice-grid channel-choices">
            {channels.map((view) => (
              <ChannelOption
                key={view.channel.slug}
                view={view}
                checked={chosen.has(view.channel.slug)}
                disabled={disabled}
                onChange={(on) => onChange(view.channel.slug, on)}
              />
            ))}
          </ul>
        </fieldset>
      )}
    </Card>
  );
}
