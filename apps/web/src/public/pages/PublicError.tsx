import { isRouteErrorResponse, useRouteError } from "react-router";

/** A page that failed to load: said plainly, with a way back. */
export function PublicError() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    <div className="portal-page portal-page-plain">
      <main className="portal-main portal-center" id="main">
        <div className="portal-unavailable">
          <div className="empty-state-mark" aria-hidden="true" />
          <h1 className="portal-unavailable-title">{status === 404 ? "Page not found" : "This page couldn't load"}</h1>
          <p className="muted">{status === 404 ? "The address may be mistyped." : "Try again in a moment."}</p>
          <a className="btn btn-primary" href="/jobs">
            See all jobs
          </a>
        </div>
      </main>
    </div>
  );
}
