import { Link } from "react-router";
import { Card } from "../../../ui/Card";

/**
 * The agency's way to its clients' LMT reports. A client's jobs are read inside the client's
 * account, so the card explains the route there rather than listing jobs it cannot read.
 */
export function LmtAgencyCard({ clientsPath }: { clientsPath: string }) {
  return (
    <Card
      title="LMT reports"
      description="Labour Market Testing ads you post for clients keep their checks, placements, applicants and revisions."
      data-testid="lmt-agency-card"
      actions={
        <Link className="btn btn-secondary btn-sm" to={clientsPath}>
          Manage Clients
        </Link>
      }
    >
      <p className="muted">
        Open a client with <strong>Access company</strong> to see its LMT reports: LMT ads carry an <em>LMT</em> badge in the
        client's job list, and each one has an "LMT report" button with CSV and PDF downloads.
      </p>
    </Card>
  );
}
