import "../lmt.css";

interface Check {
  code: string;
  label: string;
  passed: boolean;
  detail?: string | null;
  atPublish: boolean;
}

/** A green tick or a red cross per check, with what to fix; the mark is spelled out for screen readers. */
export function LmtCheckList({ checks, showPhase = false }: { checks: readonly Check[]; showPhase?: boolean }) {
  return (
    <ul className="lmt-checks">
      {checks.map((c) => (
        <li
          key={c.code}
          className={c.passed ? "lmt-check lmt-check-pass" : "lmt-check lmt-check-fail"}
          data-check={c.code}
          data-passed={c.passed}
        >
          <span className="lmt-check-mark" aria-hidden="true">
            {c.passed ? "✓" : "✕"}
          </span>
          <span className="lmt-check-text">
            <span className="lmt-check-label">
              <span className="visually-hidden">{c.passed ? "Passes: " : "Fails: "}</span>
              {c.label}
              {showPhase && !c.atPublish && <span className="lmt-check-phase"> · from the placements</span>}
            </span>
            {c.detail !== null && c.detail !== undefined && c.detail !== "" && (
              <span className="lmt-check-detail">{c.detail}</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function passCount(checks: readonly Check[]): string {
  const passed = checks.filter((c) => c.passed).length;
  return `${passed} of ${checks.length} ${checks.length === 1 ? "check passes" : "checks pass"}`;
}
