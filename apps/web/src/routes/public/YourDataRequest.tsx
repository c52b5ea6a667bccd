import { CandidateDataRequest } from "../../features/candidate-data/components/CandidateDataRequest";
import "../../features/portal/portal.css";

/** /your-data — R10 for candidates of the national job board (agency boards have /p/<slug>/your-data). */
export function YourDataRequest() {
  return (
    <div className="portal-page portal-page-plain">
      <title>Your data · Job Ads</title>
      <main className="portal-main" id="main">
        <p className="back-link portal-back">
          <a href="/jobs">← All jobs</a>
        </p>
        <div className="portal-card">
          <header className="portal-apply-header">
            <h1 className="portal-ad-title">Your data</h1>
            <p className="candidate-data-intro">
              If you applied for a job through the Job Ads job board, you can ask at any time for a copy of what your applications
              hold, or for your data to be erased. The employers you applied to hold it only to consider you for those jobs.
            </p>
          </header>
          <CandidateDataRequest />
        </div>
      </main>
    </div>
  );
}
