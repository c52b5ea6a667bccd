import { Link } from "react-router";
import type { PublicLocation, PublicSalary, WorkTypeName } from "../../../public/types";
import { WORK_TYPE_LABELS, formatLocation, formatSalary } from "../../jobs/job-labels";
import { postedAgo } from "../portal-dates";

/** What a card shows: a job from the board, or a stand-in in the settings preview. */
export interface PortalJobCardJob {
  title: string;
  employerName: string;
  workType: WorkTypeName;
  publishedAt: string;
  location: PublicLocation;
  salary: PublicSalary | null;
}

/** One result on the board: the whole card is the link to the ad. */
export function PortalJobCard({ job, to, now = new Date() }: { job: PortalJobCardJob; to: string | null; now?: Date }) {
  const salary = formatSalary(job.salary);
  return (
    <article className="portal-job-card">
      <h2 className="portal-job-title">{to === null ? <span>{job.title}</span> : <Link to={to}>{job.title}</Link>}</h2>
      <p className="portal-job-employer">{job.employerName}</p>
      <ul className="portal-job-meta" aria-label="Key facts">
        <li>{formatLocation(job.location)}</li>
        <li>{WORK_TYPE_LABELS[job.workType]}</li>
        {salary !== null && <li className="portal-job-salary">{salary}</li>}
      </ul>
      <p className="portal-job-posted">{postedAgo(job.publishedAt, now)}</p>
    </article>
  );
}
