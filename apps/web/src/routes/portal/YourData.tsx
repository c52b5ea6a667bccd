import { Link } from "react-router";
import { CandidateDataRequest } from "../../features/candidate-data/components/CandidateDataRequest";
import { usePortal } from "../layouts/PortalLayout";
import { paths } from "../paths";

/** /p/:slug/your-data — a candidate asks for a copy or the erasure of their data (R10). */
export function YourData() {
  const portal = usePortal();
  return (
    <div className="portal-apply">
      <title>{`Your data · ${portal.title}`}</title>
      <p className="back-link portal-back">
        <Link to={paths.portalBoard(portal.slug)}>← All jobs</Link>
      </p>
      <div className="portal-card">
        <header className="portal-apply-header">
          <h1 className="portal-ad-title">Your data</h1>
          <p className="candidate-data-intro">
            If you applied for a job through this board, you can ask at any time for a copy of what your applications hold, or for
            your data to be erased. {portal.serviceProvider.name} and the employers you applied to hold it only to consider you
            for those jobs.
          </p>
        </header>
        <CandidateDataRequest />
      </div>
    </div>
  );
}
