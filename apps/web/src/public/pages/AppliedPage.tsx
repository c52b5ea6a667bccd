import { useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import { formatDate } from "../../features/portal/portal-dates";
import { useBoard } from "../board";
import type { AppliedState } from "./ApplyPage";

function appliedState(state: unknown): AppliedState | null {
  if (state === null || typeof state !== "object") return null;
  const s = state as Record<string, unknown>;
  return typeof s.jobTitle === "string" && typeof s.email === "string" && typeof s.submittedAt === "string"
    ? { jobTitle: s.jobTitle, email: s.email, submittedAt: s.submittedAt }
    : null;
}

/** …/applied/<id>: the candidate's confirmation (the details come with a navigation from the form, when there is one). */
export function AppliedPage() {
  const board = useBoard();
  const state = appliedState(useLocation().state);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const who = board.agencyName ?? "The employer";
  return (
    <div className="portal-apply">
      <div className="portal-card portal-confirmation">
        <div className="portal-confirmation-mark" aria-hidden="true">
          ✓
        </div>
        <h1 className="portal-ad-title" ref={heading} tabIndex={-1}>
          Application sent
        </h1>
        {state !== null ? (
          <>
            <p>
              {"Thanks for applying for "}
              <strong>{state.jobTitle}</strong>
              {". We've emailed you a confirmation at "}
              <strong className="break-anywhere">{state.email}</strong>.
            </p>
            <p className="muted">{`Sent ${formatDate(state.submittedAt)}.`}</p>
          </>
        ) : (
          <p>Thanks for applying. We've emailed you a confirmation.</p>
        )}
        <p className="muted">
          {`${who} will be in touch if your application is shortlisted. Keep an eye on your inbox, including the spam folder.`}
        </p>
        <Link className="btn btn-primary portal-btn" to={board.home}>
          See more jobs
        </Link>
      </div>
    </div>
  );
}
