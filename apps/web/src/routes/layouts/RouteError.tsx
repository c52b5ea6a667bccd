import { isRouteErrorResponse, useRouteError } from "react-router";
import { ErrorState } from "../../ui/ErrorState";

/**
 * What shows when a route throws or its code cannot load (often: a new version was deployed
 * while this tab was open, and the old chunk files are gone; a reload fetches the new ones).
 */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const chunkFailed =
    error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message);
  return (
    <div className="full-page-center">
      <ErrorState
        title={notFound ? "Page not found" : chunkFailed ? "This page needs a reload" : "Something went wrong"}
        message={
          notFound
            ? "The address may be mistyped, or the page has moved."
            : chunkFailed
              ? "The app was updated since you opened it. Reload to get the latest version."
              : "An unexpected error stopped this page. Reload to try again."
        }
        onRetry={() => window.location.reload()}
      />
    </div>
  );
}
