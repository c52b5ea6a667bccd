import { describeProblem } from "../../../apollo/error-messages";
import type { JobInput } from "../../../gql/graphql";
import { Button } from "../../../ui/Button";
import { Spinner } from "../../../ui/Spinner";
import { useLmtChecks } from "../hooks/use-lmt-checks";
import { LmtCheckList, passCount } from "./LmtCheckList";

export interface LmtChecksPanelProps {
  /** The form's values as the API takes them; null while they cannot be sent (e.g. a bad number). */
  input: JobInput | null;
  /** The saved job being edited, if any (its intended lodgement day applies). */
  jobId: string | null;
}

/** The LMT checks known at publish time, live as the agent types (R8). */
export function LmtChecksPanel({ input, jobId }: LmtChecksPanelProps) {
  const { checks, pending, error, retry } = useLmtChecks(input, jobId, true);
  const failing = checks?.filter((c) => !c.passed) ?? [];

  return (
    <section className="lmt-panel" aria-labelledby="lmt-panel-title" data-testid="lmt-checks">
      <header className="lmt-panel-header">
        <h3 className="lmt-panel-title" id="lmt-panel-title">
          LMT checks
        </h3>
        {pending && <Spinner size="sm" label="Checking…" />}
      </header>
      <p
        className={checks !== null && failing.length === 0 ? "lmt-panel-summary lmt-panel-summary-ok" : "lmt-panel-summary"}
        aria-live="polite"
        data-testid="lmt-checks-summary"
      >
        {checks === null
          ? error !== undefined
            ? ""
            : "Checking the ad…"
          : failing.length === 0
            ? `${passCount(checks)}: this ad can be published.`
            : `${passCount(checks)}. Publishing needs every check to pass; you can save a draft meanwhile.`}
      </p>
      {error !== undefined && (
        <div className="lmt-panel-error" role="alert">
          <span>{input === null ? "Fix the highlighted fields to see the checks." : describeProblem(error).message}</span>
          <Button size="sm" variant="ghost" onClick={retry}>
            Check again
          </Button>
        </div>
      )}
      {checks !== null && <LmtCheckList checks={checks} />}
    </section>
  );
}
