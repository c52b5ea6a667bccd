import { useParams } from "react-router";
import { PublishPanel } from "../../features/jobs/components/PublishPanel";
import { accessingOf, useViewer } from "../../features/session/hooks/use-viewer";
import { PageHeader } from "../../ui/PageHeader";
import { paths } from "../paths";

/** The payment screen: who pays for this ad (R1), and publishing it (R2). */
export function PublishJob() {
  const { jobId = "" } = useParams();
  const { viewer } = useViewer();
  const employerName = viewer?.currentOrganization.name ?? "";
  return (
    <div className="stack">
      <title>{`Publish job ad · ${employerName}`}</title>
      <PageHeader
        eyebrow={employerName}
        title="Publish job ad"
        description="Check how the ad will be paid for, then publish it to the job board."
      />
      <PublishPanel
        jobId={jobId}
        accessing={accessingOf(viewer)}
        paths={{
          job: paths.employerJob(jobId),
          edit: paths.employerJobEdit(jobId),
          jobs: paths.employerJobs(),
          newJob: paths.employerJobNew(),
          dashboard: paths.employerDashboard(),
          shareCredits: `${paths.agencyDashboard()}#share-credits`,
        }}
      />
    </div>
  );
}
