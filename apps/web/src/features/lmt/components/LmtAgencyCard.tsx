import { Link } from "react-router";
import { Card } from "../../../ui/Card";

/** The agency's way to its clients' LMT ads: the tracker lists them all; changing one needs Access company. */
export function LmtAgencyCard({ clientsPath, trackerPath }: { clientsPath: string; trackerPath: string }) {
  return (
    <Card
      title="LMT reports"
      description="Labour Market Testing ads you post for clients keep their checks, placements, applicants and revisions."
      data-testid="lmt-agency-card"
      actions={
        <Link className="btn btn-secondary btn-sm" to={trackerPath}>
          Open the LMT tracker
        </Link>
      }
    >
      <p className="muted">
        The <Link to={trackerPath}>LMT tracker</Link> lists every LMT ad of every active client, with its days advertised, failing
        checks and lodgement dates, and opens each report read-only. To record placements or edit an ad, open the client with{" "}
        <strong>Access company</strong> from <Link to={clientsPath}>Manage Clients</Link>.
      </p>
    </Card>
  );
}
