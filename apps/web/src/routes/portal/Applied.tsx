import { useEffect, useRef } from "react";
import { Link, useLocation } from "react-router";
import { DateTime } from "../../ui/DateTime";
import { usePortal } from "../layouts/PortalLayout";
import { paths } from "../paths";
import type { AppliedState } from "./Apply";

function appliedState(state: unknown): AppliedState | null {
  if (state === null || typeof state !== "object") return null;
  const s = state as Record<string, unknown>;
  return typeof s.jobTitle === "string" && typeof s.email === "string" && typeof s.submittedAt === "string"
    ? { jobTitle: s.jobTitle, email: s.email, submittedAt: s.submittedAt }
    : null;
}

/** /p/:slug/applied/:applicationId — the candidate's confirmation (details from the apply page, when there). */
export function Applied() {
  const portal = usePortal();
  const state = appliedState(useLocation().state);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div className="portal-apply">
      <title>{`Application sent · ${portal.title}`}</title>
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
              Thanks for applying for <strong>{state.jobTitle}</strong>. We've emailed you a confirmation at{" "}
              <strong className="break-anywhere">{state.email}</strong>.
            </p>
            <p className="muted">
              Sent <DateTime value={state.submittedAt} />.
            </p>
          </>
        ) : (
          <p>Thanks for applying. We've emailed you a confirmation.</p>
        )}
        <p className="muted">
          {portal.serviceProvider.name} will be in touch if your application is shortlisted. Keep an eye on your inbox, including
          the spam folder.
        </p>
        <Link className="btn btn-primary portal-btn" to={paths.portalBoard(portal.slug)}>
          See more jobs
        </Link>
      </div>
    </div>
  );
}
