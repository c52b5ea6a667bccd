import { Link } from "react-router";
import { paths } from "../paths";

export const PRODUCT_NAME = "Job Ads";

export function Brand({ to = paths.home() }: { to?: string }) {
  return (
    <Link to={to} className="brand">
      <span className="brand-mark" aria-hidden="true">
        JA
      </span>
      <span>{PRODUCT_NAME}</span>
    </Link>
  );
}
