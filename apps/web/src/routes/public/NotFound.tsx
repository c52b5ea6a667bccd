import { Link } from "react-router";
import { EmptyState } from "../../ui/EmptyState";
import { paths } from "../paths";

export function NotFound() {
  return (
    <div className="full-page-center">
      <title>Page not found · Job Ads</title>
      <EmptyState icon="compass" title="Page not found" action={<Link to={paths.home()}>Go to your dashboard</Link>}>
        The address may be mistyped, or the page has moved.
      </EmptyState>
    </div>
  );
}
