import { Link, useSearchParams } from "react-router";
import { JobList } from "../../features/jobs/components/JobList";
import { JOB_STATUS_LABELS, type JobStatus } from "../../features/jobs/job-labels";
import { accessingOf, useViewer } from "../../features/session/hooks/use-viewer";
import { PageHeader } from "../../ui/PageHeader";
import { TabLinks } from "../../ui/TabLinks";
import { paths } from "../paths";

const TABS: (JobStatus | null)[] = [null, "DRAFT", "PUBLISHED", "CLOSED"];

function asStatus(value: string | null): JobStatus | null {
  const upper = (value ?? "").toUpperCase();
  return upper === "DRAFT" || upper === "PUBLISHED" || upper === "CLOSED" ? upper : null;
}

/** The employer's job ads by status (also used by an agency working in a client's account). */
export function Jobs() {
  const { viewer } = useViewer();
  const [params] = useSearchParams();
  const status = asStatus(params.get("status"));
  const accessing = accessingOf(viewer);

  return (
    <div className="stack">
      <title>{`Jobs · ${viewer?.currentOrganization.name ?? "Job Ads"}`}</title>
      <PageHeader
        eyebrow={viewer?.currentOrganization.name}
        title="Jobs"
        description={
          accessing === null
            ? "Your job ads: drafts, ads on the job board, and closed ones."
            : `${accessing.clientName}'s job ads. Ads you publish here can use ${accessing.agencyName}'s shared credits.`
        }
        actions={
          <Link className="btn btn-primary" to={paths.employerJobNew()}>
            Post a job
          </Link>
        }
      />
      <div className="card card-flush">
        <TabLinks
          label="Job status"
          tabs={TABS.map((s) => ({
            key: s ?? "all",
            label: s === null ? "All" : JOB_STATUS_LABELS[s].label,
            to: s === null ? paths.employerJobs() : paths.employerJobs({ status: s }),
            active: s === status,
          }))}
        />
        <JobList
          status={status}
          jobPath={paths.employerJob}
          publishPath={paths.employerJobPublish}
          newJobPath={paths.employerJobNew()}
        />
      </div>
    </div>
  );
}
