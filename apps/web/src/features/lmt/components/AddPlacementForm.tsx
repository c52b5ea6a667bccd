import { useState, type FormEvent } from "react";
import { formProblem, type Problem } from "../../../apollo/error-messages";
import type { LmtPlacementInput } from "../../../gql/graphql";
import { Banner } from "../../../ui/Banner";
import { Button } from "../../../ui/Button";
import { TextInput } from "../../../ui/Field";
import { Switch } from "../../../ui/Switch";

const FIELDS = ["board", "url", "startsOn", "endsOn", "nationalReach"] as const;
type Field = (typeof FIELDS)[number];

export interface AddPlacementFormProps {
  /** Where the start date begins: the day the portal ad was published, when known. */
  defaultStart: string;
  busy: boolean;
  onAdd: (input: LmtPlacementInput) => Promise<void>;
  onCancel: () => void;
}

/** Records an ad on another board: board, national reach, web address, first and last day. */
export function AddPlacementForm({ defaultStart, busy, onAdd, onCancel }: AddPlacementFormProps) {
  const [board, setBoard] = useState("");
  const [nationalReach, setNationalReach] = useState(true);
  const [url, setUrl] = useState("");
  const [startsOn, setStartsOn] = useState(defaultStart);
  const [endsOn, setEndsOn] = useState("");
  const [running, setRunning] = useState(true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (board.trim() === "") found.board = "Name the board or publication, e.g. Seek.";
    if (url.trim() !== "" && !/^https?:\/\/\S+$/i.test(url.trim()))
      found.url = "Enter the ad's web address, starting with https://.";
    if (startsOn === "") found.startsOn = "Enter the day the ad started.";
    if (!running && endsOn === "") found.endsOn = 'Enter the last day, or choose "Still running".';
    if (!running && endsOn !== "" && startsOn !== "" && endsOn < startsOn) found.endsOn = "The ad cannot end before it starts.";
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      event.currentTarget.querySelector<HTMLElement>(`[name="${Object.keys(found)[0] ?? ""}"]`)?.focus();
      return;
    }
    try {
      await onAdd({
        board: board.trim(),
        nationalReach,
        url: url.trim() === "" ? null : url.trim(),
        startsOn,
        endsOn: running ? null : endsOn,
      });
    } catch (e) {
      const result = formProblem(e, FIELDS);
      setErrors(result.fieldErrors);
      if (Object.keys(result.fieldErrors).length === 0 || result.unplaced.length > 0) setProblem(result.problem);
    }
  }

  return (
    <form className="form lmt-add-placement" onSubmit={(e) => void submit(e)} noValidate aria-label="Add placement">
      <h3 className="lmt-subtitle">Add placement</h3>
      {problem !== null && (
        <Banner tone="danger" title={problem.title}>
          {problem.message}
        </Banner>
      )}
      <div className="form-row">
        <TextInput
          label="Board or publication"
          name="board"
          required
          maxLength={120}
          value={board}
          onChange={(e) => setBoard(e.target.value)}
          error={errors.board}
          placeholder="e.g. Seek"
          data-autofocus
        />
        <TextInput
          label="Ad's web address (optional)"
          name="url"
          type="url"
          inputMode="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          error={errors.url}
          placeholder="https://"
        />
      </div>
      <Switch
        label="National reach"
        description="A national recruitment website, national print or radio, or the sponsor's own site."
        checked={nationalReach}
        onChange={setNationalReach}
      />
      <div className="form-row">
        <TextInput
          label="First day"
          name="startsOn"
          type="date"
          required
          value={startsOn}
          onChange={(e) => setStartsOn(e.target.value)}
          error={errors.startsOn}
        />
        <TextInput
          label="Last day"
          name="endsOn"
          type="date"
          value={running ? "" : endsOn}
          disabled={running}
          onChange={(e) => setEndsOn(e.target.value)}
          error={errors.endsOn}
          hint={running ? "Still running: days count up to today." : undefined}
        />
      </div>
      <label className="lmt-checkbox">
        <input type="checkbox" name="running" checked={running} onChange={(e) => setRunning(e.target.checked)} />
        <span>Still running</span>
      </label>
      <div className="form-actions form-actions-end">
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={busy}>
          Add placement
        </Button>
      </div>
    </form>
  );
}
